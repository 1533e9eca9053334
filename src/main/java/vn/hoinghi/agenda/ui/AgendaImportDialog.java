package vn.hoinghi.agenda.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.upload.Upload;
import vn.hoinghi.agenda.AgendaImportPreview;
import vn.hoinghi.agenda.AgendaImportRow;
import vn.hoinghi.agenda.AgendaImportService;
import vn.hoinghi.base.ValidationException;
import vn.hoinghi.base.VersionConflictException;
import vn.hoinghi.base.ui.ConferenceTarget;
import vn.hoinghi.base.ui.FileUploads;
import vn.hoinghi.base.ui.Notifications;
import vn.hoinghi.conference.Conference;
import vn.hoinghi.document.TabularFiles;
import vn.hoinghi.document.UnreadableFileException;

/** Upload an agenda file, see every row (and every bad one), choose append or replace, then confirm. */
class AgendaImportDialog extends Dialog {

    private final Grid<AgendaImportRow> grid = new Grid<>();
    private final Paragraph summary = new Paragraph();
    private final RadioButtonGroup<Boolean> mode = new RadioButtonGroup<>();
    private final Button commit = new Button();
    private AgendaImportPreview preview;

    AgendaImportDialog(AgendaImportService importer, Conference conference, Runnable onImported) {
        long conferenceId = conference.id();
        setHeaderTitle(getTranslation("agenda.import"));
        ConferenceTarget.name(this, conference.title());
        setWidth("min(72rem, 100vw)");
        addClassName("hn-agenda-import");
        Upload upload = FileUploads.spreadsheet(TabularFiles.MAX_BYTES, (fileName, bytes) -> {
            try {
                show(importer.preview(conferenceId, fileName, bytes));
            } catch (UnreadableFileException e) {
                failed(e.getMessage());
            }
        }, this::failed);
        grid.addColumn(AgendaImportRow::row).setHeader(getTranslation("import.row")).setWidth("5rem").setFlexGrow(0);
        grid.addColumn(r -> r.draft().kind() == null ? "" : getTranslation("agenda.kind." + r.draft().kind()))
                .setHeader(getTranslation("agenda.col.kind")).setWidth("9rem").setFlexGrow(0);
        grid.addColumn(r -> r.draft().title()).setHeader(getTranslation("agenda.col.title")).setFlexGrow(3);
        grid.addColumn(r -> r.draft().presenter()).setHeader(getTranslation("agenda.col.presenter")).setFlexGrow(2);
        grid.addColumn(r -> r.draft().plannedMinutes()).setHeader(getTranslation("agenda.col.minutes")).setWidth("5rem")
                .setFlexGrow(0);
        grid.addColumn(r -> r.pointName() == null ? getTranslation("agenda.hall") : r.pointName())
                .setHeader(getTranslation("agenda.col.point")).setFlexGrow(1);
        grid.addColumn(r -> String.join("; ", r.problems().stream().map(p -> p.field() + ": " + p.message()).toList()))
                .setHeader(getTranslation("agenda.col.problems")).setFlexGrow(3);
        grid.setPartNameGenerator(r -> r.ok() ? null : "hn-import-error");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT); // refusal messages whole, not cut to "…"
        grid.setAllRowsVisible(true);
        mode.setVisible(false);
        add(new Paragraph(getTranslation("agenda.import.help")), upload, summary, mode, grid);
        commit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        commit.setEnabled(false);
        commit.setText(getTranslation("agenda.import.commit", 0));
        commit.addClickListener(e -> {
            try {
                int n = importer.commit(preview, Boolean.TRUE.equals(mode.getValue()));
                Notifications.success(getTranslation("agenda.import.done", n));
                close();
            } catch (VersionConflictException | ValidationException ex) {
                Notifications.error(ex.getMessage());
            }
            onImported.run();
        });
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), commit);
    }

    private void failed(String message) {
        preview = null;
        grid.setItems(java.util.List.of());
        mode.setVisible(false);
        commit.setEnabled(false);
        summary.setText(message);
    }

    private void show(AgendaImportPreview p) {
        preview = p;
        grid.setItems(p.rows());
        String text = getTranslation("agenda.import.summary", p.fileName(), p.good().size(), p.minutes(), p.errors());
        if (p.errors() > 0) {
            text += " " + getTranslation("agenda.import.hasErrors");
        } else if (p.existingItems() == 0) {
            text += " " + getTranslation("agenda.import.emptyAgenda");
        }
        summary.setText(text);
        mode.setVisible(p.existingItems() > 0 && p.errors() == 0);
        mode.setItems(false, true);
        mode.setItemLabelGenerator(replace -> getTranslation(replace ? "agenda.import.replace" : "agenda.import.append",
                p.existingItems()));
        mode.setValue(false);
        commit.setText(getTranslation("agenda.import.commit", p.rows().size()));
        commit.setEnabled(p.errors() == 0 && !p.rows().isEmpty());
    }
}
