import { vi } from 'vitest';

type Handler = (url: URL, init: RequestInit | undefined) => unknown;

/**
 * Stubs fetch with answers by path ("/api/tickets" → rows). Records every request so tests
 * can check what was sent. Unknown paths answer 404 like the server would.
 */
export function fakeApi(routes: Record<string, unknown | Handler>) {
  const calls: { method: string; url: URL; body: unknown }[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(
      typeof input === 'string' ? input : input instanceof URL ? input.href : input.url,
      'http://localhost',
    );
    const method = init?.method ?? 'GET';
    const body = typeof init?.body === 'string' ? JSON.parse(init.body) : undefined;
    calls.push({ method, url, body });
    const route = routes[`${method} ${url.pathname}`] ?? routes[url.pathname];
    if (route === undefined) {
      return new Response(JSON.stringify({ code: 'PGRST205', message: 'not found' }), {
        status: 404,
      });
    }
    const payload = typeof route === 'function' ? (route as Handler)(url, init) : route;
    if (payload instanceof Response) return payload;
    return new Response(JSON.stringify(payload), {
      status: 200,
      headers: { 'Content-Type': 'application/json', 'Content-Range': '0-0/*' },
    });
  });
  vi.stubGlobal('fetch', fetchMock);
  return { calls, fetchMock };
}
