package vn.hoinghi.submission.report.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.function.IntSupplier;
import org.springframework.security.access.AccessDeniedException;
import vn.hoinghi.base.ValidationException;
import vn.hoinghi.base.VersionConflictException;
import vn.hoinghi.base.ui.Notifications;
import vn.hoinghi.submission.FileCheck;
import vn.hoinghi.submission.report.ReportSheet;
import vn.hoinghi.submission.report.ReportStatus;
import vn.hoinghi.submission.report.UnitReportService;
import vn.hoinghi.base.ui.Confirmations;

/**
 * One unit's report to fill: where it stands, the outline to follow, the narrative file, the data form and the
 * buttons to save a draft and to submit (after submitting, "save" corrects the submitted report until the deadline).
 * Used by the unit on its page and by the committee for a unit that sent its report by e-mail.
 */
class ReportEditor extends VerticalLayout {

    private final UnitReportService service;
    private final int maxMegabytes;
    private final Runnable onChanged;
    private ReportSheet sheet;
    private int version;
    private FigureInputs figures;
    private NarrativeFiles files;
    private ReportState state;

    ReportEditor(UnitReportService service, ReportSheet sheet, int maxMegabytes, Runnable onChanged) {
        this.service = service;
        this.maxMegabytes = maxMegabytes;
        this.onChanged = onChanged;
        setPadding(false);
        addClassName("hn-report-editor");
        show(sheet);
    }

    private void show(ReportSheet shown) {
        sheet = shown;
        version = shown.version();
        removeAll();
        state = new ReportState(shown);
        add(state);
        if (shown.outline() != null) {
            Div text = new Div();
            text.setText(shown.outline());
            text.addClassName("hn-outline");
            text.getElement().setAttribute("lang", "vi"); // the outline is an official document's text
            Details outline = new Details(getTranslation("reports.outline"), text);
            outline.setOpened(shown.status() != ReportStatus.SUBMITTED);
            outline.addClassName("hn-outline-details");
            add(outline);
        }
        files = new NarrativeFiles(service, shown.conferenceId(), maxMegabytes, shown.open(), this::upload);
        files.show(shown.files());
        add(files);
        add(new H3(getTranslation("reports.figures")));
        if (shown.form().isEmpty()) {
            add(new Paragraph(getTranslation("reports.noForm")));
        }
        figures = new FigureInputs(shown.form(), shown.values(), shown.cells(), shown.open());
        add(figures);
        List<String> sums = shown.partsNotAddingUp();
        if (!sums.isEmpty()) {
            UnorderedList items = new UnorderedList();
            sums.forEach(s -> items.add(new ListItem(s)));
            Div warning = new Div(new Paragraph(getTranslation("reports.partSums")), items);
            warning.addClassName("hn-report-part-sums");
            add(warning);
        }
        if (shown.open()) {
            add(buttons());
        }
    }

    private HorizontalLayout buttons() {
        boolean submitted = sheet.status() == ReportStatus.SUBMITTED;
        Button save = new Button(getTranslation(submitted ? "reports.saveSubmitted" : "reports.saveDraft"),
                e -> write(() -> service.save(sheet.conferenceId(), sheet.unitId(), version, figures.typed()), "saved"));
        save.addClassName("hn-report-save");
        HorizontalLayout row = new HorizontalLayout(save);
        if (submitted) {
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        } else {
            Button submit = new Button(getTranslation("reports.submit"), e -> confirmSubmit());
            submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            submit.addClassName("hn-report-submit");
            row.add(submit);
        }
        row.addClassName("hn-report-buttons");
        return row;
    }

    private void confirmSubmit() {
        long blanks = figures.blanks();
        ConfirmDialog confirm = Confirmations.ask(getTranslation("reports.submit.title"),
                getTranslation("reports.submit.text", sheet.unitName())
                        + (blanks > 0 ? " " + getTranslation("reports.submit.blanks", blanks) : ""),
                getTranslation("reports.submit"),
                e -> write(() -> service.submit(sheet.conferenceId(), sheet.unitId(), version, figures.typed()),
                        "reports.submitted"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.addClassName("hn-report-submit-confirm");
        confirm.open();
    }

    /** A new narrative file: the file list and the state change; what was typed and not yet saved stays. */
    private void upload(String fileName, byte[] content) {
        if (run(() -> service.attach(sheet.conferenceId(), sheet.unitId(), version, fileName, content), "reports.file.sent")) {
            sheet = service.of(sheet.conferenceId(), sheet.unitId());
            files.show(sheet.files());
            replace(state, state = new ReportState(sheet));
        }
    }

    /** Saves the figures (a draft, or the submitted report's correction) or submits; then shows them as stored. */
    private void write(IntSupplier change, String doneKey) {
        if (run(change, doneKey)) {
            show(service.of(sheet.conferenceId(), sheet.unitId()));
        }
    }

    /** Runs a change; refusals are shown at their rows, and as one message. */
    private boolean run(IntSupplier change, String doneKey) {
        try {
            version = change.getAsInt();
            Notifications.success(getTranslation(doneKey));
            onChanged.run();
            return true;
        } catch (ValidationException e) {
            figures.show(e.fieldErrors());
            Notifications.error(e.fieldErrors().containsKey(FileCheck.FIELD) && e.fieldErrors().size() == 1
                    ? e.getMessage() : getTranslation("reports.invalid", e.getMessage()));
        } catch (VersionConflictException e) {
            Notifications.error(e.getMessage());
        } catch (AccessDeniedException e) {
            Notifications.error(Refusals.text(e));
        }
        return false;
    }
}
