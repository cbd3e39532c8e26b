// Installs the desk's service worker (public/desk-sw.js) from the desk's page only, and tells it
// which bundles this page loaded, so that the desk opens without a signal next time. Hand-written
// rather than vite-plugin-pwa/Workbox: the desk needs three rules (its page, the bundles it loaded,
// nothing else), a precache of the whole build would put the organizers' and public pages on every
// desk tablet, and the page is served with a fresh CSP nonce each time (apps/api/src/web), which a
// build-time precache manifest of index.html cannot hold.
export function registerDeskWorker(): void {
  if (!('serviceWorker' in navigator) || !window.isSecureContext) return;
  void navigator.serviceWorker
    .register('/desk-sw.js', { scope: '/' })
    .then(() => navigator.serviceWorker.ready)
    .then((registration) => {
      const assets = performance
        .getEntriesByType('resource')
        .map((entry) => entry.name)
        .filter((url) => new URL(url).origin === location.origin && new URL(url).pathname.startsWith('/assets/'));
      // The page's own entry script and styles are in the document, not always among the resources.
      document.querySelectorAll<HTMLScriptElement | HTMLLinkElement>('script[src], link[rel="stylesheet"], link[rel="modulepreload"]').forEach((el) => {
        const url = 'src' in el && el.src ? el.src : 'href' in el ? el.href : '';
        if (url && new URL(url).pathname.startsWith('/assets/')) assets.push(url);
      });
      registration.active?.postMessage({ type: 'keep-desk', assets: [...new Set(assets)] });
    })
    .catch(() => {
      // Without the worker the desk still works while the page stays open; it just cannot be reopened offline.
    });
}
