package vn.hoinghi.point.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import java.util.List;
import vn.hoinghi.base.ui.ConferenceTarget;
import vn.hoinghi.base.ui.FileUploads;
import vn.hoinghi.base.ui.Notifications;
import vn.hoinghi.conference.Conference;
import vn.hoinghi.document.ImportAction;
import vn.hoinghi.document.TabularFiles;
import vn.hoinghi.document.UnreadableFileException;
import vn.hoinghi.point.PointImportRow;
import vn.hoinghi.point.PointImportService;

/** Upload the points sheet, see what it will do, then confirm. */
class PointImportDialog extends Dialog {

    private final Grid<PointImportRow> grid = new Grid<>();
    private final Paragraph summary = new Paragraph();
    private final Button commit = new Button();
    private List<PointImportRow> rows = List.of();

    PointImportDialog(PointImportService importer, Conference conference, Runnable onImported) {
        long conferenceId = conference.id();
        setHeaderTitle(getTranslation("points.import"));
        ConferenceTarget.name(this, conference.title());
        setWidth("min(60rem, 100vw)");
        Upload upload = FileUploads.spreadsheet(TabularFiles.MAX_BYTES, (fileName, bytes) -> {
            try {
                show(importer.preview(conferenceId, fileName, bytes));
            } catch (UnreadableFileException e) {
                failed(e.getMessage());
            }
        }, this::failed);
        grid.addColumn(PointImportRow::row).setHeader(getTranslation("import.row")).setWidth("5rem").setFlexGrow(0);
        grid.addColumn(r -> getTranslation("import.action." + r.action())).setHeader(getTranslation("import.action"))
                .setWidth("9rem").setFlexGrow(0);
        grid.addColumn(r -> r.draft().name()).setHeader(getTranslation("points.name")).setFlexGrow(2);
        grid.addColumn(r -> String.join("; ", r.problems().stream().map(p -> p.field() + ": " + p.message()).toList()))
                .setHeader(getTranslation("import.message")).setFlexGrow(3);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT); // refusal messages whole, not cut to "…"
        grid.setAllRowsVisible(true);
        add(new Paragraph(getTranslation("points.import.help")), upload, summary, grid);
        commit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        commit.setEnabled(false);
        commit.setText(getTranslation("import.commit", 0));
        commit.addClickListener(e -> {
            importer.commit(conferenceId, rows);
            Notifications.success(getTranslation("saved"));
            close();
            onImported.run();
        });
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), commit);
    }

    private void failed(String message) {
        rows = List.of();
        grid.setItems(rows);
        commit.setEnabled(false);
        summary.setText(message);
    }

    private void show(List<PointImportRow> preview) {
        rows = preview;
        grid.setItems(preview);
        long changes = preview.stream().filter(r -> r.action() == ImportAction.ADD || r.action() == ImportAction.UPDATE).count();
        long errors = preview.stream().filter(r -> r.action() == ImportAction.ERROR).count();
        summary.setText(getTranslation("points.import.summary", changes, errors));
        commit.setText(getTranslation("import.commit", changes));
        commit.setEnabled(changes > 0);
    }
}
