package vn.hoinghi.followup.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import vn.hoinghi.base.ConferencePath;
import vn.hoinghi.base.ValidationException;
import vn.hoinghi.base.VersionConflictException;
import vn.hoinghi.base.ui.ConferencePage;
import vn.hoinghi.base.ui.Notifications;
import vn.hoinghi.base.ui.TranslatedTitle;
import vn.hoinghi.conference.Conference;
import vn.hoinghi.conference.ConferenceService;
import vn.hoinghi.followup.ConclusionNoticeService;
import vn.hoinghi.followup.FollowUpService;
import vn.hoinghi.followup.FollowUpTask;
import vn.hoinghi.followup.TaskBoard;
import vn.hoinghi.followup.TaskOrigin;
import vn.hoinghi.followup.TaskStatus;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.unit.UnitService;
import vn.hoinghi.base.ui.Confirmations;

/**
 * The tasks of the current conference, before (from the plan) and after (from the conclusion notice): the
 * committee adds and edits them, changes their status in the list, sees the overdue ones, and opens the
 * conclusion notice to edit and print it.
 */
@Route(ConferencePath.ROUTE + "/tasks")
@Menu(title = "nav.tasks", order = 310, icon = "vaadin:tasks")
@RolesAllowed({AppRoles.ADMIN, AppRoles.STAFF})
@StyleSheet("themes/hoinghi/followup.css")
class TasksView extends VerticalLayout implements BeforeEnterObserver, TaskGrid.Actions, TranslatedTitle {

    private final FollowUpService service;
    private final ConclusionNoticeService notices;
    private final UnitService units;
    private final ConferenceService conferences;
    private final TaskGrid grid = new TaskGrid(this);
    private final Tab all = new Tab(getTranslation("tasks.tab.all"));
    private final Tab plan = new Tab(getTranslation("tasks.tab.PLAN"));
    private final Tab conclusion = new Tab(getTranslation("tasks.tab.CONCLUSION"));
    private final Tabs tabs = new Tabs(all, plan, conclusion);
    private final Checkbox overdueOnly = new Checkbox(getTranslation("tasks.overdueOnly"));
    private final Span overdueCount = new Span();
    private final Span summary = new Span();
    private final Paragraph empty = new Paragraph();
    private Conference conference;
    private TaskBoard board;

    TasksView(FollowUpService service, ConclusionNoticeService notices, UnitService units, ConferenceService conferences) {
        this.service = service;
        this.notices = notices;
        this.units = units;
        this.conferences = conferences;
        setSizeFull();
        addClassName("hn-tasks-view");
        summary.addClassName("hn-count");
        Button add = new Button(getTranslation("tasks.add"), VaadinIcon.PLUS.create(), e -> edit(null));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClassName("hn-tasks-add");
        Button notice = new Button(getTranslation("notice.open"), VaadinIcon.FILE_TEXT_O.create(), e ->
                new NoticeDialog(notices, conference.id(), board.of(TaskOrigin.CONCLUSION).size()).open());
        notice.addClassName("hn-notice-open");
        HorizontalLayout top = new HorizontalLayout(new H2(getTranslation("tasks.title")), summary, new Div(), add, notice);
        top.setWidthFull();
        top.setWrap(true);
        top.setAlignItems(FlexComponent.Alignment.BASELINE);
        top.expand(top.getComponentAt(2));
        Paragraph help = new Paragraph(getTranslation("tasks.help"));
        help.addClassName("hn-help");
        overdueCount.addClassName("hn-tasks-overdue-count");
        overdueOnly.addClassName("hn-tasks-overdue-only");
        HorizontalLayout filters = new HorizontalLayout(tabs, overdueOnly, overdueCount);
        filters.setAlignItems(FlexComponent.Alignment.CENTER);
        filters.setWrap(true);
        tabs.addSelectedChangeListener(e -> show());
        overdueOnly.addValueChangeListener(e -> show());
        empty.setText(getTranslation("tasks.empty"));
        grid.setSizeFull();
        add(top, help, filters, empty, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        conference = ConferencePage.enter(event, conferences::open).orElse(null);
        if (conference == null) {
            return;
        }
        refresh();
    }

    private void refresh() {
        board = service.board(conference.id());
        long done = board.tasks().stream().filter(t -> t.status() == TaskStatus.DONE).count();
        summary.setText(getTranslation("tasks.summary", board.tasks().size(), done));
        int late = board.overdue().size();
        overdueCount.setText(getTranslation("tasks.overdueCount", late));
        overdueCount.setVisible(late > 0);
        show();
    }

    /** The rows of the chosen tab, only the overdue ones if asked. */
    private void show() {
        TaskOrigin origin = origin();
        List<FollowUpTask> rows = (overdueOnly.getValue() ? board.overdue() : board.tasks()).stream()
                .filter(t -> origin == null || t.origin() == origin).toList();
        grid.show(board, rows);
        empty.setVisible(rows.isEmpty());
    }

    private TaskOrigin origin() {
        Tab tab = tabs.getSelectedTab();
        return tab == plan ? TaskOrigin.PLAN : tab == conclusion ? TaskOrigin.CONCLUSION : null;
    }

    @Override
    public void status(FollowUpTask task, TaskStatus status) {
        guarded(() -> service.setStatus(task.id(), task.version(), status));
    }

    @Override
    public void move(FollowUpTask task, int steps) {
        guarded(() -> service.move(task.id(), task.version(), steps));
    }

    @Override
    public void edit(FollowUpTask task) {
        TaskOrigin origin = origin() == null ? TaskOrigin.CONCLUSION : origin();
        new TaskDialog(service, conference.id(), task, origin, units.find(conference.id(), null), this::refresh).open();
    }

    @Override
    public void delete(FollowUpTask task) {
        ConfirmDialog confirm = Confirmations.ask(getTranslation("tasks.delete.title"),
                getTranslation("tasks.delete.text", task.content()), getTranslation("tasks.delete"),
                e -> guarded(() -> service.delete(task.id(), task.version())));
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.open();
    }

    /** Runs a change; another editor's change in between is explained and the fresh list shown. */
    private void guarded(Runnable change) {
        try {
            change.run();
        } catch (VersionConflictException | ValidationException e) {
            Notifications.error(e.getMessage());
        }
        refresh();
    }
}
