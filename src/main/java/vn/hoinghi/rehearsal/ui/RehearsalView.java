package vn.hoinghi.rehearsal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Set;
import vn.hoinghi.base.ConferencePath;
import vn.hoinghi.base.Times;
import vn.hoinghi.base.ui.ConferencePage;
import vn.hoinghi.base.ui.Confirmations;
import vn.hoinghi.base.ui.Downloads;
import vn.hoinghi.base.ui.LiveUpdates;
import vn.hoinghi.base.ui.Notifications;
import vn.hoinghi.base.ui.Pickers;
import vn.hoinghi.base.ui.TranslatedTitle;
import vn.hoinghi.conference.Conference;
import vn.hoinghi.conference.ConferenceService;
import vn.hoinghi.live.LiveHub;
import vn.hoinghi.live.LiveTopic;
import vn.hoinghi.rehearsal.RehearsalCounts;
import vn.hoinghi.rehearsal.RehearsalExportService;
import vn.hoinghi.rehearsal.RehearsalPlan;
import vn.hoinghi.rehearsal.RehearsalProgress;
import vn.hoinghi.rehearsal.RehearsalProgressService;
import vn.hoinghi.rehearsal.RehearsalService;
import vn.hoinghi.rehearsal.RehearsalState;
import vn.hoinghi.security.AppRoles;

/**
 * The committee's rehearsal: its time, how many points are ready, partly ready, failed or silent, a table by cluster
 * with each item's tick, the reset of the day after it (with what it clears and what it keeps), and the record's
 * export. Updates live as the points tick.
 */
@Route(ConferencePath.ROUTE + "/rehearsal")
@Menu(title = "nav.rehearsal", order = 212, icon = "vaadin:check-square-o")
@RolesAllowed({AppRoles.ADMIN, AppRoles.STAFF})
@StyleSheet("themes/hoinghi/rehearsal.css")
class RehearsalView extends Div implements BeforeEnterObserver, TranslatedTitle {

    private final RehearsalService rehearsal;
    private final RehearsalProgressService progress;
    private final RehearsalExportService exports;
    private final ConferenceService conferences;
    private final DateTimePicker startsAt = Pickers.dateTime();
    private final RehearsalTotals totals = new RehearsalTotals();
    private final Paragraph reset = new Paragraph();
    private final RehearsalTable table = new RehearsalTable();
    private Conference conference;

    RehearsalView(RehearsalService rehearsal, RehearsalProgressService progress, RehearsalExportService exports,
                  ConferenceService conferences, LiveHub hub) {
        this.rehearsal = rehearsal;
        this.progress = progress;
        this.exports = exports;
        this.conferences = conferences;
        addClassName("hn-reh-page");
        LiveUpdates.follow(this, hub, () -> conference == null ? null : conference.id(),
                Set.of(LiveTopic.REHEARSAL, LiveTopic.POINTS), this::refresh);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        conference = ConferencePage.enter(event, conferences::open).orElse(null);
        if (conference == null) {
            return;
        }
        removeAll();
        reset.addClassName("hn-reh-reset-done");
        add(new H2(getTranslation("rehearsal.title")), timeForm(), totals, actions(), reset, table);
        startsAt.setValue(null);
        RehearsalPlan plan = rehearsal.plan(conference.id());
        if (plan.startsAt() != null) {
            startsAt.setValue(Times.local(plan.startsAt()));
        }
        refresh();
    }

    private Div timeForm() {
        startsAt.setLabel(getTranslation("rehearsal.time"));
        Button save = new Button(getTranslation("action.save"), e -> saveTime(false));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button clear = new Button(getTranslation("rehearsal.time.clear"), e -> saveTime(true));
        Div form = new Div(startsAt, save, clear);
        form.addClassName("hn-reh-time");
        return form;
    }

    private void saveTime(boolean clear) {
        if (clear) {
            startsAt.setValue(null);
        } else if (startsAt.isInvalid() || startsAt.getValue() == null) {
            startsAt.setErrorMessage(getTranslation("rehearsal.time.missing"));
            startsAt.setInvalid(true);
            return;
        }
        rehearsal.setTime(conference.id(), startsAt.getValue() == null ? null : Times.fromLocal(startsAt.getValue()));
        startsAt.setInvalid(false);
        Notifications.success(getTranslation(clear ? "rehearsal.time.cleared" : "rehearsal.time.saved"));
    }

    private Div actions() {
        long id = conference.id();
        Anchor export = new Anchor(Downloads.file(exports.fileName(id), Downloads.XLSX, () -> exports.xlsx(id)),
                getTranslation("rehearsal.export"));
        export.addClassNames("hn-link-button", "hn-reh-export");
        export.addComponentAsFirst(VaadinIcon.FILE_TABLE.create());
        Button resetDay = new Button(getTranslation("rehearsal.reset"), VaadinIcon.REFRESH.create(), e -> confirmReset());
        resetDay.addThemeVariants(ButtonVariant.LUMO_ERROR);
        resetDay.addClassName("hn-reh-reset");
        Div actions = new Div(export, resetDay);
        actions.addClassName("hn-reh-actions");
        return actions;
    }

    private void confirmReset() {
        Confirmations.ask(getTranslation("rehearsal.reset.title"), getTranslation("rehearsal.reset.text"),
                getTranslation("rehearsal.reset.confirm"), e -> {
                    rehearsal.resetDay(conference.id());
                    Notifications.success(getTranslation("rehearsal.reset.done"));
                    refresh();
                }).open();
    }

    private void refresh() {
        if (conference == null) {
            return;
        }
        RehearsalProgress now = progress.progress(conference.id());
        totals.show(now.totals());
        RehearsalPlan plan = now.plan();
        reset.setText(plan.dayResetAt() == null ? getTranslation("rehearsal.reset.never")
                : getTranslation("rehearsal.reset.at", Times.DATE_TIME.format(Times.local(plan.dayResetAt())),
                plan.dayResetBy()));
        table.show(now);
    }

    /** The four counts of the rehearsal, of how many points. */
    static final class RehearsalTotals extends Div {

        void show(RehearsalCounts counts) {
            removeAll();
            addClassName("hn-reh-totals");
            for (RehearsalState state : RehearsalState.values()) {
                Span number = new Span(Integer.toString(counts.count(state)));
                number.addClassName("hn-reh-number");
                Span label = new Span(getTranslation("rehearsal.state." + state));
                label.addClassName("hn-reh-label");
                Div cell = new Div(number, label);
                cell.addClassName("hn-reh-total");
                RehearsalLook.mark(cell, state);
                cell.getElement().setAttribute("data-state", state.name());
                add(cell);
            }
            Span of = new Span(getTranslation("rehearsal.ofPoints", counts.points()));
            of.addClassName("hn-reh-of");
            add(of);
        }
    }
}
