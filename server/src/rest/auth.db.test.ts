import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRestTestApp, JWT_SECRET, json, type RestTestApp } from './testing';

let t: RestTestApp;
beforeAll(async () => {
  t = await createRestTestApp({ jwtAudience: 'crewlog' });
});
afterAll(() => t.close());

const get = (url: string, token?: string) =>
  t.app.inject({
    url: `/api/${url}`,
    headers: token === undefined ? {} : { Authorization: `Bearer ${token}` },
  });

function encode(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

describe('JWT authentication', () => {
  it('runs without a token as the anonymous role', async () => {
    expect(json(await get('rpc/whoami'))).toMatchObject({ role: 'anon' });
  });

  it('switches to the role claim of a valid token', async () => {
    const token = await t.token({ role: 'rest_admin', aud: 'crewlog' });
    expect(json(await get('secrets', token))).toEqual([{ id: 1, secret: 'the cake is a lie' }]);
  });

  it.each([
    [
      'expired',
      async () => t.token({ role: 'authenticated' }, { expiresIn: '-1h' }),
      'PGRST303',
      'JWT expired',
    ],
    [
      'not yet valid',
      async () => t.token({ role: 'authenticated' }, { notBefore: '1h' }),
      'PGRST303',
      'JWT not yet valid',
    ],
    [
      'for another audience',
      async () => t.token({ role: 'authenticated', aud: 'other' }),
      'PGRST303',
      'JWT not in audience',
    ],
    [
      'signed with another secret',
      async () =>
        new SignJWT({ role: 'rest_admin' })
          .setProtectedHeader({ alg: 'HS256' })
          .sign(new TextEncoder().encode(`${JWT_SECRET}x`)),
      'PGRST301',
      'JWT cryptographic operation failed',
    ],
    [
      'tampered with',
      async () => {
        const [header, , signature] = (await t.token({ role: 'authenticated' })).split('.');
        return `${header}.${encode({ role: 'rest_admin' })}.${signature}`;
      },
      'PGRST301',
      'JWT cryptographic operation failed',
    ],
    [
      'unsigned (alg none)',
      async () => `${encode({ alg: 'none', typ: 'JWT' })}.${encode({ role: 'rest_admin' })}.`,
      'PGRST301',
      undefined,
    ],
    ['malformed', async () => 'abc', 'PGRST301', 'Expected 3 parts in JWT; got 1'],
  ])('rejects a token %s with 401', async (_name, make, code, message) => {
    const response = await get('items', await make());
    expect(response.statusCode).toBe(401);
    expect(response.headers['www-authenticate']).toMatch(/^Bearer error="invalid_token"/);
    const body = json<{ code: string; message: string }>(response);
    expect(body.code).toBe(code);
    if (message) expect(body.message).toBe(message);
    expect(Object.keys(body).sort()).toEqual(['code', 'details', 'hint', 'message']);
  });
});

describe('permission errors', () => {
  it('answers 401 with WWW-Authenticate for the anonymous role', async () => {
    const response = await get('secrets');
    expect(response.statusCode).toBe(401);
    expect(response.headers['www-authenticate']).toBe('Bearer');
    expect(json(response)).toMatchObject({ code: '42501' });
  });

  it('answers 401 for a token without a role claim (still anonymous)', async () => {
    const response = await get('secrets', await t.token({ sub: 'x' }));
    expect(response.statusCode).toBe(401);
  });

  it('answers 403 for an authenticated role', async () => {
    const response = await get('secrets', await t.token({ role: 'authenticated' }));
    expect(response.statusCode).toBe(403);
    expect(response.headers['www-authenticate']).toBeUndefined();
  });

  it('answers the database error when the schema cache is stale', async () => {
    const broken = await createRestTestApp({ schemas: ['rest_api'] });
    await broken.db.owner.query('alter table rest_api.canary rename to canary_moved');
    try {
      const response = await broken.app.inject({ url: '/api/canary' });
      expect(response.statusCode).toBe(404);
      expect(json(response)).toMatchObject({ code: '42P01' });
    } finally {
      await broken.close();
    }
  });
});

describe('pre-request function', () => {
  it('runs before each request and its errors are answered', async () => {
    const guarded = await createRestTestApp({});
    await guarded.db.owner.query(`
      create function rest_api.guard() returns void language plpgsql as $$
      begin
        if current_setting('request.headers', true)::json ->> 'x-block' = 'yes' then
          raise sqlstate 'PT403' using message = 'Blocked';
        end if;
      end $$;
      grant execute on function rest_api.guard() to anon;`);
    const { createRequestTx } = await import('../db/request-tx');
    const withGuard = await createRestTestApp({
      withRequestTx: createRequestTx(guarded.db.pool, {
        settings: {},
        preRequest: 'rest_api.guard',
      }),
      pool: guarded.db.pool,
    });
    try {
      const ok = await withGuard.app.inject({ url: '/api/clients?select=id&limit=1' });
      expect(ok.statusCode).toBe(200);
      const blocked = await withGuard.app.inject({
        url: '/api/clients',
        headers: { 'x-block': 'yes' },
      });
      expect(blocked.statusCode).toBe(403);
      expect(json(blocked)).toMatchObject({ code: 'PT403', message: 'Blocked' });
    } finally {
      await withGuard.close();
      await guarded.close();
    }
  });
});
