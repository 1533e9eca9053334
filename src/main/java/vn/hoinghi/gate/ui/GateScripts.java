package vn.hoinghi.gate.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.textfield.TextField;
import vn.hoinghi.checkin.CheckinReason;

/**
 * The little browser code of the gate: keeping the scanner's field focused, and the beeps. On touch screens the
 * field is not focused by force, so the on-screen keyboard does not pop up over the result.
 */
final class GateScripts {

    /** Clicks on empty parts of the page and stray keystrokes (a scanner typing) go back to the code field. */
    private static final String KEEP_FOCUS = """
            const field = this;
            if (field.__hnKeepFocus) { return; }
            const busy = () => {
              if (!field.isConnected) {
                document.removeEventListener('click', onClick);
                document.removeEventListener('keydown', onKey, true);
                return true;
              }
              return document.querySelector('vaadin-dialog[opened]') || matchMedia('(pointer: coarse)').matches;
            };
            const interactive = 'input,textarea,select,button,a,label,vaadin-text-field,vaadin-button,vaadin-dialog,'
                + 'vaadin-combo-box,vaadin-select,vaadin-grid,vaadin-side-nav,vaadin-drawer-toggle,vaadin-notification-card';
            const onClick = e => {
              if (busy() || String(window.getSelection ? window.getSelection() : '').length) { return; }
              if (e.composedPath().some(n => n instanceof Element && n.matches(interactive))) { return; }
              field.focus();
            };
            const onKey = e => {
              const active = document.activeElement;
              if (busy() || (active && active !== document.body) || e.ctrlKey || e.altKey || e.metaKey) { return; }
              if (e.key.length === 1) { field.focus(); }
            };
            field.__hnKeepFocus = true;
            document.addEventListener('click', onClick);
            document.addEventListener('keydown', onKey, true);
            """;

    private static final String CLEAR_AND_FOCUS = """
            this.value = '';
            if (!matchMedia('(pointer: coarse)').matches || this.hasAttribute('focused')) { this.focus(); }
            """;

    /** A high short beep (welcome), two middle beeps (already in), a low long buzz (refused). */
    private static final String SOUND = """
            window.__hnLastSound = $0;
            const AC = window.AudioContext || window.webkitAudioContext;
            if (!AC) { return; }
            const ctx = window.__hnAudio || (window.__hnAudio = new AC());
            if (ctx.state === 'suspended') { ctx.resume(); }
            const plans = {
              ok: [[1320, 0, 0.12, 'sine', 0.35]],
              already: [[660, 0, 0.12, 'sine', 0.35], [660, 0.2, 0.12, 'sine', 0.35]],
              refused: [[140, 0, 0.7, 'square', 0.12]]
            };
            const t0 = ctx.currentTime + 0.02;
            for (const [freq, at, length, type, volume] of plans[$0]) {
              const osc = ctx.createOscillator();
              const gain = ctx.createGain();
              osc.type = type;
              osc.frequency.value = freq;
              gain.gain.setValueAtTime(0.0001, t0 + at);
              gain.gain.exponentialRampToValueAtTime(volume, t0 + at + 0.01);
              gain.gain.setValueAtTime(volume, t0 + at + length - 0.03);
              gain.gain.exponentialRampToValueAtTime(0.0001, t0 + at + length);
              osc.connect(gain).connect(ctx.destination);
              osc.start(t0 + at);
              osc.stop(t0 + at + length + 0.02);
            }
            """;

    private GateScripts() {
    }

    static void keepFocus(TextField field) {
        field.getElement().executeJs(KEEP_FOCUS);
    }

    static void clearAndFocus(TextField field) {
        field.getElement().executeJs(CLEAR_AND_FOCUS);
    }

    static void sound(Component on, CheckinReason reason) {
        on.getElement().executeJs(SOUND, soundOf(reason));
    }

    static String soundOf(CheckinReason reason) {
        return switch (reason) {
            case OK -> "ok";
            case ALREADY -> "already";
            default -> "refused";
        };
    }
}
