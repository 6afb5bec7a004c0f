import { decodeJwt, decodeProtectedHeader } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/test-database';
import {
  type AuthTestApp,
  authTestApp,
  createUser,
  loginAs,
  PASSWORD,
  refreshCookieOf,
} from './auth-test-kit';

let db: TestDatabase;
let t: AuthTestApp;
const ids: Record<string, number> = {};

beforeAll(async () => {
  db = await createTestDatabase();
  for (const alias of ['alice', 'bob', 'carol', 'dave', 'erin'])
    ids[alias] = await createUser(db, alias);
  t = await authTestApp(db);
});
afterAll(async () => {
  await t?.app.close();
  await db?.drop();
});

const attempt = (email: string, password: string, remoteAddress = '127.0.0.1') =>
  t.app.inject({ method: 'POST', url: '/auth/login', payload: { email, password }, remoteAddress });

describe('POST /auth/login', () => {
  it('answers an access token, the user and an httpOnly SameSite=Lax refresh cookie', async () => {
    const { response, accessToken } = await loginAs(t.app, 'alice');
    const body = response.json();
    expect(body).toMatchObject({ token_type: 'bearer', expires_in: 900 });
    expect(body.user).toMatchObject({
      user_id: ids.alice,
      alias: 'alice',
      email: 'alice@example.com',
    });
    expect(decodeProtectedHeader(accessToken).alg).toBe('HS256');
    const claims = decodeJwt(accessToken);
    expect(claims).toMatchObject({ role: 'authenticated', sub: String(ids.alice), aud: 'crewlog' });
    expect(Number(claims.exp) - Number(claims.iat)).toBe(900);
    const cookie = response.cookies.find((c) => c.name === 'crewlog_refresh');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/auth' });
    expect(cookie?.secure).toBeFalsy(); // Secure in production only (see the config test below)
    const session = await db.owner.query(
      'select device_info, host(ip_address) as ip, is_active from app.user_sessions where session_id = $1',
      [claims.sid],
    );
    expect(session.rows[0]).toEqual({
      device_info: "alice's phone",
      ip: '127.0.0.1',
      is_active: true,
    });
  });

  it('marks the refresh cookie Secure in production', async () => {
    const prod = await authTestApp(db, {
      NODE_ENV: 'production',
      JWT_SECRET: 'x'.repeat(40),
      ENCRYPTION_KEY: 'y'.repeat(40),
    });
    const { response } = await loginAs(prod.app, 'dave');
    expect(response.cookies.find((c) => c.name === 'crewlog_refresh')?.secure).toBe(true);
    await prod.app.close();
  });

  it('gives an unknown email exactly the answer a wrong password gets', async () => {
    const unknown = await attempt('nobody@example.com', 'whatever-password', '10.1.0.1');
    const wrong = await attempt('bob@example.com', 'wrong-password', '10.1.0.1');
    expect(unknown.statusCode).toBe(401);
    expect(wrong.statusCode).toBe(401);
    expect(unknown.body).toBe(wrong.body);
    expect(unknown.json()).toEqual({
      code: 'invalid_credentials',
      message: 'The email or password is wrong.',
    });
    const headerNames = (r: typeof unknown) =>
      Object.keys(r.headers)
        .filter((h) => !['date', 'x-ratelimit-remaining', 'x-ratelimit-reset'].includes(h))
        .sort();
    expect(headerNames(unknown)).toEqual(headerNames(wrong));
    expect(refreshCookieOf(unknown)).toBeUndefined();
    expect(refreshCookieOf(wrong)).toBeUndefined();
  });

  it('takes about as long for an unknown email as for a wrong password', async () => {
    const time = async (email: string) => {
      const started = performance.now();
      await attempt(email, 'wrong-password', '10.1.0.2');
      return performance.now() - started;
    };
    const unknown: number[] = [];
    const known: number[] = [];
    for (let i = 0; i < 3; i++) {
      unknown.push(await time(`ghost${i}@example.com`));
      known.push(await time('carol@example.com'));
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[1] as number;
    // Both pay for one argon2id verification; without the dummy hash unknown would be ~0.
    expect(median(unknown)).toBeGreaterThan(median(known) * 0.5);
  });

  it('records every attempt and writes login and failed_login to history', async () => {
    const { rows } = await db.owner.query(
      `select action, count(*)::int as n from app.history
        where action in ('login', 'failed_login') group by action order by action`,
    );
    expect(rows.find((r) => r.action === 'login')?.n).toBeGreaterThanOrEqual(1);
    expect(rows.find((r) => r.action === 'failed_login')?.n).toBeGreaterThanOrEqual(2);
    const attempts = await db.owner.query('select count(*)::int as n from app.login_attempts');
    expect(attempts.rows[0].n).toBeGreaterThanOrEqual(3);
  });
});

describe('lock-out', () => {
  it('answers the sixth attempt within 5 minutes 429 with Retry-After, even with the right password', async () => {
    for (let i = 1; i <= 5; i++) {
      const failed = await attempt('erin@example.com', `wrong-${i}`, '10.2.0.1');
      expect(failed.statusCode, `attempt ${i}`).toBe(401);
    }
    const locked = await attempt('erin@example.com', PASSWORD, '10.2.0.1');
    expect(locked.statusCode).toBe(429);
    expect(locked.json()).toMatchObject({ code: 'login_locked' });
    const retryAfter = Number(locked.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(300);
    // From another address too: the lock is on the email.
    expect((await attempt('erin@example.com', PASSWORD, '10.2.0.99')).statusCode).toBe(429);
  });

  it('still lets other accounts log in from the same address', async () => {
    const other = await attempt('carol@example.com', PASSWORD, '10.2.0.1');
    expect(other.statusCode).toBe(200);
  });

  it('locks unknown emails the same way (no enumeration through the lock)', async () => {
    for (let i = 1; i <= 5; i++) await attempt('ghost@example.com', 'nope-nope', '10.2.0.2');
    expect((await attempt('ghost@example.com', 'nope-nope', '10.2.0.2')).statusCode).toBe(429);
  });

  it('raises exactly one security alert per lock and records the lock in history', async () => {
    const alerts = await db.owner.query(
      `select alert_type, subject_user_id from app.alerts where alert_type = 'security' and source_table = 'login_attempts'`,
    );
    expect(alerts.rows).toHaveLength(2); // erin's lock and ghost's lock; blocked attempts add none
    expect(alerts.rows.map((r) => Number(r.subject_user_id) || null)).toContain(ids.erin);
    const locks = await db.owner.query(
      `select count(*)::int as n from app.history where action = 'lock'`,
    );
    expect(locks.rows[0].n).toBe(2);
  });

  it('admins see the alert; field users do not', async () => {
    const admin = await createUser(db, 'boss', 'admin');
    const visible = (userId: number) =>
      db.withRequestTx(
        { role: 'authenticated', claims: { sub: String(userId) } },
        async (client) => {
          const { rows } = await client.query(
            `select count(*)::int as n from app.alerts where alert_type = 'security'`,
          );
          return rows[0].n as number;
        },
      );
    expect(await visible(admin)).toBe(2);
    expect(await visible(ids.carol as number)).toBe(0);
  });

  it('lifts after 5 minutes', async () => {
    t.clock.advance(5 * 60_000 + 1_000);
    const after = await attempt('erin@example.com', PASSWORD, '10.2.0.1');
    expect(after.statusCode).toBe(200);
  });

  it('locks an address at its own, higher threshold', async () => {
    const strict = await authTestApp(db, { AUTH_IP_LOCK_THRESHOLD: '8' });
    const tryFrom = (email: string, password: string) =>
      strict.app.inject({
        method: 'POST',
        url: '/auth/login',
        payload: { email, password },
        remoteAddress: '10.3.0.1',
      });
    // Typos spread over several people: no email reaches 5, the address reaches 8.
    for (let i = 0; i < 8; i++) {
      expect((await tryFrom(`typo${i % 4}@example.com`, 'oops-oops')).statusCode).toBe(401);
    }
    const blocked = await tryFrom('dave@example.com', PASSWORD);
    expect(blocked.statusCode).toBe(429);
    expect(blocked.headers['retry-after']).toBeDefined();
    const elsewhere = await strict.app.inject({
      method: 'POST',
      url: '/auth/login',
      payload: { email: 'dave@example.com', password: PASSWORD },
      remoteAddress: '10.3.0.2',
    });
    expect(elsewhere.statusCode).toBe(200);
    await strict.app.close();
  });

  it('answers POST /api/rpc/check_failed_logins’s function from SQL', async () => {
    const state = await db.withRequestTx({ role: 'anon', claims: {} }, async (client) => {
      const { rows } = await client.query(
        `select api.check_failed_logins('ghost@example.com', '10.2.0.2') as s`,
      );
      return rows[0].s;
    });
    expect(state).toMatchObject({ email_locked: true, locked: true });
  });
});
