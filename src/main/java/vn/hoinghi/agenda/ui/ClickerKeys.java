package vn.hoinghi.agenda.ui;

import com.vaadin.flow.component.Component;

/**
 * The keys that move the programme, from the keyboard or a presentation clicker (which sends PageDown/PageUp):
 * next, previous, pause. Ignored while the MC types in a field. The view receives them in {@code key(String)}.
 */
final class ClickerKeys {

    private static final String LISTEN = """
                const el = this;
                if (window.__hnMcKeys) { document.removeEventListener('keydown', window.__hnMcKeys); }
                window.__hnMcKeys = e => {
                  if (!el.isConnected) { document.removeEventListener('keydown', window.__hnMcKeys); return; }
                  const t = e.composedPath()[0];
                  const tag = t && t.tagName ? t.tagName.toUpperCase() : '';
                  if (t && (t.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(tag))) { return; }
                  if (e.ctrlKey || e.altKey || e.metaKey || e.repeat) { return; }
                  let k = null;
                  if (['PageDown', 'ArrowRight', 'n', 'N'].includes(e.key) || (e.key === ' ' && !tag.includes('BUTTON'))) { k = 'next'; }
                  else if (['PageUp', 'ArrowLeft', 'b', 'B'].includes(e.key)) { k = 'previous'; }
                  else if (['p', 'P'].includes(e.key)) { k = 'pause'; }
                  if (k) { e.preventDefault(); el.$server.key(k); }
                };
                document.addEventListener('keydown', window.__hnMcKeys);
                """;

    private ClickerKeys() {
    }

    static void listen(Component view) {
        view.getElement().executeJs(LISTEN);
    }
}
