package vn.hoinghi.rehearsal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.BiConsumer;
import vn.hoinghi.rehearsal.RehearsalItem;
import vn.hoinghi.rehearsal.RehearsalService;
import vn.hoinghi.rehearsal.RehearsalTick;

/**
 * One item of the checklist: its name, its last tick (when, by whom, what failed) and two big buttons. "Failed" first
 * opens a short note of what failed, sent with "report the failure"; a live refresh leaves a note being typed alone.
 */
class ChecklistRow extends Div {

    private final Span last = new Span();
    private final Button working = new Button();
    private final Button failed = new Button();
    /** Made when "failed" is first pressed: five rows on 250 desks keep their pages open all day. */
    private TextField note;
    private final Div noteForm = new Div();
    private final BiConsumer<Boolean, String> onTick;

    ChecklistRow(RehearsalItem item, BiConsumer<Boolean, String> onTick) {
        this.onTick = onTick;
        addClassName("hn-reh-row");
        getElement().setAttribute("data-item", item.name());
        Span name = new Span(getTranslation("rehearsal.item." + item));
        name.addClassName("hn-reh-item");
        last.addClassName("hn-reh-last");
        working.setText(getTranslation("rehearsal.ok"));
        working.addClassNames("hn-reh-button", "hn-reh-ok");
        working.addClickListener(e -> onTick.accept(true, null));
        failed.setText(getTranslation("rehearsal.failed"));
        failed.addClassNames("hn-reh-button", "hn-reh-fail");
        failed.addClickListener(e -> openNote());
        noteForm.addClassName("hn-reh-note");
        noteForm.setVisible(false);
        Div buttons = new Div(working, failed);
        buttons.addClassName("hn-reh-buttons");
        add(new Div(name, last), buttons, noteForm);
    }

    private void openNote() {
        if (note == null) {
            note = new TextField();
            note.setPlaceholder(getTranslation("rehearsal.note.placeholder"));
            note.setMaxLength(RehearsalService.MAX_NOTE);
            note.setWidthFull();
            Button send = new Button(getTranslation("rehearsal.note.send"), e -> onTick.accept(false, note.getValue()));
            send.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
            noteForm.add(note, send);
        }
        noteForm.setVisible(true);
        note.focus();
    }

    /** The tick was taken: the note is done with. */
    void ticked() {
        if (note != null) {
            note.clear();
        }
        noteForm.setVisible(false);
    }

    void show(RehearsalTick tick) {
        working.getElement().setAttribute("aria-pressed", Boolean.toString(tick != null && tick.ok()));
        failed.getElement().setAttribute("aria-pressed", Boolean.toString(tick != null && !tick.ok()));
        getElement().setAttribute("data-ok", tick == null ? "" : Boolean.toString(tick.ok()));
        if (tick == null) {
            last.setText(getTranslation("rehearsal.notTried"));
        } else if (tick.ok()) {
            last.setText(getTranslation("rehearsal.okAt", RehearsalLook.time(tick.at()), tick.by()));
        } else {
            last.setText(getTranslation("rehearsal.failedAt", RehearsalLook.time(tick.at()), tick.by(),
                    tick.note() == null ? "" : "— " + tick.note()));
        }
    }
}
