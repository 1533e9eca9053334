package vn.hoinghi.agenda.ui;

import com.vaadin.flow.component.html.Span;
import java.time.Duration;
import vn.hoinghi.agenda.AgendaSlot;

/** How late or early the item on now started against the plan, in the MC page's top bar. */
class LatenessBadge extends Span {

    /** Beyond this the run is a rehearsal on another day: the plan's start is shown instead. */
    static final long MAX_LATE_MINUTES = 6 * 60;

    LatenessBadge() {
        addClassName("hn-mc-late");
    }

    void clear() {
        setText("");
        getElement().getClassList().set("hn-late", false);
        getElement().getClassList().set("hn-early", false);
    }

    void show(Duration lateBy, AgendaSlot current) {
        long minutes = lateBy.toMinutes();
        boolean sameDay = Math.abs(minutes) <= MAX_LATE_MINUTES;
        setText(text(minutes, sameDay, current));
        getElement().getClassList().set("hn-late", sameDay && minutes >= 1);
        getElement().getClassList().set("hn-early", sameDay && minutes <= -1);
    }

    private String text(long minutes, boolean sameDay, AgendaSlot current) {
        if (current.start() == null || !sameDay) {
            return current.start() == null ? "" : getTranslation("live.planned.start", AgendaGrid.time(current.start()));
        }
        if (minutes >= 1) {
            return getTranslation("live.late", minutes);
        }
        if (minutes <= -1) {
            return getTranslation("live.early", -minutes);
        }
        return getTranslation("live.on.time");
    }
}
