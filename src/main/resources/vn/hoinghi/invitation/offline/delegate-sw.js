// The delegate's link offline (decision 038). Scoped to /moi/: a navigation to a delegate's link goes to the network
// first; when the network fails, the phone's own copy of that link's card (stored by the page under the link's address,
// cache "hn-moi-v1") is shown instead. Nothing else is cached or answered here.
const CACHE = 'hn-moi-v1';

self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', event => event.waitUntil(self.clients.claim()));

self.addEventListener('fetch', event => {
  const request = event.request;
  if (request.mode !== 'navigate' || request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || !url.pathname.startsWith('/moi/')) return;
  event.respondWith(fetch(request).catch(() =>
    caches.open(CACHE).then(cache => cache.match(url.pathname)).then(card => card || Response.error())));
});
