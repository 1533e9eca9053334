package vn.hoinghi.submission.ui;

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
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import vn.hoinghi.base.ConferencePath;
import vn.hoinghi.base.ValidationException;
import vn.hoinghi.base.VersionConflictException;
import vn.hoinghi.base.ui.ConferencePage;
import vn.hoinghi.base.ui.Notifications;
import vn.hoinghi.base.ui.TranslatedTitle;
import vn.hoinghi.conference.Conference;
import vn.hoinghi.conference.ConferenceService;
import vn.hoinghi.point.PointService;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.submission.AssignmentService;
import vn.hoinghi.submission.Contribution;
import vn.hoinghi.submission.ContributionBoard;
import vn.hoinghi.submission.ContributionImportService;
import vn.hoinghi.submission.ContributionStatus;
import vn.hoinghi.submission.ProceedingsService;
import vn.hoinghi.submission.ReminderService;
import vn.hoinghi.submission.ReviewService;
import vn.hoinghi.submission.SubmissionService;
import vn.hoinghi.unit.UnitService;
import vn.hoinghi.base.ui.ConferenceTarget;
import vn.hoinghi.base.ui.Confirmations;

/**
 * The committee's contributions of the current conference: assign them (by hand or from the plan's table), follow
 * the overdue ones, remind the units, open one to download its versions, decide, and choose spoken or printed.
 */
@Route(ConferencePath.ROUTE + "/contributions")
@Menu(title = "nav.contributions", order = 160, icon = "vaadin:comment-ellipsis-o")
@RolesAllowed({AppRoles.ADMIN, AppRoles.STAFF})
@StyleSheet("themes/hoinghi/contributions.css")
class ContributionsView extends VerticalLayout
        implements BeforeEnterObserver, ContributionGrid.Actions, TranslatedTitle {

    private final AssignmentService assignments;
    private final ContributionImportService importer;
    private final SubmissionService submissions;
    private final ReviewService reviews;
    private final ReminderService reminders;
    private final UnitService units;
    private final PointService points;
    private final ConferenceService conferences;
    private final ContributionGrid grid = new ContributionGrid(this);
    private final Select<ContributionStatus> status = new Select<>();
    private final Checkbox overdueOnly = new Checkbox(getTranslation("contrib.overdueOnly"));
    private final Span overdueCount = new Span();
    private final Span summary = new Span();
    private final Paragraph empty = new Paragraph(getTranslation("contrib.empty"));
    private final ProceedingsService proceedingsService;
    /** The proceedings' download ("Tải kỷ yếu tham luận (PDF)"), made once the conference is known. */
    private final Div proceedingsSlot = new Div();
    private ProceedingsDownload proceedings;
    private Conference conference;
    private ContributionBoard board;

    ContributionsView(AssignmentService assignments, ContributionImportService importer, SubmissionService submissions,
                      ReviewService reviews, ReminderService reminders, UnitService units, PointService points,
                      ConferenceService conferences, ProceedingsService proceedingsService) {
        this.proceedingsService = proceedingsService;
        this.assignments = assignments;
        this.importer = importer;
        this.submissions = submissions;
        this.reviews = reviews;
        this.reminders = reminders;
        this.units = units;
        this.points = points;
        this.conferences = conferences;
        setSizeFull();
        addClassName("hn-contributions-view");
        summary.addClassName("hn-count");
        Button add = new Button(getTranslation("contrib.add"), VaadinIcon.PLUS.create(), e -> edit(null));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClassName("hn-contrib-add");
        Button importButton = new Button(getTranslation("contrib.import"), VaadinIcon.UPLOAD.create(),
                e -> new ContributionImportDialog(importer, conference, this::refresh).open());
        importButton.addClassName("hn-contrib-import-open");
        Button remind = new Button(getTranslation("contrib.remind"), VaadinIcon.ENVELOPE_O.create(), e -> confirmRemind());
        remind.addClassName("hn-contrib-remind");
        proceedingsSlot.addClassName("hn-proceedings-slot");
        HorizontalLayout top = new HorizontalLayout(new H2(getTranslation("contrib.title")), new Div(), add, importButton,
                remind);
        top.setWidthFull();
        top.setWrap(true);
        top.setAlignItems(FlexComponent.Alignment.BASELINE);
        top.expand(top.getComponentAt(1));
        Paragraph help = new Paragraph(getTranslation("contrib.help") + " "
                + getTranslation("contrib.remind.auto", reminders.daysBefore()));
        help.addClassName("hn-help");
        status.setLabel(getTranslation("contrib.filter.status"));
        status.setItems(ContributionStatus.values());
        status.setItemLabelGenerator(s -> s == null ? getTranslation("contrib.filter.all") : getTranslation("contrib.status." + s));
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("contrib.filter.all"));
        status.addClassName("hn-contrib-status-filter");
        overdueOnly.addClassName("hn-contrib-overdue-only");
        overdueCount.addClassName("hn-contrib-overdue-count");
        HorizontalLayout filters = new HorizontalLayout(status, overdueOnly, overdueCount);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        status.addValueChangeListener(e -> show());
        overdueOnly.addValueChangeListener(e -> show());
        grid.setSizeFull();
        add(top, summary, help, proceedingsSlot, filters, empty, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        conference = ConferencePage.enter(event, conferences::open).orElse(null);
        if (conference == null) {
            return;
        }
        proceedings = new ProceedingsDownload(proceedingsService, conference.id());
        proceedingsSlot.removeAll();
        proceedingsSlot.add(proceedings);
        refresh();
    }

    private void refresh() {
        board = assignments.board(conference.id());
        Map<ContributionStatus, Long> counts = board.counts();
        summary.setText(getTranslation("contrib.summary", board.contributions().size(), counts.get(ContributionStatus.ASSIGNED),
                counts.get(ContributionStatus.SUBMITTED), counts.get(ContributionStatus.CHANGES_REQUESTED),
                counts.get(ContributionStatus.ACCEPTED), counts.get(ContributionStatus.REFUSED)));
        int late = board.overdue().size();
        overdueCount.setText(getTranslation("contrib.overdueCount", late));
        overdueCount.setVisible(late > 0);
        if (proceedings != null) {
            proceedings.refresh();
        }
        show();
    }

    private void show() {
        List<Contribution> rows = (overdueOnly.getValue() ? board.overdue() : board.contributions()).stream()
                .filter(c -> status.getValue() == null || c.status() == status.getValue()).toList();
        grid.show(board.today(), rows);
        empty.setVisible(board.contributions().isEmpty());
    }

    @Override
    public void open(Contribution c) {
        new ReviewDialog(submissions, reviews, points.list(conference.id()), c.id(), this::refresh).open();
    }

    @Override
    public void edit(Contribution c) {
        new AssignmentDialog(assignments, conference.id(), c, units.find(conference.id(), null), conference.submissionDeadline(),
                this::refresh, () -> delete(c)).open();
    }

    private void delete(Contribution c) {
        ConfirmDialog confirm = Confirmations.ask(getTranslation("contrib.delete.title"),
                getTranslation("contrib.delete.text", c.topic(), c.unitName()), getTranslation("contrib.delete"), e -> {
                    try {
                        assignments.delete(c.id(), c.version());
                    } catch (ValidationException | VersionConflictException ex) {
                        Notifications.error(ex.getMessage());
                    }
                    refresh();
                });
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.open();
    }

    private void confirmRemind() {
        long owed = board.contributions().stream().filter(c -> c.status().waitingForUnit()).count();
        ConfirmDialog confirm = Confirmations.ask();
        confirm.setHeader(getTranslation("contrib.remind.title"));
        confirm.setText(ConferenceTarget.text(this, getTranslation("contrib.remind.text", owed), conference.title()));
        confirm.setConfirmButton(getTranslation("contrib.remind"), e -> {
                    var result = reminders.remindNow(conference.id());
                    StringBuilder text = new StringBuilder(result.sent().isEmpty() ? getTranslation("contrib.remind.none")
                            : getTranslation("contrib.remind.done", result.sent().size(), result.sent().stream().distinct().count()));
                    if (!result.withoutEmail().isEmpty()) {
                        text.append(' ').append(getTranslation("contrib.remind.noEmail", String.join(", ", result.withoutEmail())));
                    }
                    if (result.alreadyToday() > 0) {
                        text.append(' ').append(getTranslation("contrib.remind.already", result.alreadyToday()));
                    }
                    if (result.sent().isEmpty()) {
                        Notifications.error(text.toString());
                    } else {
                        Notifications.success(text.toString());
                    }
                    refresh();
                });
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.addClassName("hn-contrib-remind-confirm");
        confirm.open();
    }
}
