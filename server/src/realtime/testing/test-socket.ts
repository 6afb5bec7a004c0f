import { SignJWT } from 'jose';
import type pg from 'pg';
import { WebSocket } from 'ws';

/** A /ws client for tests and the bench: records what arrives and how it closed. */
export interface TestSocket {
  ws: WebSocket;
  messages: Record<string, unknown>[];
  closed: Promise<{ code: number; reason: string }>;
  send(message: unknown): void;
  /** Resolves with the first message (already received or arriving) that matches. */
  waitFor(
    match: (message: Record<string, unknown>) => boolean,
    timeoutMs?: number,
  ): Promise<Record<string, unknown>>;
  close(): void;
}

export async function openSocket(url: string): Promise<TestSocket> {
  const ws = new WebSocket(url);
  const messages: Record<string, unknown>[] = [];
  const waiters = new Set<() => void>();
  ws.on('message', (data) => {
    messages.push(JSON.parse(String(data)));
    for (const wake of waiters) wake();
  });
  const closed = new Promise<{ code: number; reason: string }>((resolve) => {
    ws.on('close', (code, reason) => resolve({ code, reason: String(reason) }));
  });
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  return {
    ws,
    messages,
    closed,
    send: (message) => ws.send(typeof message === 'string' ? message : JSON.stringify(message)),
    waitFor(match, timeoutMs = 5_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = messages.find(match);
          if (!found) return false;
          waiters.delete(check);
          clearTimeout(timer);
          resolve(found);
          return true;
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`no matching message in ${timeoutMs} ms`));
        }, timeoutMs);
        if (!check()) waiters.add(check);
      });
    },
    close: () => ws.close(),
  };
}

/** Opens a socket and signs in with `token`, resolving once the server says ready. */
export async function openReadySocket(url: string, token: string): Promise<TestSocket> {
  const socket = await openSocket(url);
  socket.send({ type: 'auth', token });
  await socket.waitFor((m) => m.type === 'ready');
  return socket;
}

/** An active session row for a user, made as the auth server would (owner connection). */
export async function createSession(owner: pg.Pool, userId: number): Promise<string> {
  const { rows } = await owner.query<{ session_id: string }>(
    `insert into app.user_sessions (user_id, is_active) values ($1, true) returning session_id`,
    [userId],
  );
  return rows[0]?.session_id as string;
}

/** An access token like the auth server's: HS256, role, sub, sid, aud. */
export function mintAccessToken(
  secret: string,
  claims: { sub: number; sid: string; role?: string },
  options: { audience?: string; expiresIn?: string | number } = {},
): Promise<string> {
  return new SignJWT({ role: claims.role ?? 'authenticated', sid: claims.sid })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(String(claims.sub))
    .setAudience(options.audience ?? 'crewlog')
    .setIssuedAt()
    .setExpirationTime(options.expiresIn ?? '15m')
    .sign(new TextEncoder().encode(secret));
}
