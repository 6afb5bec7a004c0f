import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../test/test-app';
import { createTestDatabase, type TestDatabase } from '../../test/test-database';

// Behind PostgREST, Crewlog keeps /auth, /ws and the web app but must not answer /api
// itself: a proxy misrouting /api to it gets a plain 404, never a second data API.

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db?.drop();
});

describe('API_ENGINE', () => {
  it('serves the data API by default', async () => {
    const app = await buildTestApp(db);
    try {
      const rpc = await app.inject({ method: 'POST', url: '/api/rpc/timezones', payload: {} });
      expect(rpc.statusCode).toBe(200);
      expect(rpc.json().length).toBeGreaterThan(0);
    } finally {
      await app.close();
    }
  });

  it('off: /api is not served, while /auth and /healthz still are', async () => {
    const app = await buildTestApp(db, { API_ENGINE: 'off' });
    try {
      const rpc = await app.inject({ method: 'POST', url: '/api/rpc/timezones', payload: {} });
      expect(rpc.statusCode).toBe(404);
      expect(rpc.body).not.toContain('utc_offset');
      const docs = await app.inject({ method: 'GET', url: '/api/docs' });
      expect(docs.statusCode).toBe(404);
      const login = await app.inject({
        method: 'POST',
        url: '/auth/login',
        payload: { email: 'nobody@example.com', password: 'wrong password' },
      });
      expect(login.statusCode).toBe(401);
      expect((await app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
    } finally {
      await app.close();
    }
  });

  it('refuses an unknown engine name at start-up', async () => {
    await expect(buildTestApp(db, { API_ENGINE: 'postgrest' })).rejects.toThrow(/API_ENGINE/);
  });
});
