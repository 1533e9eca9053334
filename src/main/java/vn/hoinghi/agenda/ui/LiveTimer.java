package vn.hoinghi.agenda.ui;

import com.vaadin.flow.component.html.Span;
import java.time.Duration;
import vn.hoinghi.agenda.AgendaLive;

/**
 * A clock that ticks in the browser from the value the server computed from the stored instants: elapsed counts
 * up, remaining counts down and turns red past zero. The browser measures only the time since the value arrived
 * (its own monotonic clock), so a wrong clock on the screen's computer does not matter.
 */
class LiveTimer extends Span {

    private final boolean countDown;

    LiveTimer(boolean countDown, String className) {
        this.countDown = countDown;
        addClassNames("hn-live-timer", className);
    }

    void show(Duration value, boolean running) {
        setText(AgendaLive.clock(value));
        getElement().getClassList().set("hn-live-over", countDown && value.isNegative());
        getElement().executeJs("""
                const el = this;
                el._v = $0; el._run = $1; el._down = $2; el._t0 = performance.now();
                el._tick = () => {
                  if (!el.isConnected) { clearInterval(el._timer); el._timer = null; return; }
                  const d = el._run ? performance.now() - el._t0 : 0;
                  const v = el._down ? el._v - d : el._v + d;
                  let s = el._down ? Math.ceil(v / 1000) : Math.floor(v / 1000);
                  const neg = s < 0; s = Math.abs(s);
                  const p = n => String(n).padStart(2, '0');
                  el.textContent = (neg ? '-' : '') + (s >= 3600 ? Math.floor(s / 3600) + ':' + p(Math.floor(s / 60) % 60)
                      : p(Math.floor(s / 60))) + ':' + p(s % 60);
                  el.classList.toggle('hn-live-over', el._down && neg);
                };
                if (!el._timer) { el._timer = setInterval(() => el._tick && el._tick(), 250); }
                el._tick();
                """, value.toMillis(), running, countDown);
    }
}
