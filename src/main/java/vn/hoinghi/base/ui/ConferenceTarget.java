package vn.hoinghi.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/** Says, in a dialog that writes into a conference (an import, a bulk action), which conference that is. */
public final class ConferenceTarget {

    private ConferenceTarget() {
    }

    /** Adds "Hội nghị: …" as the dialog's first line, under its title (beside it, a phone squeezes it to a column). */
    public static void name(Dialog dialog, String conferenceTitle) {
        dialog.addComponentAsFirst(line(dialog, conferenceTitle));
    }

    /** A confirmation's text followed by the conference it acts on. */
    public static Component text(Component any, String message, String conferenceTitle) {
        return new Div(new Paragraph(message), line(any, conferenceTitle));
    }

    private static Span line(Component any, String conferenceTitle) {
        Span target = new Span(any.getTranslation("dialog.conference", conferenceTitle));
        target.addClassName("hn-dialog-conference");
        return target;
    }
}
