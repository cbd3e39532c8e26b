// The check-in desk's service worker (issue 21, the offline desk): lets the desk's page open and
// run without a signal. It keeps the app shell (the page and the bundles the desk loaded) and
// nothing else: GraphQL is never cached here (the desk keeps its own data and its queue of taps in
// IndexedDB), and every other page goes to the network untouched. Registered only by the desk's
// page (features/check-in/offline/register-desk-worker.ts), so the public pages never load it.
const CACHE = 'life-relay-desk-v1';
const SHELL = '/__desk-shell';
const DESK_PAGE = /^\/(desk\/?|drives\/[^/]+\/check-in\/?)$/;

self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) if (name.startsWith('life-relay-desk-') && name !== CACHE) await caches.delete(name);
      await self.clients.claim();
    })(),
  );
});

// The desk's page tells what it loaded (its bundles were fetched before this worker ran): keep
// exactly that, so a new release replaces the old bundles instead of piling up beside them.
self.addEventListener('message', (event) => {
  const data = event.data;
  if (!data || data.type !== 'keep-desk' || !Array.isArray(data.assets)) return;
  event.waitUntil(keep(data.assets.filter((url) => typeof url === 'string' && new URL(url, self.location.origin).pathname.startsWith('/assets/'))));
});

async function keep(assets) {
  const cache = await caches.open(CACHE);
  const shell = await fetch('/desk', { credentials: 'same-origin', cache: 'no-cache' }).catch(() => null);
  if (shell && shell.ok) await cache.put(SHELL, shell);
  const wanted = new Set(assets.map((url) => new URL(url, self.location.origin).href));
  for (const url of wanted) {
    if (await cache.match(url)) continue;
    const response = await fetch(url).catch(() => null);
    if (response && response.ok) await cache.put(url, response);
  }
  for (const request of await cache.keys()) {
    if (new URL(request.url).pathname.startsWith('/assets/') && !wanted.has(request.url)) await cache.delete(request);
  }
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === 'navigate' && DESK_PAGE.test(url.pathname)) {
    event.respondWith(deskPage(request));
  } else if (url.pathname.startsWith('/assets/')) {
    event.respondWith(asset(request, event.clientId));
  }
});

/** The network's page when there is one (a new release, a fresh nonce); the kept one without. */
async function deskPage(request) {
  try {
    const response = await fetch(request);
    if (response.ok) {
      const cache = await caches.open(CACHE);
      await cache.put(SHELL, response.clone());
    }
    return response;
  } catch (error) {
    const kept = await caches.match(SHELL);
    if (kept) return kept;
    throw error;
  }
}

/** Hashed bundles never change: the kept copy, else the network's (kept for next time when the desk asked). */
async function asset(request, clientId) {
  const kept = await caches.match(request);
  if (kept) return kept;
  const response = await fetch(request);
  const client = clientId ? await self.clients.get(clientId) : null;
  if (response.ok && client && DESK_PAGE.test(new URL(client.url).pathname)) {
    const cache = await caches.open(CACHE);
    await cache.put(request, response.clone());
  }
  return response;
}
