import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/test-database';
import {
  type AuthTestApp,
  authTestApp,
  bearer,
  createUser,
  type Device,
  dataApiAccepts,
  loginAs,
} from './auth-test-kit';
import { REFRESH_COOKIE } from './refresh-cookie';

let db: TestDatabase;
let t: AuthTestApp;
const ids: Record<string, number> = {};

beforeAll(async () => {
  db = await createTestDatabase();
  for (const alias of ['fay', 'gus', 'hal', 'ivy']) ids[alias] = await createUser(db, alias);
  ids.root = await createUser(db, 'root', 'admin');
  t = await authTestApp(db);
});
afterAll(async () => {
  await t?.app.close();
  await db?.drop();
});

/** Logs in on several devices a second apart (the oldest login is the first revoked). */
/** Typed as four devices; callers destructure only as many as they asked for. */
async function devices(alias: string, count: number): Promise<[Device, Device, Device, Device]> {
  const out: Device[] = [];
  for (let i = 1; i <= count; i++) {
    out.push(await loginAs(t.app, alias, { device: `${alias} device ${i}` }));
    t.clock.advance(1_000);
  }
  return out as [Device, Device, Device, Device];
}

const me = (accessToken: string) =>
  t.app.inject({ method: 'GET', url: '/auth/me', headers: bearer(accessToken) });

describe('device sessions', () => {
  it('lets the fourth device’s login revoke the first; the first is then refused, on the API too', async () => {
    const [first, second, third, fourth] = await devices('fay', 4);
    expect(await dataApiAccepts(db, first.accessToken)).toBe(false);
    const refused = await me(first.accessToken);
    expect(refused.statusCode).toBe(401);
    expect(refused.json()).toMatchObject({ code: 'session_ended' });
    for (const device of [second, third, fourth]) {
      expect(await dataApiAccepts(db, device.accessToken)).toBe(true);
      expect((await me(device.accessToken)).statusCode).toBe(200);
    }
    const revoke = await db.owner.query(
      `select changes from app.history where table_name = 'user_sessions' and record_id = $1 and action = 'revoke'`,
      [first.sessionId],
    );
    expect(revoke.rows[0]?.changes).toMatchObject({ reason: 'session_limit' });
  });

  it('logs out this device only: the others keep working', async () => {
    const [a, b] = await devices('gus', 2);
    const out = await t.app.inject({
      method: 'POST',
      url: '/auth/logout',
      cookies: { [REFRESH_COOKIE]: a.refreshToken },
    });
    expect(out.statusCode).toBe(204);
    expect(out.cookies.find((c) => c.name === REFRESH_COOKIE)?.value).toBe('');
    expect(await dataApiAccepts(db, a.accessToken)).toBe(false);
    expect(await dataApiAccepts(db, b.accessToken)).toBe(true);
    const logout = await db.owner.query(
      `select 1 from app.history where table_name = 'user_sessions' and record_id = $1 and action = 'logout'`,
      [a.sessionId],
    );
    expect(logout.rowCount).toBe(1);
    // Its refresh token is dead too.
    const again = await t.app.inject({
      method: 'POST',
      url: '/auth/refresh',
      cookies: { [REFRESH_COOKIE]: a.refreshToken },
    });
    expect(again.statusCode).toBe(401);
  });

  it('logs out by access token when a client has no cookie', async () => {
    const [a, b] = await devices('hal', 2);
    const out = await t.app.inject({
      method: 'POST',
      url: '/auth/logout',
      headers: bearer(a.accessToken),
    });
    expect(out.statusCode).toBe(204);
    expect(await dataApiAccepts(db, a.accessToken)).toBe(false);
    expect(await dataApiAccepts(db, b.accessToken)).toBe(true);
  });

  it('expires a session after 24 hours without activity (moving the clock, not sleeping)', async () => {
    const [device] = await devices('ivy', 1);
    t.clock.advance(23 * 3600_000);
    const stillAlive = await t.app.inject({
      method: 'POST',
      url: '/auth/refresh',
      cookies: { [REFRESH_COOKIE]: device.refreshToken },
    });
    expect(stillAlive.statusCode).toBe(200); // activity at 23 h restarts the 24 h
    const rotated = stillAlive.cookies.find((c) => c.name === REFRESH_COOKIE)?.value as string;
    t.clock.advance(24 * 3600_000 + 60_000);
    const expired = await t.app.inject({
      method: 'POST',
      url: '/auth/refresh',
      cookies: { [REFRESH_COOKIE]: rotated },
    });
    expect(expired.statusCode).toBe(401);
    expect(expired.json()).toMatchObject({ code: 'session_ended' });
    const row = await db.owner.query(
      'select is_active from app.user_sessions where session_id = $1',
      [device.sessionId],
    );
    expect(row.rows[0].is_active).toBe(false);
  });

  it('has the data API refuse a session idle for 24 hours and record activity at most once a minute', async () => {
    const device = await loginAs(t.app, 'gus', { device: 'gus laptop' });
    const seen = async () =>
      (
        await db.owner.query(
          'select last_accessed_at from app.user_sessions where session_id = $1',
          [device.sessionId],
        )
      ).rows[0].last_accessed_at as Date;
    await db.owner.query(
      `update app.user_sessions set last_accessed_at = now() - interval '2 minutes' where session_id = $1`,
      [device.sessionId],
    );
    const before = await seen();
    expect(await dataApiAccepts(db, device.accessToken)).toBe(true);
    const touched = await seen();
    expect(touched.getTime()).toBeGreaterThan(before.getTime());
    expect(await dataApiAccepts(db, device.accessToken)).toBe(true);
    expect((await seen()).getTime()).toBe(touched.getTime()); // within the minute: no write
    await db.owner.query(
      `update app.user_sessions set last_accessed_at = now() - interval '24 hours 1 minute' where session_id = $1`,
      [device.sessionId],
    );
    expect(await dataApiAccepts(db, device.accessToken)).toBe(false);
  });
});

describe('GET and DELETE /auth/sessions', () => {
  it('lists my live sessions with the current one marked', async () => {
    const [a, b] = await devices('hal', 2);
    const response = await t.app.inject({
      method: 'GET',
      url: '/auth/sessions',
      headers: bearer(b.accessToken),
    });
    expect(response.statusCode).toBe(200);
    const { sessions } = response.json();
    expect(sessions.every((s: { user_id: number }) => s.user_id === ids.hal)).toBe(true);
    expect(sessions.filter((s: { is_current: boolean }) => s.is_current)).toEqual([
      expect.objectContaining({ session_id: b.sessionId, device_info: 'hal device 2' }),
    ]);
    expect(sessions.map((s: { session_id: string }) => s.session_id)).toContain(a.sessionId);
  });

  it('revokes one of mine; its token is refused at once', async () => {
    const [a, b] = await devices('fay', 2);
    const response = await t.app.inject({
      method: 'DELETE',
      url: `/auth/sessions/${a.sessionId}`,
      headers: bearer(b.accessToken),
    });
    expect(response.statusCode).toBe(204);
    expect(await dataApiAccepts(db, a.accessToken)).toBe(false);
    expect(await dataApiAccepts(db, b.accessToken)).toBe(true);
  });

  it('neither shows nor revokes other people’s sessions to a field user', async () => {
    const [victim] = await devices('ivy', 1);
    const [other] = await devices('gus', 1);
    const list = await t.app.inject({
      method: 'GET',
      url: `/auth/sessions?user_id=${ids.ivy}`,
      headers: bearer(other.accessToken),
    });
    expect(list.json()).toEqual({ sessions: [] });
    const revoke = await t.app.inject({
      method: 'DELETE',
      url: `/auth/sessions/${victim.sessionId}`,
      headers: bearer(other.accessToken),
    });
    expect(revoke.statusCode).toBe(404);
    expect(revoke.json()).toMatchObject({ code: 'session_not_found' });
    expect(await dataApiAccepts(db, victim.accessToken)).toBe(true);
  });

  it('lets an admin list and revoke anyone’s', async () => {
    const [victim] = await devices('ivy', 1);
    const [admin] = await devices('root', 1);
    const list = await t.app.inject({
      method: 'GET',
      url: `/auth/sessions?user_id=${ids.ivy}`,
      headers: bearer(admin.accessToken),
    });
    expect(list.json().sessions.map((s: { session_id: string }) => s.session_id)).toContain(
      victim.sessionId,
    );
    const revoke = await t.app.inject({
      method: 'DELETE',
      url: `/auth/sessions/${victim.sessionId}`,
      headers: bearer(admin.accessToken),
    });
    expect(revoke.statusCode).toBe(204);
    expect(await dataApiAccepts(db, victim.accessToken)).toBe(false);
  });

  it('refuses these routes without a token, and answers a bad session id 400', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/auth/sessions' })).json()).toMatchObject({
      code: 'token_missing',
    });
    const [device] = await devices('hal', 1);
    const bad = await t.app.inject({
      method: 'DELETE',
      url: '/auth/sessions/not-a-uuid',
      headers: bearer(device.accessToken),
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ code: 'invalid_params' });
  });
});
