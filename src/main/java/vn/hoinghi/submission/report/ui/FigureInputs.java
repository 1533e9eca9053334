package vn.hoinghi.submission.report.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldVariant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.hoinghi.submission.report.CellKey;
import vn.hoinghi.submission.report.FieldKind;
import vn.hoinghi.submission.report.FieldValue;
import vn.hoinghi.submission.report.ReportField;
import vn.hoinghi.submission.report.ReportForm;
import vn.hoinghi.submission.report.ReportInput;
import vn.hoinghi.submission.report.VietnameseNumbers;

/**
 * The data form to fill: headings as section rows, tables as {@link TableInputs}, then per row its number, its text
 * and an input — numbers typed
 * and shown the Vietnamese way ("1.234,5"), checked as soon as the input is left, with the message naming the row.
 * The service checks again on saving.
 */
class FigureInputs extends Div {

    private final ReportForm form;
    private final Map<Long, TextField> inputs = new LinkedHashMap<>();
    private final Map<Long, Span> messages = new LinkedHashMap<>();
    private final List<TableInputs> tables = new ArrayList<>();

    FigureInputs(ReportForm form, Map<Long, FieldValue> values, Map<CellKey, FieldValue> cells, boolean editable) {
        this.form = form;
        addClassName("hn-figures");
        for (ReportField field : form.fields()) {
            if (field.kind() == FieldKind.HEADING) {
                Div heading = new Div(code(field), text(field));
                heading.addClassNames("hn-figure-heading", "hn-level-" + field.level());
                add(heading);
                continue;
            }
            if (field.kind() == FieldKind.TABLE) {
                Div title = new Div(code(field), text(field));
                title.addClassNames("hn-figure-heading", "hn-figure-table-title", "hn-level-" + field.level());
                TableInputs table = new TableInputs(form.name(field), form.table(field).orElseThrow(), cells, editable);
                tables.add(table);
                add(title, table);
                continue;
            }
            TextField input = input(field, values.get(field.id()), editable);
            inputs.put(field.id(), input);
            Span message = new Span();
            message.addClassName("hn-figure-error");
            message.setVisible(false);
            messages.put(field.id(), message);
            Div row = new Div(code(field), text(field), input, message);
            row.addClassNames("hn-figure-row", "hn-level-" + field.level());
            add(row);
        }
    }

    private TextField input(ReportField field, FieldValue value, boolean editable) {
        TextField input = new TextField();
        input.setAriaLabel(form.name(field));
        input.getElement().setAttribute("data-code", field.code() == null ? "" : field.code());
        input.addClassName("hn-figure-input");
        input.getElement().setAttribute("data-field", Long.toString(field.id()));
        input.setValue(value == null ? "" : value.display());
        input.setReadOnly(!editable);
        if (field.kind().numeric()) {
            input.addThemeVariants(TextFieldVariant.LUMO_ALIGN_RIGHT);
            input.setAllowedCharPattern("[0-9.,\\s]");
            input.getElement().setAttribute("inputmode", "decimal");
            if (field.unitLabel() != null) {
                input.setSuffixComponent(new Span(field.unitLabel()));
            }
            input.addBlurListener(e -> tidy(field));
        } else {
            input.setMaxLength(1000);
        }
        return input;
    }

    /** Rewrites a good number the Vietnamese way ("1234" → "1.234"), or marks the input with the row's message. */
    private void tidy(ReportField field) {
        TextField input = inputs.get(field.id());
        String raw = input.getValue().strip();
        mark(field.id(), null);
        if (raw.isEmpty()) {
            return;
        }
        try {
            input.setValue(VietnameseNumbers.format(VietnameseNumbers.parse(raw, field.kind() == FieldKind.NUMBER)));
        } catch (IllegalArgumentException e) {
            mark(field.id(), form.name(field) + ": " + e.getMessage() + ".");
        }
    }

    /** The message under the row, across the text and the input (null: none). */
    private void mark(long fieldId, String message) {
        inputs.get(fieldId).setInvalid(message != null);
        Span shown = messages.get(fieldId);
        shown.setText(message == null ? "" : message);
        shown.setVisible(message != null);
    }

    /** What the user typed: the one-value rows by field id, the tables' typed cells. */
    ReportInput typed() {
        Map<Long, String> typed = new LinkedHashMap<>();
        inputs.forEach((id, input) -> typed.put(id, input.getValue()));
        Map<CellKey, String> cells = new LinkedHashMap<>();
        tables.forEach(t -> cells.putAll(t.typed()));
        return new ReportInput(typed, cells);
    }

    /** Shows the service's messages ("field-{id}") at their inputs; returns how many were placed. */
    int show(Map<String, String> errors) {
        int placed = 0;
        for (long id : inputs.keySet()) {
            String message = errors.get("field-" + id);
            mark(id, message);
            placed += message == null ? 0 : 1;
        }
        for (TableInputs table : tables) {
            placed += table.show(errors);
        }
        inputs.values().stream().filter(TextField::isInvalid).findFirst().ifPresent(TextField::focus);
        return placed;
    }

    /** How many rows are left blank. */
    long blanks() {
        return inputs.values().stream().filter(i -> i.getValue().isBlank()).count()
                + tables.stream().mapToLong(TableInputs::blanks).sum();
    }

    private static Span code(ReportField field) {
        Span code = new Span(field.code() == null ? "" : field.code());
        code.addClassName("hn-figure-code");
        return code;
    }

    private static Span text(ReportField field) {
        Span text = new Span(field.level() == 2 && field.kind() != FieldKind.HEADING ? "– " + field.label() : field.label());
        text.addClassName("hn-figure-label");
        return text;
    }
}
