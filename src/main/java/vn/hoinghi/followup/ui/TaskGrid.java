package vn.hoinghi.followup.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.select.SelectVariant;
import java.time.LocalDate;
import java.util.List;
import vn.hoinghi.base.Times;
import vn.hoinghi.followup.FollowUpTask;
import vn.hoinghi.followup.TaskBoard;
import vn.hoinghi.followup.TaskStatus;

/** The tasks with their lead unit, deadline and status; overdue rows in red, the status changed in place. */
class TaskGrid extends Grid<FollowUpTask> {

    /** What the committee asks for; the view calls the service. */
    interface Actions {
        void status(FollowUpTask task, TaskStatus status);

        void move(FollowUpTask task, int steps);

        void edit(FollowUpTask task);

        void delete(FollowUpTask task);
    }

    private final Actions actions;
    private TaskBoard board;

    TaskGrid(Actions actions) {
        this.actions = actions;
        addClassName("hn-tasks-grid");
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        addComponentColumn(this::order).setHeader(getTranslation("tasks.col.order")).setWidth("5rem").setFlexGrow(0);
        addComponentColumn(this::content).setHeader(getTranslation("tasks.col.content")).setFlexGrow(5);
        addColumn(FollowUpTask::leadUnitName).setHeader(getTranslation("tasks.col.lead")).setFlexGrow(1).setWidth("9rem");
        addComponentColumn(this::deadline).setHeader(getTranslation("tasks.col.deadline")).setWidth("8rem").setFlexGrow(0);
        addComponentColumn(this::status).setHeader(getTranslation("tasks.col.status")).setWidth("13rem").setFlexGrow(0);
        addComponentColumn(this::buttons).setWidth("11rem").setFlexGrow(0);
        setPartNameGenerator(t -> t.overdueOn(board.today()) ? "hn-task-overdue" : null);
    }

    void show(TaskBoard board, List<FollowUpTask> rows) {
        this.board = board;
        setItems(rows);
    }

    /** The number within its origin, and the origin under it. */
    private Div order(FollowUpTask t) {
        Div cell = new Div(new Span(Integer.toString(t.position())), secondary(getTranslation("tasks.origin." + t.origin())));
        cell.addClassName("hn-name-cell");
        return cell;
    }

    private Div content(FollowUpTask t) {
        Div cell = new Div(new Span(t.content()));
        cell.addClassName("hn-name-cell");
        if (t.cooperating() != null) {
            cell.add(secondary(getTranslation("tasks.cooperating", t.cooperating())));
        }
        if (t.resultNote() != null) {
            cell.add(secondary(t.resultNote()));
        }
        return cell;
    }

    private Div deadline(FollowUpTask t) {
        LocalDate today = board.today();
        Div cell = new Div(new Span(t.deadline() == null ? getTranslation("tasks.noDeadline") : Times.DATE.format(t.deadline())));
        cell.addClassName("hn-name-cell");
        if (t.overdueOn(today)) {
            Span late = new Span(getTranslation("tasks.overdueDays", t.daysOverdue(today)));
            late.getElement().getThemeList().add("badge error");
            late.addClassName("hn-task-late");
            cell.add(late);
        }
        return cell;
    }

    private Div status(FollowUpTask t) {
        Select<TaskStatus> select = new Select<>();
        select.setItems(TaskStatus.values());
        select.setItemLabelGenerator(s -> getTranslation("tasks.status." + s));
        select.setValue(t.status());
        select.setAriaLabel(getTranslation("tasks.col.status"));
        select.addClassName("hn-task-status");
        select.addThemeVariants(SelectVariant.LUMO_SMALL);
        select.getElement().setAttribute("data-task", Long.toString(t.id()));
        select.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                actions.status(t, e.getValue());
            }
        });
        Div cell = new Div(select);
        cell.addClassName("hn-name-cell");
        if (t.doneOn() != null) {
            cell.add(secondary(getTranslation("tasks.doneOn", Times.DATE.format(t.doneOn()))));
        }
        return cell;
    }

    private HorizontalLayout buttons(FollowUpTask t) {
        int last = board.of(t.origin()).size();
        HorizontalLayout row = new HorizontalLayout(
                button(VaadinIcon.ARROW_UP, "tasks.moveUp", t.position() > 1, () -> actions.move(t, -1)),
                button(VaadinIcon.ARROW_DOWN, "tasks.moveDown", t.position() < last, () -> actions.move(t, 1)),
                button(VaadinIcon.EDIT, "tasks.edit", true, () -> actions.edit(t)),
                button(VaadinIcon.TRASH, "tasks.delete", true, () -> actions.delete(t)));
        row.setSpacing(false);
        return row;
    }

    private Button button(VaadinIcon icon, String label, boolean enabled, Runnable action) {
        Button b = new Button(icon.create(), e -> action.run());
        b.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_SMALL);
        b.setAriaLabel(getTranslation(label));
        b.setTooltipText(getTranslation(label));
        b.setEnabled(enabled);
        return b;
    }

    private static Span secondary(String text) {
        Span s = new Span(text);
        s.addClassName("hn-substitute");
        return s;
    }
}
