package vn.hoinghi.submission.report.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import vn.hoinghi.base.ValidationException;
import vn.hoinghi.base.VersionConflictException;
import vn.hoinghi.base.ui.Notifications;
import vn.hoinghi.submission.report.FieldKind;
import vn.hoinghi.submission.report.FormTable;
import vn.hoinghi.submission.report.ReportField;
import vn.hoinghi.submission.report.TableDraft;
import vn.hoinghi.submission.report.ReportForm;
import vn.hoinghi.submission.report.ReportFormService;
import vn.hoinghi.submission.report.ReportTemplate;
import vn.hoinghi.base.ui.Confirmations;

/**
 * The conference's data form as the committee edits it: load the plan's template into an empty form, add a row
 * (after the chosen one), edit, move up and down, delete. A row units have filled keeps its values when renamed and
 * cannot be deleted; the service says so, naming the units.
 */
class FormPanel extends VerticalLayout {

    private final ReportFormService forms;
    private final long conferenceId;
    private final Runnable onChanged;
    private final Grid<ReportField> grid = new Grid<>();
    private final HorizontalLayout templates = new HorizontalLayout();
    private ReportForm form;

    FormPanel(ReportFormService forms, long conferenceId, Runnable onChanged) {
        this.forms = forms;
        this.conferenceId = conferenceId;
        this.onChanged = onChanged;
        setPadding(false);
        setSizeFull();
        addClassName("hn-form-panel");
        for (ReportTemplate t : ReportTemplate.ALL) {
            Button template = new Button(getTranslation("reports.form.template", t.name()), VaadinIcon.DOWNLOAD_ALT.create());
            template.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            template.addClassName("hn-form-template");
            template.addClickListener(e -> guarded(() -> {
                int n = forms.loadTemplate(conferenceId, t);
                Notifications.success(getTranslation("reports.form.loaded", n));
            }));
            templates.add(template);
        }
        templates.setWrap(true);
        Button add = new Button(getTranslation("reports.form.add"), VaadinIcon.PLUS.create(), e -> edit(null));
        add.addClassName("hn-form-add");
        Button addTable = new Button(getTranslation("reports.tableDialog.add"), VaadinIcon.TABLE.create(),
                e -> editTable(null));
        addTable.addClassName("hn-form-add-table");
        Paragraph help = new Paragraph(getTranslation("reports.form.help"));
        help.addClassName("hn-help");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.addColumn(f -> f.code() == null ? "" : f.code()).setHeader(getTranslation("reports.col.code"))
                .setWidth("5rem").setFlexGrow(0);
        grid.addColumn(f -> f.level() == 2 && f.kind() != FieldKind.HEADING ? "– " + f.label() : f.label())
                .setHeader(getTranslation("reports.col.content")).setFlexGrow(5);
        grid.addColumn(f -> f.kind() == FieldKind.TABLE ? form.table(f).map(FormTable::shape).orElse("")
                        : getTranslation("reports.kind." + f.kind())).setHeader(getTranslation("reports.col.kind"))
                .setWidth("10rem").setFlexGrow(0);
        grid.addColumn(f -> f.unitLabel() == null ? "" : f.unitLabel()).setHeader(getTranslation("reports.col.unit"))
                .setWidth("7rem").setFlexGrow(0);
        grid.addComponentColumn(this::buttons).setWidth("11rem").setFlexGrow(0);
        grid.setPartNameGenerator(f -> f.kind() == FieldKind.HEADING ? "hn-row-heading" : "hn-row-level-" + f.level());
        grid.setSizeFull();
        HorizontalLayout tools = new HorizontalLayout(templates, add, addTable,
                new PlanTableUpload(draft -> editTable(null, draft)));
        tools.setWrap(true);
        add(help, tools, grid);
        refresh();
    }

    void refresh() {
        form = forms.form(conferenceId);
        templates.setVisible(form.isEmpty());
        grid.setItems(form.fields());
    }

    private HorizontalLayout buttons(ReportField f) {
        int last = form.fields().size();
        HorizontalLayout row = new HorizontalLayout(
                button(VaadinIcon.ARROW_UP, "reports.form.up", f.position() > 1,
                        () -> guarded(() -> forms.moveField(f.id(), f.version(), -1))),
                button(VaadinIcon.ARROW_DOWN, "reports.form.down", f.position() < last,
                        () -> guarded(() -> forms.moveField(f.id(), f.version(), 1))),
                button(VaadinIcon.EDIT, "reports.form.edit", true,
                        () -> {
                            if (f.kind() == FieldKind.TABLE) {
                                editTable(f);
                            } else {
                                edit(f);
                            }
                        }),
                button(VaadinIcon.TRASH, "reports.form.delete", true, () -> delete(f)));
        row.setSpacing(false);
        row.getElement().setAttribute("data-code", f.code() == null ? "" : f.code());
        return row;
    }

    /** A new row goes after the selected one, or at the end. */
    private void edit(ReportField field) {
        ReportField after = grid.asSingleSelect().getValue();
        new FieldDialog(forms, conferenceId, field, field == null && after != null ? after.id() : null, () -> {
            refresh();
            onChanged.run();
        }).open();
    }

    private void editTable(ReportField table) {
        editTable(table, null);
    }

    /** A new table goes after the selected row, or at the end; {@code draft} prefills it (read from the plan's .xlsx). */
    private void editTable(ReportField table, TableDraft draft) {
        ReportField after = grid.asSingleSelect().getValue();
        new TableDialog(forms, conferenceId, table, draft, table == null && after != null ? after.id() : null, () -> {
            refresh();
            onChanged.run();
        }).open();
    }

    private void delete(ReportField f) {
        ConfirmDialog confirm = Confirmations.ask(getTranslation("reports.form.delete.title"),
                getTranslation("reports.form.delete.text", form.name(f)), getTranslation("reports.form.delete"),
                e -> guarded(() -> forms.deleteField(f.id(), f.version())));
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.open();
    }

    private Button button(VaadinIcon icon, String label, boolean enabled, Runnable action) {
        Button b = new Button(icon.create(), e -> action.run());
        b.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_SMALL);
        b.setAriaLabel(getTranslation(label));
        b.setTooltipText(getTranslation(label));
        b.setEnabled(enabled);
        return b;
    }

    private void guarded(Runnable change) {
        try {
            change.run();
        } catch (VersionConflictException | ValidationException e) {
            Notifications.error(e.getMessage());
        }
        refresh();
        onChanged.run();
    }
}
