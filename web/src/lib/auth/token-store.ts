/**
 * The access token lives only in memory (never localStorage), so a script injected into the
 * page cannot read a stored copy; the httpOnly refresh cookie restores it after a reload.
 */
type Listener = (token: string | null) => void;

let accessToken: string | null = null;
let expiresAt = 0;
const listeners = new Set<Listener>();

export function getAccessToken(): string | null {
  return accessToken;
}

/** True when the token is missing or expires within the next 20 seconds. */
export function tokenIsStale(now = Date.now()): boolean {
  return accessToken === null || now > expiresAt - 20_000;
}

export function setAccessToken(token: string | null, expiresInSeconds = 900): void {
  accessToken = token;
  expiresAt = token ? Date.now() + expiresInSeconds * 1000 : 0;
  for (const listener of listeners) listener(token);
}

export function onTokenChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The user id from the token's `sub` claim (display only; the server checks the signature). */
export function tokenSubject(token: string | null = accessToken): string | null {
  if (!token) return null;
  try {
    const payload = token.split('.')[1] ?? '';
    const json = atob(payload.replace(/-/g, '+').replace(/_/g, '/'));
    const claims = JSON.parse(json) as { sub?: unknown };
    return claims.sub === undefined ? null : String(claims.sub);
  } catch {
    return null;
  }
}
