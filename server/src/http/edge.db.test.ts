import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../test/test-app';
import {
  createTestDatabase,
  TEST_ENCRYPTION_KEY,
  type TestDatabase,
} from '../../test/test-database';
import { buildApp } from '../app';
import { authTestApp, createUser, PASSWORD } from '../auth/auth-test-kit';
import { loadConfig } from '../config/config';

// What every answer carries at the edge: a request id, security headers, body limits.

let db: TestDatabase;
let app: FastifyInstance;
beforeAll(async () => {
  db = await createTestDatabase();
  await createUser(db, 'pia');
  app = await buildTestApp(db);
});
afterAll(async () => {
  await app?.close();
  await db?.drop();
});

/** The app with its log lines captured, as the server writes them (JSON, one per line). */
async function loggedApp(): Promise<{ app: FastifyInstance; lines: Record<string, unknown>[] }> {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  const logged = await buildApp({
    config: loadConfig({ NODE_ENV: 'test' }),
    db: {
      ownerUrl: db.ownerUrl,
      pool: db.pool,
      withRequestTx: db.withRequestTx,
      settings: db.settings,
      close: async () => {},
    },
    logger: pino({ level: 'info' }, sink),
    secrets: {
      jwtSecret: 'edge-test-jwt-secret-0123456789abcdefghij',
      encryptionKey: TEST_ENCRYPTION_KEY,
      authenticatorPassword: '',
      embeddedSuperuserPassword: '',
    },
  });
  return { app: logged, lines };
}

describe('request ids', () => {
  it('keeps a sane X-Request-Id from the proxy, echoes it and logs it on every line', async () => {
    const { app: logged, lines } = await loggedApp();
    try {
      const id = '5f2b9c0e8d7a4b1c9e3f6a2d1b0c8e7f';
      const response = await logged.inject({
        url: '/api/buildings',
        headers: { 'x-request-id': id },
      });
      expect(response.headers['x-request-id']).toBe(id);
      const mine = lines.filter((line) => line.reqId === id);
      expect(mine.map((line) => line.msg)).toEqual(['incoming request', 'request completed']);
      expect(lines.filter((line) => 'req' in line || 'res' in line).every((l) => l.reqId)).toBe(
        true,
      );
    } finally {
      await logged.close();
    }
  });

  it.each([
    ['too short', 'abc'],
    ['too long', 'a'.repeat(129)],
    ['with spaces', 'id with spaces 123'],
    ['with a JSON quote', 'abc"def12345'],
    ['with a log-line break attempt', 'abcdefgh\\nlevel=fatal'],
  ])('replaces one %s with a new UUID', async (_what, given) => {
    const response = await app.inject({ url: '/livez', headers: { 'x-request-id': given } });
    expect(response.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('gives each request without one an id of its own', async () => {
    const [a, b] = await Promise.all([
      app.inject({ url: '/livez' }),
      app.inject({ url: '/livez' }),
    ]);
    expect(a.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(a.headers['x-request-id']).not.toBe(b.headers['x-request-id']);
  });
});

describe('security headers', () => {
  it('forbid inline scripts and framing, and keep referrers on our own site', async () => {
    const response = await app.inject({ url: '/healthz' });
    const csp = String(response.headers['content-security-policy']);
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).not.toMatch(/script-src[^;]*unsafe/);
    expect(csp).toMatch(/frame-ancestors 'none'/);
    expect(csp).toMatch(/object-src 'none'/);
    expect(response.headers['referrer-policy']).toBe('same-origin');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['strict-transport-security']).toBeUndefined();
  });

  it('send HSTS only over HTTPS, as a trusted proxy reports it', async () => {
    const forged = await app.inject({ url: '/livez', headers: { 'x-forwarded-proto': 'https' } });
    expect(forged.headers['strict-transport-security']).toBeUndefined();
    const proxied = await buildTestApp(db, { TRUST_PROXY: '127.0.0.1' });
    try {
      const tls = await proxied.inject({
        url: '/livez',
        headers: { 'x-forwarded-proto': 'https' },
      });
      expect(tls.headers['strict-transport-security']).toBe('max-age=31536000');
      const plain = await proxied.inject({
        url: '/livez',
        headers: { 'x-forwarded-proto': 'http' },
      });
      expect(plain.headers['strict-transport-security']).toBeUndefined();
    } finally {
      await proxied.close();
    }
  });

  it('mark the refresh cookie Secure when the request came over HTTPS', async () => {
    const login = (t: FastifyInstance) =>
      t.inject({
        method: 'POST',
        url: '/auth/login',
        headers: { 'x-forwarded-proto': 'https' },
        payload: { email: 'pia@example.com', password: PASSWORD },
      });
    const direct = await authTestApp(db);
    const proxied = await authTestApp(db, { TRUST_PROXY: '127.0.0.1' });
    try {
      const untrusted = (await login(direct.app)).cookies.find((c) => c.name === 'crewlog_refresh');
      expect(untrusted?.secure).toBeFalsy();
      const trusted = (await login(proxied.app)).cookies.find((c) => c.name === 'crewlog_refresh');
      expect(trusted).toMatchObject({ secure: true, httpOnly: true, sameSite: 'Lax' });
    } finally {
      await direct.app.close();
      await proxied.app.close();
    }
  });

  it('leave the API docs working: their script is a file, not inline', async () => {
    const page = await app.inject({ url: '/api/docs' });
    expect(page.statusCode).toBe(200);
    expect(page.body).not.toMatch(/<script>(?!<)/);
    expect(page.body).toMatch(/<script src="\/api\/docs\/init.js"><\/script>/);
    expect((await app.inject({ url: '/api/docs/init.js' })).statusCode).toBe(200);
  });
});

describe('body limits', () => {
  const big = (bytes: number) => JSON.stringify({ building_name: 'x'.repeat(bytes) });

  it('answer an oversized data API body with 413 and a JSON reason', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/buildings',
      headers: { 'content-type': 'application/json' },
      payload: big(2 * 1024 * 1024),
    });
    expect(response.statusCode).toBe(413);
    expect(response.headers['content-type']).toMatch(/application\/json/);
    expect(response.json()).toMatchObject({ message: expect.stringMatching(/too large/i) });
  });

  it('keep sign-in bodies small', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ email: 'pia@example.com', password: 'x'.repeat(200_000) }),
    });
    expect(response.statusCode).toBe(413);
    expect(response.json()).toMatchObject({ message: expect.any(String) });
  });

  it('answer an oversized body on the server routes with payload_too_large', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/import/6f1c1a52-1f3e-4c55-9b0e-2d2f3a4b5c6d/confirm',
      headers: { 'content-type': 'application/json' },
      payload: big(25 * 1024 * 1024),
    });
    expect(response.statusCode).toBe(413);
    expect(response.json()).toEqual({ code: 'payload_too_large', message: expect.any(String) });
  });
});

describe('probes', () => {
  it('/livez answers while the process runs', async () => {
    const response = await app.inject({ url: '/livez' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok' });
  });

  it('/readyz is ready when the database holds exactly this version’s migrations', async () => {
    const response = await app.inject({ url: '/readyz' });
    expect(response.json()).toEqual({ status: 'ok', database: 'ok', migrations: 'current' });
  });

  it('/readyz is not ready with a migration pending, nor after a newer version migrated', async () => {
    const { rows } = await db.owner.query(
      'delete from crewlog_migrations.applied where version = (select max(version) from crewlog_migrations.applied) returning *',
    );
    const pending = await app.inject({ url: '/readyz' });
    expect(pending.statusCode).toBe(503);
    expect(pending.json()).toMatchObject({
      migrations: 'pending',
      reason: expect.stringMatching(/1 migration/),
    });
    const row = rows[0];
    await db.owner.query(
      'insert into crewlog_migrations.applied (version, name, checksum, applied_at) values ($1, $2, $3, $4), (9999, $5, $3, now())',
      [row.version, row.name, row.checksum, row.applied_at, '9999_from_the_future.sql'],
    );
    const newer = await app.inject({ url: '/readyz' });
    expect(newer.statusCode).toBe(503);
    expect(newer.json()).toMatchObject({ migrations: 'newer' });
    await db.owner.query('delete from crewlog_migrations.applied where version = 9999');
    expect((await app.inject({ url: '/readyz' })).statusCode).toBe(200);
  });

  it('/readyz says the database is unreachable, without internals', async () => {
    const lonely = await createTestDatabase();
    const orphan = await buildTestApp(lonely);
    await lonely.pool.end();
    const response = await orphan.inject({ url: '/readyz' });
    expect(response.statusCode).toBe(503);
    expect(response.json()).toEqual({
      status: 'error',
      database: 'unreachable',
      reason: 'the database did not answer',
    });
    await orphan.close();
    await lonely.drop();
  });
});
