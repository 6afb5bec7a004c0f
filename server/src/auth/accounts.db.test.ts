import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/test-database';
import {
  type AuthTestApp,
  authTestApp,
  bearer,
  createUser,
  dataApiAccepts,
  loginAs,
  PASSWORD,
} from './auth-test-kit';

let db: TestDatabase;
let t: AuthTestApp;

beforeAll(async () => {
  db = await createTestDatabase();
  await createUser(db, 'taken');
  t = await authTestApp(db);
});
afterAll(async () => {
  await t?.app.close();
  await db?.drop();
});

const valid = {
  name: 'Lee Field',
  alias: 'lee',
  email: 'Lee@Example.com',
  password: 'long enough',
  password_confirm: 'long enough',
  agree_terms: true,
};
const post = (url: string, payload: unknown, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'POST', url, payload: payload as Record<string, unknown>, headers });
const tokenIn = (text: string | undefined) =>
  /token=([A-Za-z0-9_-]+)/.exec(text ?? '')?.[1] as string;

describe('POST /auth/register', () => {
  it('answers 422 with a stable code per field, all at once', async () => {
    const response = await post('/auth/register', {
      name: ' ',
      alias: 'no spaces allowed',
      email: 'not-an-email',
      password: 'short',
      password_confirm: 'different',
      agree_terms: false,
    });
    expect(response.statusCode).toBe(422);
    expect(response.json()).toEqual({
      code: 'validation_failed',
      message: 'Some fields need attention.',
      fields: {
        name: 'name_required',
        alias: 'alias_invalid',
        email: 'email_invalid',
        password: 'password_too_short',
        password_confirm: 'password_mismatch',
        agree_terms: 'terms_not_agreed',
      },
    });
  });

  it('says which of email (case-insensitive) and alias are taken', async () => {
    const response = await post('/auth/register', {
      ...valid,
      email: 'TAKEN@example.com',
      alias: 'Taken',
    });
    expect(response.statusCode).toBe(422);
    expect(response.json().fields).toEqual({ email: 'email_taken', alias: 'alias_taken' });
    const missing = await post('/auth/register', {});
    expect(Object.keys(missing.json().fields).sort()).toEqual(
      ['agree_terms', 'alias', 'email', 'name', 'password'].sort(),
    );
  });

  it('creates an unverified user, stores the verification token hashed and mails the link', async () => {
    const response = await post('/auth/register', valid);
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ user_is_email_verified: false });
    const mail = t.mail.at(-1);
    expect(mail?.to).toBe('Lee@Example.com');
    const token = tokenIn(mail?.text);
    expect(mail?.text).toContain(`/verify?token=${token}`);
    const stored = await db.owner.query(
      `select encode(token_hash, 'hex') as hash, expires_at > now() as live from app.email_verification_tokens`,
    );
    expect(stored.rows).toHaveLength(1);
    expect(stored.rows[0].hash).not.toContain(Buffer.from(token).toString('hex'));
    expect(stored.rows[0].live).toBe(true);
    const history = await db.owner.query(`select 1 from app.history where action = 'register'`);
    expect(history.rowCount).toBe(1);
    // Argon2id, and the new account can log in (unverified accounts may sign in).
    const hash = await db.owner.query(`select password_hash from app.users where alias = 'lee'`);
    expect(hash.rows[0].password_hash).toMatch(/^\$argon2id\$/);
    const login = await post('/auth/login', { email: 'lee@example.com', password: 'long enough' });
    expect(login.json().user).toMatchObject({
      user_is_email_verified: false,
      terms_required: false,
    });
  });

  it('verifies the email by GET /auth/verify?token=, once', async () => {
    const token = tokenIn(t.mail.at(-1)?.text);
    const first = await t.app.inject({ method: 'GET', url: `/auth/verify?token=${token}` });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toEqual({ status: 'verified' });
    const verified = await db.owner.query(
      `select user_is_email_verified from app.users where alias = 'lee'`,
    );
    expect(verified.rows[0].user_is_email_verified).toBe(true);
    const again = await t.app.inject({ method: 'GET', url: `/auth/verify?token=${token}` });
    expect(again.statusCode).toBe(400);
    expect(again.json()).toMatchObject({ code: 'verification_token_invalid' });
  });

  it('refuses an expired verification link', async () => {
    await post('/auth/register', { ...valid, alias: 'late', email: 'late@example.com' });
    const token = tokenIn(t.mail.at(-1)?.text);
    t.clock.advance(49 * 3600_000);
    const response = await t.app.inject({ method: 'GET', url: `/auth/verify?token=${token}` });
    expect(response.statusCode).toBe(410);
    expect(response.json()).toMatchObject({ code: 'verification_token_expired' });
  });
});

describe('terms', () => {
  it('tells /auth/me when the terms moved on, and POST /auth/terms re-agrees', async () => {
    const device = await loginAs(t.app, 'taken');
    const before = await t.app.inject({
      method: 'GET',
      url: '/auth/me',
      headers: bearer(device.accessToken),
    });
    expect(before.json()).toMatchObject({
      alias: 'taken',
      terms_required: false,
      terms_version: '1',
    });
    await db.owner.query(
      `update app.site_settings set setting_value = '"2"' where setting_key = 'terms_version'`,
    );
    const after = await t.app.inject({
      method: 'GET',
      url: '/auth/me',
      headers: bearer(device.accessToken),
    });
    expect(after.json()).toMatchObject({
      terms_required: true,
      terms_version: '2',
      terms_version_agreed: '1',
    });
    const stale = await post(
      '/auth/terms',
      { agree_terms: true, version: '1' },
      bearer(device.accessToken),
    );
    expect(stale.statusCode).toBe(409);
    const agreed = await post('/auth/terms', { agree_terms: true }, bearer(device.accessToken));
    expect(agreed.statusCode).toBe(200);
    expect(agreed.json()).toMatchObject({ terms_required: false, terms_version_agreed: '2' });
    const refused = await post('/auth/terms', { agree_terms: false }, bearer(device.accessToken));
    expect(refused.statusCode).toBe(400);
  });
});

describe('password change and reset', () => {
  it('changes the password with the current one and ends the other sessions', async () => {
    await createUser(db, 'max');
    const [here, there] = [await loginAs(t.app, 'max'), await loginAs(t.app, 'max')];
    const wrong = await post(
      '/auth/password',
      {
        current_password: 'nope',
        new_password: 'brand new pass',
        new_password_confirm: 'brand new pass',
      },
      bearer(here.accessToken),
    );
    expect(wrong.statusCode).toBe(422);
    expect(wrong.json().fields).toEqual({ current_password: 'wrong_password' });
    const changed = await post(
      '/auth/password',
      {
        current_password: PASSWORD,
        new_password: 'brand new pass',
        new_password_confirm: 'brand new pass',
      },
      bearer(here.accessToken),
    );
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toEqual({ status: 'changed', other_sessions_ended: 1 });
    expect(await dataApiAccepts(db, here.accessToken)).toBe(true);
    expect(await dataApiAccepts(db, there.accessToken)).toBe(false);
    expect(
      (await post('/auth/login', { email: 'max@example.com', password: PASSWORD })).statusCode,
    ).toBe(401);
    expect(
      (await post('/auth/login', { email: 'max@example.com', password: 'brand new pass' }))
        .statusCode,
    ).toBe(200);
    const history = await db.owner.query(
      `select 1 from app.history where action = 'password_change'`,
    );
    expect(history.rowCount).toBe(1);
  });

  it('resets by a mailed one-time token, ending every session; unknown emails get the same answer', async () => {
    await createUser(db, 'ned');
    const device = await loginAs(t.app, 'ned');
    const mailsBefore = t.mail.length;
    const unknown = await post('/auth/password-reset', { email: 'nobody@example.com' });
    expect(t.mail.length).toBe(mailsBefore);
    const known = await post('/auth/password-reset', { email: 'ned@example.com' });
    expect(known.statusCode).toBe(202);
    expect(known.body).toBe(unknown.body);
    const token = tokenIn(t.mail.at(-1)?.text);
    const mismatch = await post('/auth/password-reset/confirm', {
      token,
      password: 'fresh password',
      password_confirm: 'x',
    });
    expect(mismatch.json().fields).toEqual({ password_confirm: 'password_mismatch' });
    const reset = await post('/auth/password-reset/confirm', {
      token,
      password: 'fresh password',
      password_confirm: 'fresh password',
    });
    expect(reset.statusCode).toBe(200);
    expect(await dataApiAccepts(db, device.accessToken)).toBe(false);
    expect(
      (await post('/auth/login', { email: 'ned@example.com', password: 'fresh password' }))
        .statusCode,
    ).toBe(200);
    const reuse = await post('/auth/password-reset/confirm', {
      token,
      password: 'other password',
      password_confirm: 'other password',
    });
    expect(reuse.json()).toMatchObject({ code: 'reset_token_invalid' });
  });
});

describe('hostile input gets a clear 4xx, never a 5xx', () => {
  const raw = (payload: string, contentType = 'application/json') =>
    t.app.inject({
      method: 'POST',
      url: '/auth/login',
      payload,
      headers: { 'content-type': contentType },
    });

  it.each([
    ['malformed JSON', () => raw('{"email": '), 400, 'invalid_json'],
    ['a JSON array', () => raw('[1,2]'), 400, 'invalid_body'],
    ['wrong types', () => raw('{"email": 5, "password": true}'), 400, 'invalid_body'],
    [
      'unknown fields',
      () => raw('{"email": "a@b.co", "password": "x", "role": "admin"}'),
      400,
      'invalid_body',
    ],
    ['an empty body', () => raw(''), 400, 'invalid_body'],
    [
      'an oversized body',
      () => raw(JSON.stringify({ email: 'a@b.co', password: 'x'.repeat(20_000) })),
      413,
      'payload_too_large',
    ],
    ['plain text', () => raw('email=a', 'text/plain'), 400, 'invalid_body'],
    [
      'an unsupported type',
      () => raw('<email/>', 'application/xml'),
      415,
      'unsupported_media_type',
    ],
    [
      'prototype keys',
      () => raw('{"email": "a@b.co", "password": "x", "__proto__": {"admin": true}}'),
      400,
      'invalid_body',
    ],
  ])('%s', async (_name, send, status, code) => {
    const response = await send();
    expect(response.statusCode).toBe(status);
    expect(response.json()).toMatchObject({ code, message: expect.any(String) });
  });

  it('a non-numeric user_id and unknown query parameters', async () => {
    const device = await loginAs(t.app, 'taken');
    for (const url of ['/auth/sessions?user_id=abc', '/auth/sessions?foo=1']) {
      const response = await t.app.inject({
        method: 'GET',
        url,
        headers: bearer(device.accessToken),
      });
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({ code: 'invalid_query' });
    }
  });
});

describe('rate limits and stubs', () => {
  it('limits requests per address on each route', async () => {
    let last = 0;
    for (let i = 0; i < 11; i++) {
      last = (await post('/auth/password-reset', { email: `flood${i}@example.com` })).statusCode;
    }
    expect(last).toBe(429);
  });

  it('answers OAuth providers 501 not configured, unknown ones 404', async () => {
    const google = await t.app.inject({ method: 'GET', url: '/auth/oauth/google' });
    expect(google.statusCode).toBe(501);
    expect(google.json()).toMatchObject({ code: 'oauth_not_configured' });
    expect((await t.app.inject({ method: 'GET', url: '/auth/oauth/myspace' })).statusCode).toBe(
      404,
    );
  });
});
