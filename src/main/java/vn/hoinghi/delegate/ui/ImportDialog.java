package vn.hoinghi.delegate.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.upload.Upload;
import java.util.List;
import org.slf4j.LoggerFactory;
import vn.hoinghi.base.VersionConflictException;
import vn.hoinghi.base.ui.ConferenceTarget;
import vn.hoinghi.base.ui.FileUploads;
import vn.hoinghi.base.ui.InBackground;
import vn.hoinghi.base.ui.Notifications;
import vn.hoinghi.base.ui.RowProblemsGrid;
import vn.hoinghi.conference.Conference;
import vn.hoinghi.delegate.DelegateImportService;
import vn.hoinghi.delegate.ImportPreview;
import vn.hoinghi.delegate.ImportResult;
import vn.hoinghi.delegate.ImportRow;
import vn.hoinghi.document.ImportAction;
import vn.hoinghi.document.TabularFiles;
import vn.hoinghi.document.UnreadableFileException;

/** Upload → preview (rows to add, update, leave, refuse) → confirm. Nothing is written before the confirmation. */
class ImportDialog extends Dialog {

    private final DelegateImportService importer;
    private final long conferenceId;
    private final Runnable onImported;
    private final ProgressBar progress = new ProgressBar();
    private final Paragraph summary = new Paragraph();
    private final TabSheet tabs = new TabSheet();
    private final Button commit = new Button();
    private ImportPreview preview;

    ImportDialog(DelegateImportService importer, Conference conference, Runnable onImported) {
        this.importer = importer;
        this.conferenceId = conference.id();
        this.onImported = onImported;
        setHeaderTitle(getTranslation("import.title"));
        ConferenceTarget.name(this, conference.title());
        setWidth("min(64rem, 100vw)");
        setHeight("min(44rem, 100vh)");
        Upload upload = FileUploads.spreadsheet(TabularFiles.MAX_BYTES, this::startPreview, this::failed);
        progress.setVisible(false);
        tabs.setSizeFull();
        tabs.setVisible(false);
        add(new Paragraph(getTranslation("import.help")), upload, progress, summary, tabs);
        commit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        commit.setEnabled(false);
        commit.setText(getTranslation("import.commit", 0));
        commit.addClickListener(e -> commit());
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), commit);
    }

    private void startPreview(String fileName, byte[] bytes) {
        UI ui = UI.getCurrent();
        progress.setVisible(true);
        progress.setValue(0);
        summary.setText(getTranslation("import.reading", fileName));
        commit.setEnabled(false);
        Runnable work = () -> {
            try {
                ImportPreview result = importer.preview(conferenceId, fileName, bytes,
                        p -> ui.access(() -> progress.setValue(p)));
                ui.access(() -> show(result));
            } catch (UnreadableFileException e) {
                ui.access(() -> failed(e.getMessage()));
            } catch (RuntimeException e) {
                LoggerFactory.getLogger(ImportDialog.class).warn("Delegate import preview of {} failed", fileName, e);
                ui.access(() -> failed(getTranslation("import.failed", fileName)));
            }
        };
        InBackground.run(ui, work);
    }

    /** The dialog never stays on "Đang đọc…": a refused file ends it with its message and nothing to confirm. */
    private void failed(String message) {
        preview = null;
        progress.setVisible(false);
        tabs.setVisible(false);
        commit.setEnabled(false);
        summary.setText(message);
    }

    private void show(ImportPreview result) {
        preview = result;
        progress.setVisible(false);
        long add = result.count(ImportAction.ADD);
        long update = result.count(ImportAction.UPDATE);
        long same = result.count(ImportAction.UNCHANGED);
        long errors = result.count(ImportAction.ERROR);
        summary.setText(getTranslation("import.summary", result.fileName(), add, update, same, errors));
        while (tabs.getTabCount() > 0) {
            tabs.remove(0);
        }
        if (errors > 0) {
            tabs.add(getTranslation("import.tab.errors", errors), new RowProblemsGrid(result.problems()));
        }
        tabs.add(getTranslation("import.tab.add", add), rowsGrid(result.rows(ImportAction.ADD), false));
        tabs.add(getTranslation("import.tab.update", update), rowsGrid(result.rows(ImportAction.UPDATE), true));
        tabs.add(getTranslation("import.tab.same", same), rowsGrid(result.rows(ImportAction.UNCHANGED), false));
        tabs.setVisible(true);
        commit.setText(getTranslation("import.commit", add + update));
        commit.setEnabled(add + update > 0);
    }

    private Grid<ImportRow> rowsGrid(List<ImportRow> rows, boolean withChanges) {
        Grid<ImportRow> grid = new Grid<>();
        grid.addColumn(ImportRow::row).setHeader(getTranslation("import.row")).setWidth("5rem").setFlexGrow(0);
        grid.addColumn(ImportRow::fullName).setHeader(getTranslation("delegates.name")).setFlexGrow(2);
        grid.addColumn(ImportRow::unitName).setHeader(getTranslation("delegates.unitName")).setFlexGrow(2);
        grid.addColumn(ImportRow::pointName).setHeader(getTranslation("delegates.point")).setFlexGrow(2);
        grid.addColumn(ImportRow::phone).setHeader(getTranslation("delegates.phone")).setWidth("8.5rem").setFlexGrow(0);
        if (withChanges) {
            grid.addColumn(r -> String.join(", ", r.changes())).setHeader(getTranslation("import.changes")).setFlexGrow(2);
        }
        grid.setItems(rows);
        grid.setSizeFull();
        return grid;
    }

    private void commit() {
        try {
            ImportResult result = importer.commit(preview);
            Notifications.success(getTranslation("import.done", result.added(), result.updated(), result.refused()));
            close();
            onImported.run();
        } catch (VersionConflictException e) {
            Notifications.error(e.getMessage());
        }
    }
}
