package vn.hoinghi.invitation.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import vn.hoinghi.agenda.AgendaItem;
import vn.hoinghi.agenda.AgendaLive;
import vn.hoinghi.agenda.AgendaSlot;
import vn.hoinghi.base.Times;

/**
 * The programme as it runs: the item on now highlighted with the time it actually started, the next one marked, the
 * items still to come at their planned time and, once the day runs late, the time now expected. The delegate's own
 * item (they present it) is marked, with a cue when the item before it is on. The rows are made once and then only
 * restyled, so a page following the MC stays light.
 */
class LiveProgramme extends Div {

    /** Later than planned by less than this is "on time". */
    private static final Duration SLACK = Duration.ofMinutes(1);

    private final long delegateId;
    private final Paragraph cue = new Paragraph();
    private final Div list = new Div();
    private final List<Row> rows = new ArrayList<>();
    private int agendaVersion = -1;

    LiveProgramme(long delegateId) {
        this.delegateId = delegateId;
        addClassNames("hn-dp-section", "hn-dp-programme");
        cue.addClassName("hn-dp-cue");
        cue.setVisible(false);
        list.addClassName("hn-dp-items");
        add(new H2(getTranslation("delegatePage.programme.title")), cue, list);
    }

    void show(AgendaLive live) {
        if (live.agenda().version() != agendaVersion || rows.size() != live.agenda().slots().size()) {
            build(live.agenda().slots());
            agendaVersion = live.agenda().version();
        }
        int current = live.currentIndex();
        Duration late = live.lateBy().compareTo(SLACK) >= 0 ? live.lateBy() : Duration.ZERO;
        int mine = -1;
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            String state = live.ended() || current >= 0 && i < current ? "done"
                    : i == current ? "now" : live.next() != null && live.next().item().id() == row.itemId ? "next" : "later";
            row.state(state);
            row.badge.setText(switch (state) {
                case "now" -> getTranslation("delegatePage.programme.now");
                case "next" -> getTranslation("delegatePage.programme.next");
                default -> "";
            });
            row.actual.setText(actual(live, i, current, late, row.plannedStart));
            if (row.mine) {
                mine = i;
            }
        }
        cue(live, current, mine, late);
    }

    private String actual(AgendaLive live, int index, int current, Duration late, Instant planned) {
        if (index == current && live.state().startedAt() != null) {
            return getTranslation("delegatePage.programme.startedAt", Times.TIME.format(Times.local(live.state().startedAt())));
        }
        if (index > current && current >= 0 && !late.isZero() && planned != null) {
            return getTranslation("delegatePage.programme.expectedAt", Times.TIME.format(Times.local(planned.plus(late))));
        }
        return "";
    }

    /** "You are next" while the item before theirs is on; "you are on" while theirs is. */
    private void cue(AgendaLive live, int current, int mine, Duration late) {
        String text = null;
        if (mine >= 0 && current >= 0 && !live.ended()) {
            AgendaItem item = rows.get(mine).item;
            if (current == mine) {
                text = getTranslation("delegatePage.programme.youAreOn", item.title());
            } else if (current == mine - 1) {
                text = getTranslation("delegatePage.programme.youAreNext", item.title());
            } else if (current < mine && rows.get(mine).plannedStart != null) {
                text = getTranslation("delegatePage.programme.yourItem", item.title(),
                        Times.TIME.format(Times.local(rows.get(mine).plannedStart.plus(late))));
            }
        }
        cue.setText(text == null ? "" : text);
        cue.setVisible(text != null);
        cue.getElement().getClassList().set("hn-dp-cue--now", mine >= 0 && (current == mine || current == mine - 1));
    }

    private void build(List<AgendaSlot> slots) {
        list.removeAll();
        rows.clear();
        for (AgendaSlot slot : slots) {
            Row row = new Row(slot, Long.valueOf(delegateId).equals(slot.item().presenterDelegateId()));
            rows.add(row);
            list.add(row.element);
        }
    }

    /** One item's row: planned time, title, who presents, and what changes live (badge, actual or expected time). */
    private final class Row {
        final long itemId;
        final AgendaItem item;
        final Instant plannedStart;
        final boolean mine;
        final Div element = new Div();
        final Span badge = new Span();
        final Span actual = new Span();
        String state = "";

        Row(AgendaSlot slot, boolean mine) {
            this.item = slot.item();
            this.itemId = item.id();
            this.plannedStart = slot.start();
            this.mine = mine;
            element.addClassName("hn-dp-item");
            if (mine) {
                element.addClassName("hn-dp-item--mine");
            }
            Span time = new Span(plannedStart == null ? "" : Times.TIME.format(Times.local(plannedStart)));
            time.addClassName("hn-dp-item-time");
            Div body = new Div();
            body.addClassName("hn-dp-item-body");
            Span title = new Span(item.title());
            title.addClassName("hn-dp-item-title");
            badge.addClassName("hn-dp-item-badge");
            actual.addClassName("hn-dp-item-actual");
            body.add(badge, title);
            String who = item.presenterLine();
            if (who != null) {
                Span presenter = new Span(who);
                presenter.addClassName("hn-dp-item-presenter");
                body.add(presenter);
            }
            if (mine) {
                Span yours = new Span(getTranslation("delegatePage.programme.yours"));
                yours.addClassName("hn-dp-item-yours");
                body.add(yours);
            }
            body.add(actual);
            element.add(time, body);
        }

        void state(String newState) {
            if (!newState.equals(state)) {
                if (!state.isEmpty()) {
                    element.removeClassName("hn-dp-item--" + state);
                }
                element.addClassName("hn-dp-item--" + newState);
                state = newState;
            }
        }
    }
}
