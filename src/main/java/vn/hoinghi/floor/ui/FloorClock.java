package vn.hoinghi.floor.ui;

import com.vaadin.flow.component.html.Span;
import java.time.Duration;

/**
 * How long the speaker has had the floor, ticking in the browser from the value the server computed: the browser
 * counts only the time since the value arrived, so a wrong clock on the phone or screen does not matter.
 */
class FloorClock extends Span {

    FloorClock() {
        addClassName("hn-floor-clock");
    }

    void show(Duration spoken) {
        setText(text(spoken));
        getElement().executeJs("""
                const el = this;
                el._v = $0; el._t0 = performance.now();
                el._tick = () => {
                  if (!el.isConnected) { clearInterval(el._timer); el._timer = null; return; }
                  const s = Math.floor((el._v + performance.now() - el._t0) / 1000);
                  const p = n => String(n).padStart(2, '0');
                  el.textContent = p(Math.floor(s / 60)) + ':' + p(s % 60);
                };
                if (!el._timer) { el._timer = setInterval(() => el._tick && el._tick(), 500); }
                el._tick();
                """, spoken.toMillis());
    }

    /** "mm:ss" of a time spoken. */
    static String text(Duration spoken) {
        long s = Math.max(0, spoken.toSeconds());
        return "%02d:%02d".formatted(s / 60, s % 60);
    }
}
