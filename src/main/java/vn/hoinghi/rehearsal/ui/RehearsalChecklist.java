package vn.hoinghi.rehearsal.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import vn.hoinghi.base.Times;
import vn.hoinghi.base.ValidationException;
import vn.hoinghi.base.ui.LiveUpdates;
import vn.hoinghi.base.ui.Notifications;
import vn.hoinghi.live.LiveHub;
import vn.hoinghi.live.LiveTopic;
import vn.hoinghi.rehearsal.DeskRehearsal;
import vn.hoinghi.rehearsal.PointRehearsal;
import vn.hoinghi.rehearsal.RehearsalItem;
import vn.hoinghi.rehearsal.RehearsalService;
import vn.hoinghi.rehearsal.RehearsalState;

/**
 * The rehearsal's checklist on a point's desk, made for a phone: each item with a big "working" and a big "failed"
 * button and, once ticked, when and by whom. After the committee reset the day's state it folds to one line, the
 * rehearsal's outcome. The hall's desk has none.
 */
@StyleSheet("themes/hoinghi/rehearsal.css")
class RehearsalChecklist extends Div {

    private final RehearsalService rehearsal;
    private final long pointId;
    private final Consumer<Runnable> guard;
    private final H3 title = new H3();
    private final Span when = new Span();
    private final Span outcome = new Span();
    private final Div items = new Div();
    private final Map<RehearsalItem, ChecklistRow> rows = new EnumMap<>(RehearsalItem.class);

    /** {@code guard} runs an action so that a refusal of the desk reloads the page (see the desk). */
    RehearsalChecklist(RehearsalService rehearsal, LiveHub hub, long conferenceId, long pointId, boolean hall,
                       Consumer<Runnable> guard) {
        this.rehearsal = rehearsal;
        this.pointId = pointId;
        this.guard = guard;
        addClassNames("hn-desk-section", "hn-reh-desk");
        setVisible(!hall);
        if (hall) {
            return;
        }
        when.addClassName("hn-reh-when");
        outcome.addClassName("hn-reh-outcome");
        items.addClassName("hn-reh-items");
        for (RehearsalItem item : RehearsalItem.values()) {
            ChecklistRow row = new ChecklistRow(item, (ok, note) -> guard.accept(() -> tick(item, ok, note)));
            rows.put(item, row);
            items.add(row);
        }
        title.setText(getTranslation("rehearsal.desk.title"));
        add(title, when, outcome, items);
        LiveUpdates.follow(this, hub, () -> conferenceId, Set.of(LiveTopic.REHEARSAL), () -> guard.accept(this::refresh));
        guard.accept(this::refresh);
    }

    private void tick(RehearsalItem item, boolean ok, String note) {
        try {
            rehearsal.tick(pointId, item, ok, note);
            rows.get(item).ticked();
        } catch (ValidationException e) {
            Notifications.error(String.join(" ", e.fieldErrors().values()));
        }
        refresh();
    }

    private void refresh() {
        DeskRehearsal desk = rehearsal.desk(pointId);
        PointRehearsal checklist = desk.checklist();
        when.setText(desk.plan().startsAt() == null ? "" : getTranslation("rehearsal.desk.when",
                Times.DATE_TIME.format(Times.local(desk.plan().startsAt()))));
        when.setVisible(desk.plan().startsAt() != null && !desk.closed());
        outcome.setText(outcome(checklist, desk.closed()));
        outcome.setClassName("hn-reh-closed", desk.closed());
        RehearsalLook.mark(outcome, checklist.state());
        items.setVisible(!desk.closed());
        title.setVisible(!desk.closed()); // folded to one line, which names the rehearsal
        rows.forEach((item, row) -> row.show(checklist.ticks().stream().filter(t -> t.item() == item)
                .findFirst().orElse(null)));
        getElement().setAttribute("data-state", checklist.state().name());
    }

    private String outcome(PointRehearsal checklist, boolean closed) {
        String prefix = closed ? getTranslation("rehearsal.desk.title") + ": " : "";
        RehearsalState state = checklist.state();
        if (state == RehearsalState.READY) {
            return prefix + getTranslation("rehearsal.desk.readyAt", RehearsalLook.time(checklist.readyAt()));
        }
        return prefix + getTranslation("rehearsal.state." + state);
    }
}
