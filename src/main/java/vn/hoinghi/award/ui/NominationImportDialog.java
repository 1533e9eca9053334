package vn.hoinghi.award.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.upload.Upload;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import vn.hoinghi.award.NominationImportPreview;
import vn.hoinghi.award.NominationImportResult;
import vn.hoinghi.award.NominationImportRow;
import vn.hoinghi.award.NominationImportService;
import vn.hoinghi.award.RecipientType;
import vn.hoinghi.base.VersionConflictException;
import vn.hoinghi.base.ui.ConferenceTarget;
import vn.hoinghi.base.ui.FileUploads;
import vn.hoinghi.base.ui.Notifications;
import vn.hoinghi.base.ui.RowProblemsGrid;
import vn.hoinghi.conference.Conference;
import vn.hoinghi.document.ImportAction;
import vn.hoinghi.document.TabularFiles;
import vn.hoinghi.document.UnreadableFileException;
import vn.hoinghi.unit.Unit;

/** Upload a units' proposal sheet → preview (to add, already there, refused with row and field) → confirm. */
class NominationImportDialog extends Dialog {

    private final NominationImportService importer;
    private final long conferenceId;
    private final Runnable onImported;
    private final ComboBox<Unit> defaultUnit = new ComboBox<>();
    private final Paragraph summary = new Paragraph();
    private final TabSheet tabs = new TabSheet();
    private final Button commit = new Button();
    private NominationImportPreview preview;

    /** {@code units} empty on a unit's own page: its rows are always its own. */
    NominationImportDialog(NominationImportService importer, Conference conference, List<Unit> units, Runnable onImported) {
        this.importer = importer;
        this.conferenceId = conference.id();
        this.onImported = onImported;
        setHeaderTitle(getTranslation("awards.import.title"));
        ConferenceTarget.name(this, conference.title());
        setWidth("min(72rem, 100vw)");
        setHeight("min(46rem, 100vh)");
        addClassName("hn-award-import");
        defaultUnit.setLabel(getTranslation("awards.import.defaultUnit"));
        defaultUnit.setHelperText(getTranslation("awards.import.defaultUnitHelp"));
        defaultUnit.setItems(units);
        defaultUnit.setItemLabelGenerator(Unit::name);
        defaultUnit.setClearButtonVisible(true);
        defaultUnit.setWidth("28rem");
        defaultUnit.setVisible(!units.isEmpty());
        Upload upload = FileUploads.spreadsheet(TabularFiles.MAX_BYTES, this::read, this::failed);
        summary.addClassName("hn-import-summary");
        tabs.setSizeFull();
        tabs.setVisible(false);
        add(new Paragraph(getTranslation("awards.import.help")), defaultUnit, upload, summary, tabs);
        commit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        commit.setEnabled(false);
        commit.setText(getTranslation("awards.import.commit", 0));
        commit.addClickListener(e -> commit());
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), commit);
    }

    private void read(String fileName, byte[] bytes) {
        try {
            show(importer.preview(conferenceId, fileName, bytes,
                    defaultUnit.getValue() == null ? null : defaultUnit.getValue().id()));
        } catch (UnreadableFileException e) {
            failed(e.getMessage());
        }
    }

    private void failed(String message) {
        preview = null;
        summary.setText(message);
        tabs.setVisible(false);
        commit.setEnabled(false);
    }

    private void show(NominationImportPreview p) {
        preview = p;
        long add = p.count(ImportAction.ADD);
        long same = p.count(ImportAction.UNCHANGED);
        long errors = p.count(ImportAction.ERROR);
        summary.setText(getTranslation("awards.import.summary", p.fileName(), add,
                p.count(ImportAction.ADD, RecipientType.COLLECTIVE), p.count(ImportAction.ADD, RecipientType.INDIVIDUAL),
                same, errors));
        while (tabs.getTabCount() > 0) {
            tabs.remove(0);
        }
        if (errors > 0) {
            tabs.add(getTranslation("awards.import.tab.errors", errors), new RowProblemsGrid(p.problems()));
        }
        tabs.add(getTranslation("awards.import.tab.add", add), rowGrid(p.rows(ImportAction.ADD)));
        if (same > 0) {
            tabs.add(getTranslation("awards.import.tab.same", same), rowGrid(p.rows(ImportAction.UNCHANGED)));
        }
        tabs.setVisible(true);
        commit.setText(getTranslation("awards.import.commit", add));
        commit.setEnabled(add > 0);
    }

    private Grid<NominationImportRow> rowGrid(List<NominationImportRow> rows) {
        Grid<NominationImportRow> grid = new Grid<>();
        grid.addColumn(NominationImportRow::row).setHeader(getTranslation("import.row")).setWidth("5rem").setFlexGrow(0);
        grid.addColumn(r -> getTranslation("awards.type." + r.type())).setHeader(getTranslation("awards.col.type"))
                .setWidth("6.5rem").setFlexGrow(0);
        grid.addColumn(NominationImportRow::fullName).setHeader(getTranslation("awards.col.name")).setFlexGrow(3);
        grid.addColumn(NominationImportRow::proposingUnit).setHeader(getTranslation("awards.col.proposer")).setFlexGrow(2);
        grid.addColumn(r -> String.join(" ", r.warnings())).setHeader(getTranslation("awards.import.notes")).setFlexGrow(3);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setItems(rows);
        grid.setSizeFull();
        return grid;
    }

    private void commit() {
        try {
            NominationImportResult result = importer.commit(preview);
            Notifications.success(getTranslation("awards.import.done", result.added(), result.unchanged(), result.refused()));
            close();
            onImported.run();
        } catch (VersionConflictException e) {
            Notifications.error(e.getMessage());
        } catch (AccessDeniedException e) {
            Notifications.error(I18n.refusal(e));
        }
    }
}
