package vn.hoinghi.rehearsal.ui;

import com.vaadin.flow.component.HasStyle;
import java.time.Instant;
import vn.hoinghi.base.Times;
import vn.hoinghi.rehearsal.RehearsalState;

/** How the rehearsal's states and times look wherever they are shown: one colour class per state, times as HH:mm. */
final class RehearsalLook {

    private RehearsalLook() {
    }

    static void mark(HasStyle component, RehearsalState state) {
        for (RehearsalState s : RehearsalState.values()) {
            component.setClassName("hn-reh-" + s, s == state);
        }
    }

    static String time(Instant at) {
        return at == null ? "" : Times.TIME.format(Times.local(at));
    }
}
