/**
 * Registers the service worker (built into /sw.js) in production builds, so the app opens
 * with no network after the first visit. The dev server has no sw.js.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js').catch(() => {
      // Without it the app still works online; nothing to tell the person.
    });
  });
}

/** Forgets the cached answers of the data API (the signed-in person's data). */
export function clearOfflineData(): void {
  navigator.serviceWorker?.controller?.postMessage({ type: 'clear-data' });
}
