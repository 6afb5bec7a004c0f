import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/test-database';
import {
  type AuthTestApp,
  authTestApp,
  bearer,
  createUser,
  dataApiAccepts,
  loginAs,
  refreshCookieOf,
  TEST_JWT_SECRET,
} from './auth-test-kit';
import { REFRESH_COOKIE } from './refresh-cookie';

let db: TestDatabase;
let t: AuthTestApp;
let userId: number;

beforeAll(async () => {
  db = await createTestDatabase();
  userId = await createUser(db, 'jo');
  await createUser(db, 'kit');
  t = await authTestApp(db);
});
afterAll(async () => {
  await t?.app.close();
  await db?.drop();
});

const refresh = (token: string, headers: Record<string, string> = {}) =>
  t.app.inject({
    method: 'POST',
    url: '/auth/refresh',
    cookies: { [REFRESH_COOKIE]: token },
    headers,
  });
const me = (accessToken: string) =>
  t.app.inject({ method: 'GET', url: '/auth/me', headers: bearer(accessToken) });

describe('POST /auth/refresh', () => {
  it('rotates the refresh token and answers a new access token for the same session', async () => {
    const device = await loginAs(t.app, 'jo');
    const response = await refresh(device.refreshToken);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ token_type: 'bearer', expires_in: 900 });
    const next = refreshCookieOf(response);
    expect(next).toBeDefined();
    expect(next).not.toBe(device.refreshToken);
    expect((await me(response.json().access_token)).statusCode).toBe(200);
    expect((await refresh(next as string)).statusCode).toBe(200);
  });

  it('revokes the session when a refresh token is presented twice (theft detection)', async () => {
    const device = await loginAs(t.app, 'jo');
    const first = await refresh(device.refreshToken);
    const thiefsCopy = device.refreshToken;
    const reused = await refresh(thiefsCopy);
    expect(reused.statusCode).toBe(401);
    expect(reused.json()).toMatchObject({ code: 'refresh_token_reused' });
    // The legitimate holder's rotated token and access tokens are dead too.
    expect((await refresh(refreshCookieOf(first) as string)).statusCode).toBe(401);
    expect(await dataApiAccepts(db, first.json().access_token)).toBe(false);
    const history = await db.owner.query(
      `select changes from app.history where record_id = $1 and action = 'revoke'`,
      [device.sessionId],
    );
    expect(history.rows[0]?.changes).toMatchObject({ reason: 'refresh_token_reuse' });
  });

  it('answers a missing or unknown cookie 401', async () => {
    const none = await t.app.inject({ method: 'POST', url: '/auth/refresh' });
    expect(none.json()).toMatchObject({ code: 'refresh_token_missing' });
    expect((await refresh('made-up-token')).json()).toMatchObject({
      code: 'refresh_token_invalid',
    });
  });
});

describe('cross-site requests to cookie routes', () => {
  it('refuses a foreign Origin and a cross-site fetch, without touching the session', async () => {
    const device = await loginAs(t.app, 'kit');
    const foreign = await refresh(device.refreshToken, {
      origin: 'https://evil.example',
      host: 'crewlog.test',
    });
    expect(foreign.statusCode).toBe(403);
    expect(foreign.json()).toMatchObject({ code: 'cross_site_request' });
    const nullOrigin = await refresh(device.refreshToken, { origin: 'null', host: 'crewlog.test' });
    expect(nullOrigin.statusCode).toBe(403);
    const crossSite = await t.app.inject({
      method: 'POST',
      url: '/auth/logout',
      cookies: { [REFRESH_COOKIE]: device.refreshToken },
      headers: { 'sec-fetch-site': 'cross-site' },
    });
    expect(crossSite.statusCode).toBe(403);
    expect(await dataApiAccepts(db, device.accessToken)).toBe(true);
    const sameOrigin = await refresh(device.refreshToken, {
      origin: 'http://crewlog.test',
      host: 'crewlog.test',
    });
    expect(sameOrigin.statusCode).toBe(200);
  });

  it('accepts a configured trusted origin', async () => {
    const proxied = await authTestApp(db, { AUTH_TRUSTED_ORIGINS: 'https://crewlog.example.org' });
    const device = await loginAs(proxied.app, 'kit');
    const response = await proxied.app.inject({
      method: 'POST',
      url: '/auth/refresh',
      cookies: { [REFRESH_COOKIE]: device.refreshToken },
      headers: { origin: 'https://crewlog.example.org', host: 'internal:3000' },
    });
    expect(response.statusCode).toBe(200);
    await proxied.app.close();
  });
});

describe('access tokens', () => {
  const key = new TextEncoder().encode(TEST_JWT_SECRET);
  const claims = (sid: string) => ({ role: 'authenticated', sid });

  it('refuses a tampered token', async () => {
    const device = await loginAs(t.app, 'jo');
    const [header, payload, signature] = device.accessToken.split('.');
    const forged = Buffer.from(
      JSON.stringify({
        ...JSON.parse(Buffer.from(payload as string, 'base64url').toString()),
        sub: String(userId + 1),
      }),
    ).toString('base64url');
    const response = await me(`${header}.${forged}.${signature}`);
    expect(response.statusCode).toBe(401);
    expect(response.json()).toMatchObject({ code: 'token_invalid' });
  });

  it('refuses an expired token', async () => {
    const device = await loginAs(t.app, 'jo');
    t.clock.advance(15 * 60_000 + 1_000);
    const response = await me(device.accessToken);
    expect(response.statusCode).toBe(401);
    expect(response.json()).toMatchObject({
      code: 'token_invalid',
      message: expect.stringContaining('expired'),
    });
  });

  it('refuses alg:none and a token signed with another key or for another audience', async () => {
    const device = await loginAs(t.app, 'jo');
    const unsigned = [
      Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url'),
      Buffer.from(
        JSON.stringify({
          ...claims(device.sessionId),
          sub: String(userId),
          aud: 'crewlog',
          exp: 9999999999,
        }),
      ).toString('base64url'),
      '',
    ].join('.');
    expect((await me(unsigned)).statusCode).toBe(401);
    const sign = (secret: Uint8Array, audience: string) =>
      new SignJWT(claims(device.sessionId))
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject(String(userId))
        .setAudience(audience)
        .setIssuedAt(t.clock())
        .setExpirationTime(new Date(t.clock().getTime() + 60_000))
        .sign(secret);
    expect(
      (await me(await sign(new TextEncoder().encode('x'.repeat(40)), 'crewlog'))).statusCode,
    ).toBe(401);
    expect((await me(await sign(key, 'someone-else'))).statusCode).toBe(401);
    expect((await me(await sign(key, 'crewlog'))).statusCode).toBe(200); // the control
  });
});
