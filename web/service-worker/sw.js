// Crewlog's service worker. The build (web/service-worker/plugin.mjs) fills in the version
// and the list of every file of the web app, so the whole app — every page's chunk — loads
// with no network once it has been opened one time.
const VERSION = '__CREWLOG_VERSION__';
const PRECACHE = __CREWLOG_PRECACHE__;
const SHELL_CACHE = `crewlog-shell-${VERSION}`;
// Last-known answers of the data API and files, so pages show something offline. They are
// the signed-in person's data: the app clears this cache on sign-in and sign-out.
const DATA_CACHE = 'crewlog-data';
const OFFLINE_HEADER = 'X-Crewlog-Offline';

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(SHELL_CACHE)
      .then((cache) => cache.addAll(PRECACHE))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys
            .filter((key) => key.startsWith('crewlog-shell-') && key !== SHELL_CACHE)
            .map((key) => caches.delete(key)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    event.respondWith(pageLoad(request));
  } else if (
    url.pathname.startsWith('/api/') ||
    url.pathname.startsWith('/files/') ||
    // Who is signed in: lets the app open offline on this device's data.
    url.pathname === '/auth/me'
  ) {
    event.respondWith(networkFirst(request));
  } else if (PRECACHE.includes(url.pathname)) {
    event.respondWith(caches.match(url.pathname).then((hit) => hit ?? fetch(request)));
  }
});

/** Page addresses are the app's own routes: the network's answer, else the cached app. */
async function pageLoad(request) {
  try {
    return await fetch(request);
  } catch (error) {
    const app = await caches.match('/index.html');
    if (app) return app;
    throw error;
  }
}

/** Fresh data when the network answers; the last answer (marked as such) when it does not. */
async function networkFirst(request) {
  const cache = await caches.open(DATA_CACHE);
  try {
    const response = await fetch(request);
    // The Cache API refuses partial answers (206, a counted page of a list).
    if (response.status === 200) await cache.put(request, response.clone());
    return response;
  } catch (error) {
    const hit = await cache.match(request);
    if (!hit) throw error;
    const headers = new Headers(hit.headers);
    headers.set(OFFLINE_HEADER, '1');
    return new Response(hit.body, { status: hit.status, statusText: hit.statusText, headers });
  }
}

self.addEventListener('message', (event) => {
  if (event.data?.type === 'clear-data') {
    event.waitUntil(caches.delete(DATA_CACHE));
  }
});

// Background Sync: the browser says the network is back; the open app sends its queue.
self.addEventListener('sync', (event) => {
  if (event.tag !== 'crewlog-outbox') return;
  event.waitUntil(
    self.clients.matchAll({ type: 'window' }).then((clients) => {
      for (const client of clients) client.postMessage({ type: 'flush-outbox' });
    }),
  );
});

self.addEventListener('push', (event) => {
  let message = { title: 'Crewlog', body: '', url: '/home' };
  try {
    message = { ...message, ...event.data.json() };
  } catch {
    // A message that is not ours to read is still shown, with our own title.
  }
  event.waitUntil(
    self.registration.showNotification(message.title, {
      body: message.body,
      tag: message.tag,
      data: { url: message.url },
      icon: '/icons/icon-192.png',
      badge: '/icons/icon-192.png',
    }),
  );
});

self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  const target = new URL(event.notification.data?.url ?? '/home', self.location.origin);
  // Only addresses of this site are opened.
  const path = target.origin === self.location.origin ? target.pathname + target.search : '/home';
  event.waitUntil(
    self.clients.matchAll({ type: 'window', includeUncontrolled: true }).then((clients) => {
      const open = clients.find((client) => 'focus' in client);
      if (open) return open.navigate(path).then((client) => client?.focus());
      return self.clients.openWindow(path);
    }),
  );
});
