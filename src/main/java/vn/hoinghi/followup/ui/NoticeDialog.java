package vn.hoinghi.followup.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.hoinghi.base.ui.Downloads;
import vn.hoinghi.base.ui.FieldErrors;
import vn.hoinghi.base.ui.Notifications;
import vn.hoinghi.followup.ConclusionNotice;
import vn.hoinghi.followup.ConclusionNoticeService;
import vn.hoinghi.followup.NoticeDraft;
import vn.hoinghi.base.ui.Pickers;

/** Edits the conclusion notice's texts and downloads it as PDF (once the changes are saved). */
class NoticeDialog extends Dialog {

    private final TextField number = field("notice.field.number");
    private final DatePicker issuedOn = Pickers.date(getTranslation("notice.field.issuedOn"));
    private final TextField place = field("notice.field.place");
    private final TextField issuer = field("notice.field.issuer");
    private final TextArea title = area("notice.field.title");
    private final TextArea opening = area("notice.field.opening");
    private final TextArea assessment = area("notice.field.assessment");
    private final TextField closing = field("notice.field.closing");
    private final TextField signerAuthority = field("notice.field.signerAuthority");
    private final TextField signerName = field("notice.field.signerName");
    private final TextArea recipients = area("notice.field.recipients");
    private final Paragraph state = new Paragraph();
    private final Anchor pdf;
    private int version;

    NoticeDialog(ConclusionNoticeService service, long conferenceId, int conclusionTasks) {
        pdf = new Anchor(Downloads.pdf("thong-bao-ket-luan.pdf", () -> service.pdf(conferenceId)), "");
        pdf.add(new Button(getTranslation("notice.pdf"), VaadinIcon.PRINT.create()));
        pdf.addClassName("hn-notice-dialog-pdf");
        setHeaderTitle(getTranslation("notice.title"));
        setWidth("min(60rem, 100vw)");
        addClassName("hn-notice-dialog");
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        fields.put("number", number);
        fields.put("issuedOn", issuedOn);
        fields.put("place", place);
        fields.put("issuer", issuer);
        fields.put("title", title);
        fields.put("opening", opening);
        fields.put("assessment", assessment);
        fields.put("closing", closing);
        fields.put("signerAuthority", signerAuthority);
        fields.put("signerName", signerName);
        fields.put("recipients", recipients);
        load(service.notice(conferenceId));
        FormLayout form = new FormLayout(number, issuedOn, place, issuer, title, opening, assessment,
                new Paragraph(getTranslation("notice.tasks", conclusionTasks)), closing, signerAuthority, signerName,
                recipients);
        form.getChildren().filter(c -> c != number && c != issuedOn && c != place && c != issuer)
                .forEach(c -> form.setColspan(c, 2));
        state.addClassName("hn-help");
        add(state, form);
        fields.values().forEach(f -> ((HasValue<?, ?>) f).addValueChangeListener(e -> {
            if (e.isFromClient()) {
                changed(true);
            }
        }));
        Button save = new Button(getTranslation("action.save"), e -> {
            if (FieldErrors.save(fields, () -> service.save(conferenceId, version, draft()))) {
                load(service.notice(conferenceId));
                Notifications.success(getTranslation("saved"));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("hn-notice-save");
        getFooter().add(new Button(getTranslation("action.close"), e -> close()), pdf, save);
    }

    private void load(ConclusionNotice notice) {
        NoticeDraft d = notice.draft();
        version = notice.version();
        number.setValue(text(d.number()));
        issuedOn.setValue(d.issuedOn());
        place.setValue(text(d.place()));
        issuer.setValue(text(d.issuer()));
        title.setValue(text(d.title()));
        opening.setValue(text(d.opening()));
        assessment.setValue(text(d.assessment()));
        closing.setValue(text(d.closing()));
        signerAuthority.setValue(text(d.signerAuthority()));
        signerName.setValue(text(d.signerName()));
        recipients.setValue(text(d.recipients()));
        state.setText(notice.saved() ? "" : getTranslation("notice.draft"));
        state.setVisible(!notice.saved());
        changed(false);
    }

    /** While there are unsaved changes the PDF would not show them: it waits for a save. */
    private void changed(boolean unsaved) {
        pdf.setEnabled(!unsaved);
        pdf.getChildren().forEach(c -> ((Button) c).setEnabled(!unsaved));
        pdf.setTitle(unsaved ? getTranslation("notice.unsaved") : "");
    }

    private NoticeDraft draft() {
        return new NoticeDraft(number.getValue(), issuedOn.getValue(), place.getValue(), issuer.getValue(),
                title.getValue(), opening.getValue(), assessment.getValue(), closing.getValue(),
                signerAuthority.getValue(), signerName.getValue(), recipients.getValue());
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    private TextField field(String key) {
        return new TextField(getTranslation(key));
    }

    private TextArea area(String key) {
        return new TextArea(getTranslation(key));
    }
}
