import { afterEach, describe, expect, it, vi } from 'vitest';
import { authedFetch } from './authed-fetch';
import { getAccessToken, setAccessToken } from './token-store';

afterEach(() => {
  vi.unstubAllGlobals();
  setAccessToken(null);
});

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

describe('authedFetch', () => {
  it('sends the bearer token', async () => {
    setAccessToken('token-1');
    const fetchMock = vi.fn(async () => json([]));
    vi.stubGlobal('fetch', fetchMock);
    await authedFetch('/api/tickets');
    const headers = new Headers(
      (fetchMock.mock.calls[0] as unknown as [string, RequestInit])[1].headers,
    );
    expect(headers.get('Authorization')).toBe('Bearer token-1');
  });

  it('refreshes once on 401 and repeats the request with the new token', async () => {
    setAccessToken('old');
    const seen: string[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string, init?: RequestInit) => {
        if (url === '/auth/refresh') return json({ access_token: 'new', expires_in: 900 });
        const auth = new Headers(init?.headers).get('Authorization') ?? '';
        seen.push(auth);
        return auth === 'Bearer new' ? json([{ ok: true }]) : json({ code: 'PGRST301' }, 401);
      }),
    );
    const response = await authedFetch('/api/tickets');
    expect(response.status).toBe(200);
    expect(seen).toEqual(['Bearer old', 'Bearer new']);
    expect(getAccessToken()).toBe('new');
  });

  it('signs out when the refresh is refused', async () => {
    setAccessToken('old');
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string) => (url === '/auth/refresh' ? json({}, 401) : json({}, 401))),
    );
    const response = await authedFetch('/api/tickets');
    expect(response.status).toBe(401);
    expect(getAccessToken()).toBeNull();
  });
});
