package vn.hoinghi.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.options.LoadState;
import java.util.List;
import java.util.Map;

/** What a user of a page reads or hears: its texts, once the page has settled. */
final class PageTexts {

    /**
     * Text nodes a user sees (not hidden, not transparent: Vaadin's connection indicator keeps "Online" at opacity 0)
     * and the labelling attributes a screen reader reads (transparent or not: a Vaadin checkbox keeps its native input
     * at opacity 0), walking into open shadow roots (Vaadin's components render their own texts there), and the
     * document's title. Skips scripts, styles, templates, elements marked with the other language ({@code lang}
     * starting with the argument: shown so on purpose) and the language switch (it names each language in its own).
     */
    private static final String COLLECT = """
            skipLang => {
              const out = new Map();
              const attributes = ['aria-label', 'placeholder', 'title', 'label', 'alt'];
              const visible = (el, seen) => el.checkVisibility({visibilityProperty: true, opacityProperty: seen});
              const skipped = el => ['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT'].includes(el.tagName)
                  || (el.getAttribute('lang') || '').toLowerCase().startsWith(skipLang)
                  || el.classList.contains('hn-language');
              const up = node => node.parentNode && node.parentNode.host ? node.parentNode.host : node.parentNode;
              const where = el => {
                let owner = el;
                while (owner && owner.nodeType === Node.ELEMENT_NODE && !owner.tagName.includes('-')) owner = up(owner);
                const own = el.tagName.toLowerCase() + (el.classList.length ? '.' + el.classList[0] : '');
                return owner && owner.nodeType === Node.ELEMENT_NODE && owner !== el
                    ? own + ' in ' + owner.tagName.toLowerCase() + (owner.classList.length ? '.' + owner.classList[0] : '') : own;
              };
              const add = (text, el) => {
                const t = (text || '').replace(/\\s+/g, ' ').trim();
                if (t && !out.has(t)) out.set(t, el ? where(el) : 'document title');
              };
              const children = node => { for (const child of node.childNodes) visit(child); };
              const visit = node => {
                if (node.nodeType === Node.TEXT_NODE) {
                  const parent = node.parentElement || (node.parentNode && node.parentNode.host);
                  if (parent && visible(parent, true)) add(node.textContent, parent);
                  return;
                }
                if (node.nodeType !== Node.ELEMENT_NODE || skipped(node)) return;
                if (visible(node, false)) attributes.forEach(a => add(node.getAttribute(a), node));
                if (node.shadowRoot) children(node.shadowRoot);
                children(node);
              };
              add(document.title, null);
              children(document.body);
              return [...out].map(([text, place]) => ({text, place}));
            }
            """;

    /** True when Vaadin's client has no request in flight (as TestBench's waitForVaadin asks). */
    private static final String VAADIN_IDLE = """
            () => {
              const clients = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;
              return !!clients && Object.values(clients).every(c => !c.isActive || !c.isActive());
            }
            """;

    private PageTexts() {
    }

    /** Waits until the network is quiet (bounded: push and screens keep a line open) and Vaadin is idle. */
    static void settle(Page page) {
        try {
            page.waitForLoadState(LoadState.NETWORKIDLE, new Page.WaitForLoadStateOptions().setTimeout(10_000));
        } catch (PlaywrightException stillTalking) {
            // a page with a live connection never goes quiet; Vaadin's own idle check below is what counts
        }
        page.waitForFunction(VAADIN_IDLE, null, new Page.WaitForFunctionOptions().setTimeout(30_000));
        page.waitForTimeout(300); // components render their shadow texts in the frame after the response
    }

    /** A text and where it is: its element, and the component it belongs to (e.g. "span in vaadin-grid"). */
    record Text(String text, String place) {
    }

    /** The page's texts, leaving out what is marked as written in {@code skipLanguage} ("vi" or "en"). */
    @SuppressWarnings("unchecked")
    static List<Text> collect(Page page, String skipLanguage) {
        return ((List<Map<String, String>>) page.evaluate(COLLECT, skipLanguage)).stream()
                .map(t -> new Text(t.get("text"), t.get("place"))).toList();
    }
}
