package vn.hoinghi.submission.report.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.hoinghi.base.ValidationException;
import vn.hoinghi.base.VersionConflictException;
import vn.hoinghi.base.ui.FieldErrors;
import vn.hoinghi.base.ui.Notifications;
import vn.hoinghi.submission.report.ColumnKind;
import vn.hoinghi.submission.report.FieldKind;
import vn.hoinghi.submission.report.FormTable;
import vn.hoinghi.submission.report.ReportField;
import vn.hoinghi.submission.report.ReportFormService;
import vn.hoinghi.submission.report.TableColumn;
import vn.hoinghi.submission.report.TableDraft;
import vn.hoinghi.submission.report.TableRow;

/**
 * Add or edit a table part of the data form the way the plan prints it: its number and title; its columns one a
 * line ("Xử lý / CL tập trung"), each with a kind chooser; its rows one a line ("1. Trở về từ nước ngoài", "Tổng
 * (1+2+3+4)"); and a preview of the table as units will fill it. The service's messages show at the line they name.
 * Opened empty, on an existing table, or prefilled (a table read from the plan's .xlsx).
 */
@StyleSheet("themes/hoinghi/report-tables.css")
public class TableDialog extends Dialog {

    private final TextField code = new TextField();
    private final TextField title = new TextField();
    private final TextArea columns = new TextArea();
    private final TextArea rows = new TextArea();
    private final Div kinds = new Div();
    private final List<Select<ColumnKind>> kindSelects = new ArrayList<>();
    private final List<TextField> unitFields = new ArrayList<>();
    private final Div preview = new Div();

    public TableDialog(ReportFormService service, long conferenceId, ReportField editing, TableDraft initial,
                       Long afterId, Runnable saved) {
        setHeaderTitle(getTranslation(editing == null ? "reports.tableDialog.add" : "reports.tableDialog.edit"));
        setWidth("min(64rem, 100vw)");
        addClassName("hn-table-dialog");
        TableDraft start = initial != null ? initial : editing != null
                ? service.form(conferenceId).table(editing).map(FormTable::draft).orElse(null) : null;
        code.setLabel(getTranslation("reports.field.code"));
        code.setWidth("8rem");
        title.setLabel(getTranslation("reports.tableDialog.title"));
        title.setPlaceholder(getTranslation("reports.tableDialog.title.placeholder"));
        title.setWidthFull();
        columns.setLabel(getTranslation("reports.tableDialog.columns"));
        columns.setHelperText(getTranslation("reports.tableDialog.columns.help"));
        rows.setLabel(getTranslation("reports.tableDialog.rows"));
        rows.setHelperText(getTranslation("reports.tableDialog.rows.help"));
        for (TextArea area : List.of(columns, rows)) {
            area.setWidthFull();
            area.setMinRows(4);
            area.setValueChangeMode(ValueChangeMode.EAGER); // the preview follows each key, and Save never misses the last one
            area.addClassName("hn-table-lines");
        }
        columns.addClassName("hn-table-columns");
        rows.addClassName("hn-table-rows");
        kinds.addClassName("hn-table-kinds");
        preview.addClassName("hn-table-preview");
        if (start != null) {
            code.setValue(start.code() == null ? "" : start.code());
            title.setValue(start.title() == null ? "" : start.title());
            columns.setValue(TableLines.columnsText(start.columns()));
            rows.setValue(TableLines.rowsText(start.rows()));
        }
        kindChoosers(start == null ? List.of() : start.columns());
        columns.addValueChangeListener(e -> {
            kindChoosers(List.of());
            showPreview();
        });
        rows.addValueChangeListener(e -> showPreview());
        Div head = new Div(code, title);
        head.addClassName("hn-table-dialog-head");
        Div lines = new Div(new Div(columns, kinds), rows);
        lines.addClassName("hn-table-dialog-lines");
        add(head, lines, new H4(getTranslation("reports.tableDialog.preview")), preview);
        showPreview();

        Button save = new Button(getTranslation("action.save"), e -> save(service, conferenceId, editing, afterId, saved));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("hn-table-save");
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    /** One kind chooser per column line; kinds already chosen stay with their line, new lines get a suggested kind. */
    private void kindChoosers(List<TableDraft.Column> given) {
        List<ColumnKind> chosen = kindSelects.stream().map(Select::getValue).toList();
        List<String> units = unitFields.stream().map(TextField::getValue).toList();
        kinds.removeAll();
        kindSelects.clear();
        unitFields.clear();
        List<String[]> lines = TableLines.columns(columns.getValue());
        for (int i = 0; i < lines.size(); i++) {
            String label = lines.get(i)[1];
            Select<ColumnKind> kind = new Select<>();
            kind.setItems(ColumnKind.values());
            kind.setItemLabelGenerator(k -> getTranslation("reports.columnKind." + k));
            kind.setValue(i < given.size() ? given.get(i).kind()
                    : i < chosen.size() && chosen.get(i) != null ? chosen.get(i) : TableLines.suggestedKind(label));
            kind.setAriaLabel(getTranslation("reports.tableDialog.kindOf", label));
            kind.addClassName("hn-table-kind");
            TextField unit = new TextField();
            unit.setPlaceholder(getTranslation("submission.field.unitPlaceholder"));
            unit.setAriaLabel(getTranslation("reports.tableDialog.unitOf", label));
            unit.setValue(i < given.size() && given.get(i).unitLabel() != null ? given.get(i).unitLabel()
                    : i < units.size() ? units.get(i) : "");
            unit.setVisible(kind.getValue() == ColumnKind.AMOUNT);
            kind.addValueChangeListener(e -> {
                unit.setVisible(e.getValue() == ColumnKind.AMOUNT);
                showPreview();
            });
            unit.addValueChangeListener(e -> showPreview());
            Span name = new Span((i + 1) + ". " + label);
            Div line = new Div(name, kind, unit);
            line.addClassName("hn-table-kind-line");
            kinds.add(line);
            kindSelects.add(kind);
            unitFields.add(unit);
        }
    }

    private TableDraft draft() {
        List<String[]> lines = TableLines.columns(columns.getValue());
        List<TableDraft.Column> cols = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            ColumnKind kind = i < kindSelects.size() ? kindSelects.get(i).getValue() : null;
            String unit = i < unitFields.size() ? unitFields.get(i).getValue() : null;
            cols.add(new TableDraft.Column(lines.get(i)[0], lines.get(i)[1], kind, unit));
        }
        return new TableDraft(code.getValue(), title.getValue(), cols, TableLines.rows(rows.getValue()));
    }

    /** The table as units will see it, from the lines as they stand (ids are only the lines' places). */
    private void showPreview() {
        TableDraft d = draft();
        preview.removeAll();
        if (d.columns().isEmpty() || d.rows().isEmpty()) {
            preview.add(new Paragraph(getTranslation("reports.tableDialog.previewEmpty")));
            return;
        }
        List<TableColumn> cols = new ArrayList<>();
        for (int i = 0; i < d.columns().size(); i++) {
            TableDraft.Column c = d.columns().get(i);
            cols.add(new TableColumn(i + 1, i + 1, c.group(), c.label(),
                    c.kind() == null ? ColumnKind.NUMBER : c.kind(), c.kind() == ColumnKind.AMOUNT ? blankToNull(c.unitLabel()) : null));
        }
        List<TableRow> tableRows = new ArrayList<>();
        for (int i = 0; i < d.rows().size(); i++) {
            TableDraft.Row r = d.rows().get(i);
            tableRows.add(new TableRow(i + 1, i + 1, r.code(), r.label(), r.level(), r.sumOf()));
        }
        ReportField field = new ReportField(0, 0, 0, d.code(), d.title(), FieldKind.TABLE, null, 1, 0);
        preview.add(new TableInputs(d.title(), new FormTable(field, cols, tableRows), Map.of(), false));
    }

    private void save(ReportFormService service, long conferenceId, ReportField editing, Long afterId, Runnable saved) {
        Map<String, HasValidation> fields = new LinkedHashMap<>(Map.of("code", code, "title", title,
                "columns", columns, "rows", rows));
        FieldErrors.clear(fields);
        kindSelects.forEach(s -> s.setInvalid(false));
        try {
            if (editing == null) {
                service.addTable(conferenceId, draft(), afterId);
            } else {
                service.updateTable(editing.id(), editing.version(), draft());
            }
        } catch (ValidationException e) {
            showErrors(e.fieldErrors(), fields);
            return;
        } catch (VersionConflictException e) {
            Notifications.error(e.getMessage());
            return;
        }
        Notifications.success(getTranslation("saved"));
        close();
        saved.run();
    }

    /** Each message at its line's field: a column's at its kind chooser and the columns box, a row's at the rows box. */
    private void showErrors(Map<String, String> errors, Map<String, HasValidation> fields) {
        Map<String, List<String>> byField = new LinkedHashMap<>();
        errors.forEach((key, message) -> {
            String at = key.startsWith("column-") ? "columns" : key.startsWith("row-") ? "rows"
                    : fields.containsKey(key) ? key : "rows";
            byField.computeIfAbsent(at, k -> new ArrayList<>()).add(message);
            if (key.startsWith("column-")) {
                int i = Integer.parseInt(key.substring("column-".length())) - 1;
                if (i >= 0 && i < kindSelects.size()) {
                    kindSelects.get(i).setInvalid(true);
                    kindSelects.get(i).setErrorMessage(message);
                }
            }
        });
        byField.forEach((at, messages) -> {
            HasValidation field = fields.get(at);
            field.setErrorMessage(String.join("\n", messages));
            field.setInvalid(true);
        });
        Notifications.error(getTranslation("reports.tableDialog.invalid", errors.size()));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
