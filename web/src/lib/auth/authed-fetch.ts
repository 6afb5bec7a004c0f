import { NetworkError } from '../api-error';
import { getAccessToken, setAccessToken, tokenIsStale } from './token-store';

interface TokenResponse {
  access_token: string;
  expires_in?: number;
}

let refreshing: Promise<boolean> | null = null;

/**
 * Asks for a new access token with the refresh cookie. Concurrent callers share one request,
 * because the server rotates the refresh token and a second parallel refresh would fail.
 */
export function refreshAccessToken(): Promise<boolean> {
  refreshing ??= (async () => {
    try {
      const response = await fetch('/auth/refresh', { method: 'POST', credentials: 'same-origin' });
      if (!response.ok) {
        setAccessToken(null);
        return false;
      }
      const body = (await response.json()) as TokenResponse;
      setAccessToken(body.access_token, body.expires_in);
      return true;
    } catch {
      return false;
    } finally {
      refreshing = null;
    }
  })();
  return refreshing;
}

async function send(input: RequestInfo | URL, init: RequestInit | undefined): Promise<Response> {
  const headers = new Headers(init?.headers);
  const token = getAccessToken();
  if (token) headers.set('Authorization', `Bearer ${token}`);
  try {
    return await fetch(input, { ...init, headers, credentials: 'same-origin' });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new NetworkError();
  }
}

/** fetch with the bearer token; refreshes once when the token is stale or refused. */
export async function authedFetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  if (getAccessToken() && tokenIsStale()) await refreshAccessToken();
  const response = await send(input, init);
  if (response.status !== 401 || !getAccessToken()) return response;
  const refreshed = await refreshAccessToken();
  return refreshed ? send(input, init) : response;
}
