package vn.hoinghi.invitation.ui;

import com.vaadin.flow.component.Component;

/**
 * Keeps the delegate's offline card on the phone (decision 038): registers the service worker scoped to /moi/, links
 * the link's web app manifest (so the page can be installed), and stores the server-made card under the link's own
 * address, which the worker answers with when the network fails. A link that no longer opens forgets its card.
 */
final class OfflineCard {

    /** The cache the worker reads; the worker's script names the same one. */
    static final String CACHE = "hn-moi-v1";

    private OfflineCard() {
    }

    static void keep(Component page, String code) {
        String language = "en".equals(vn.hoinghi.base.Texts.current().getLanguage()) ? "?lang=en" : "";
        page.getElement().executeJs("""
                const code = $0, cache = $1, language = $2;
                let manifest = document.querySelector('link[rel=manifest]');
                if (!manifest) {
                  manifest = document.createElement('link');
                  manifest.rel = 'manifest';
                  document.head.appendChild(manifest);
                }
                manifest.href = '/moi-the/' + code + '/manifest.webmanifest' + language;
                if (!('serviceWorker' in navigator) || !window.caches) return;
                navigator.serviceWorker.register('/moi/sw.js', {scope: '/moi/'}).catch(() => {});
                fetch('/moi-the/' + code + language, {cache: 'no-store', credentials: 'omit'})
                  .then(r => r.ok ? caches.open(cache).then(c => c.put('/moi/' + code, r)) : null)
                  .catch(() => {});
                """, code, CACHE, language);
    }

    static void forget(Component page, String code) {
        if (code == null) {
            return;
        }
        page.getElement().executeJs("""
                if (window.caches) caches.open($1).then(c => c.delete('/moi/' + $0)).catch(() => {});
                """, code, CACHE);
    }
}
