package vn.hoinghi.invitation.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import vn.hoinghi.agenda.AgendaItem;
import vn.hoinghi.agenda.AgendaLive;
import vn.hoinghi.agenda.AgendaSlot;
import org.springframework.web.util.HtmlUtils;
import vn.hoinghi.base.Times;

/**
 * The programme as it runs: the item on now highlighted with the time it actually started, the next one marked, the
 * items still to come at their planned time and, once the day runs late, the time now expected. The delegate's own
 * item (they present it) is marked, with a cue when the item before it is on. The rows are made once, one element
 * each, and rewritten only when what they show changes, so a page following the MC stays light.
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
            row.show(state, switch (state) {
                case "now" -> getTranslation("delegatePage.programme.now");
                case "next" -> getTranslation("delegatePage.programme.next");
                default -> "";
            }, actual(live, i, current, late, row.plannedStart));
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

    /**
     * One item's row, one element: its markup (planned time, title, who presents, the badge and the actual or expected
     * time) is written whole when any of it changes. Five hundred pages following the MC keep one node a row, not a
     * dozen (decision 038); every text in it is escaped.
     */
    private final class Row {
        final long itemId;
        final AgendaItem item;
        final Instant plannedStart;
        final boolean mine;
        final Div element = new Div();
        String state = "";
        String badge = "";
        String actual = "";

        Row(AgendaSlot slot, boolean mine) {
            this.item = slot.item();
            this.itemId = item.id();
            this.plannedStart = slot.start();
            this.mine = mine;
            element.addClassName("hn-dp-item");
            if (mine) {
                element.addClassName("hn-dp-item--mine");
            }
            render();
        }

        void show(String newState, String newBadge, String newActual) {
            if (!newState.equals(state)) {
                if (!state.isEmpty()) {
                    element.removeClassName("hn-dp-item--" + state);
                }
                element.addClassName("hn-dp-item--" + newState);
                state = newState;
            }
            if (!newBadge.equals(badge) || !newActual.equals(actual)) {
                badge = newBadge;
                actual = newActual;
                render();
            }
        }

        private void render() {
            StringBuilder html = new StringBuilder(256);
            span(html, "hn-dp-item-time", plannedStart == null ? "" : Times.TIME.format(Times.local(plannedStart)));
            html.append("<span class=\"hn-dp-item-body\">");
            span(html, "hn-dp-item-badge", badge);
            span(html, "hn-dp-item-title", item.title());
            if (item.presenterLine() != null) {
                span(html, "hn-dp-item-presenter", item.presenterLine());
            }
            if (mine) {
                span(html, "hn-dp-item-yours", getTranslation("delegatePage.programme.yours"));
            }
            span(html, "hn-dp-item-actual", actual);
            element.getElement().setProperty("innerHTML", html.append("</span>").toString());
        }

        private static void span(StringBuilder html, String className, String text) {
            html.append("<span class=\"").append(className).append("\">").append(HtmlUtils.htmlEscape(text, "UTF-8"))
                    .append("</span>");
        }
    }
}
