package vn.hoinghi.submission.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.tabs.TabSheet;
import java.util.List;
import vn.hoinghi.base.Times;
import vn.hoinghi.base.ui.ConferenceTarget;
import vn.hoinghi.base.ui.FileUploads;
import vn.hoinghi.base.ui.Notifications;
import vn.hoinghi.base.ui.RowProblemsGrid;
import vn.hoinghi.conference.Conference;
import vn.hoinghi.document.ImportAction;
import vn.hoinghi.document.TabularFiles;
import vn.hoinghi.document.UnreadableFileException;
import vn.hoinghi.submission.ContributionImportPreview;
import vn.hoinghi.submission.ContributionImportRow;
import vn.hoinghi.submission.ContributionImportService;

/** Upload the plan's table of contributions → preview (to add, already there, refused with row and column) → confirm. */
class ContributionImportDialog extends Dialog {

    private final ContributionImportService importer;
    private final Paragraph summary = new Paragraph();
    private final TabSheet tabs = new TabSheet();
    private final Button commit = new Button();
    private ContributionImportPreview preview;

    ContributionImportDialog(ContributionImportService importer, Conference conference, Runnable onImported) {
        this.importer = importer;
        long conferenceId = conference.id();
        setHeaderTitle(getTranslation("contrib.import.title"));
        ConferenceTarget.name(this, conference.title());
        setWidth("min(72rem, 100vw)");
        setHeight("min(44rem, 100vh)");
        addClassName("hn-contrib-import");
        var upload = FileUploads.spreadsheet(TabularFiles.MAX_BYTES, (fileName, bytes) -> {
            try {
                show(importer.preview(conferenceId, fileName, bytes));
            } catch (UnreadableFileException e) {
                failed(e.getMessage());
            }
        }, this::failed);
        summary.addClassName("hn-import-summary");
        tabs.setSizeFull();
        tabs.setVisible(false);
        add(new Paragraph(getTranslation("contrib.import.help")), upload, summary, tabs);
        commit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        commit.setEnabled(false);
        commit.setText(getTranslation("contrib.import.commit", 0));
        commit.addClickListener(e -> {
            int added = importer.commit(preview);
            Notifications.success(getTranslation("contrib.import.done", added));
            close();
            onImported.run();
        });
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), commit);
    }

    private void failed(String message) {
        preview = null;
        summary.setText(message);
        tabs.setVisible(false);
        commit.setEnabled(false);
    }

    private void show(ContributionImportPreview p) {
        preview = p;
        long add = p.count(ImportAction.ADD);
        long same = p.count(ImportAction.UNCHANGED);
        long errors = p.count(ImportAction.ERROR);
        summary.setText(getTranslation("contrib.import.summary", p.fileName(), add, same, errors));
        while (tabs.getTabCount() > 0) {
            tabs.remove(0);
        }
        if (errors > 0) {
            tabs.add(getTranslation("contrib.import.tab.errors", errors), new RowProblemsGrid(p.problems()));
        }
        tabs.add(getTranslation("contrib.import.tab.add", add), rows(p.rows(ImportAction.ADD)));
        if (same > 0) {
            tabs.add(getTranslation("contrib.import.tab.same", same), rows(p.rows(ImportAction.UNCHANGED)));
        }
        tabs.setVisible(true);
        commit.setText(getTranslation("contrib.import.commit", add));
        commit.setEnabled(add > 0);
    }

    private Grid<ContributionImportRow> rows(List<ContributionImportRow> rows) {
        Grid<ContributionImportRow> grid = new Grid<>();
        grid.addColumn(ContributionImportRow::row).setHeader(getTranslation("import.row")).setWidth("5rem").setFlexGrow(0);
        grid.addColumn(ContributionImportRow::unitName).setHeader(getTranslation("contrib.col.unit")).setFlexGrow(2);
        grid.addColumn(ContributionImportRow::topic).setHeader(getTranslation("contrib.col.topic")).setFlexGrow(4);
        grid.addColumn(r -> r.deadline() == null ? "" : Times.DATE.format(r.deadline()))
                .setHeader(getTranslation("contrib.col.deadline")).setWidth("8rem").setFlexGrow(0);
        grid.addColumn(ContributionImportRow::notes).setHeader(getTranslation("contrib.field.notes")).setFlexGrow(2);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setItems(rows);
        grid.setSizeFull();
        return grid;
    }
}
