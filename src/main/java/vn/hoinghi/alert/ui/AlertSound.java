package vn.hoinghi.alert.ui;

import com.vaadin.flow.component.Component;

/**
 * The banner's sound, and the room it takes: a browser plays sound only after a gesture on the page, so the banner offers "turn the sound
 * on" once; the choice is kept in the tab (sessionStorage) and the audio wakes at the next touch after a reload. Each
 * alarm played is counted on {@code window.__hnAlertSounds}, which the browser test reads.
 */
final class AlertSound {

    /** $0: the "turn the sound on" button. Hides it once the tab has chosen; binds it once. */
    private static final String INIT = """
            const banner = this, button = $0;
            const on = () => sessionStorage.getItem('hn-alert-sound') === '1';
            const audio = () => {
              const AC = window.AudioContext || window.webkitAudioContext;
              if (!AC) { return null; }
              const ctx = window.__hnAlertAudio || (window.__hnAlertAudio = new AC());
              if (ctx.state === 'suspended') { ctx.resume(); }
              return ctx;
            };
            window.__hnAlertSounds = window.__hnAlertSounds || 0;
            button.hidden = on();
            if (!button.__hnBound) {
              button.__hnBound = true;
              button.addEventListener('click', () => {
                sessionStorage.setItem('hn-alert-sound', '1');
                audio();
                button.hidden = true;
              });
            }
            if (on() && !window.__hnAlertWake) {
              window.__hnAlertWake = true;
              const wake = () => audio();
              document.addEventListener('pointerdown', wake, {once: true});
              document.addEventListener('keydown', wake, {once: true});
            }
            if (!banner.__hnResize && window.ResizeObserver) {
              // the screen under the banner (the wall's rows) makes room for it: --hn-alert-height on the parent
              banner.__hnResize = new ResizeObserver(() => {
                const parent = banner.parentElement, height = banner.offsetHeight;
                if (parent) { parent.style.setProperty('--hn-alert-height', height ? (height + 8) + 'px' : '0px'); }
              });
              banner.__hnResize.observe(banner);
            }
            banner.__hnAlertPlay = () => {
              if (!on()) { return; }
              window.__hnAlertSounds++;
              const ctx = audio();
              if (!ctx) { return; }
              const t0 = ctx.currentTime + 0.02;
              [[880, 0], [660, 0.3], [880, 0.6], [660, 0.9]].forEach(([freq, at]) => {
                const osc = ctx.createOscillator();
                const gain = ctx.createGain();
                osc.type = 'square';
                osc.frequency.value = freq;
                gain.gain.setValueAtTime(0.0001, t0 + at);
                gain.gain.exponentialRampToValueAtTime(0.2, t0 + at + 0.01);
                gain.gain.setValueAtTime(0.2, t0 + at + 0.25);
                gain.gain.exponentialRampToValueAtTime(0.0001, t0 + at + 0.28);
                osc.connect(gain).connect(ctx.destination);
                osc.start(t0 + at);
                osc.stop(t0 + at + 0.3);
              });
            };
            """;

    private AlertSound() {
    }

    static void init(Component banner, Component soundOn) {
        banner.getElement().executeJs(INIT, soundOn.getElement());
    }

    /** The alarm, if the tab turned the sound on. */
    static void play(Component banner) {
        banner.getElement().executeJs("if (this.__hnAlertPlay) { this.__hnAlertPlay(); }");
    }
}
