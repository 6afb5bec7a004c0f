import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRestTestApp, json, type RestTestApp } from './testing';

let t: RestTestApp;
beforeAll(async () => {
  t = await createRestTestApp();
});
afterAll(() => t.close());

async function eventually(check: () => Promise<boolean>, timeoutMs = 5000): Promise<boolean> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (await check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return false;
}

describe('schema cache', () => {
  it('reloads on NOTIFY pgrst', async () => {
    const listening = await createRestTestApp({});
    await listening.app.close();
    // A second app on the same database, listening on an owner connection.
    const { createRequestTx } = await import('../db/request-tx');
    const Fastify = (await import('fastify')).default;
    const { restPlugin } = await import('./plugin');
    const app = Fastify();
    await app.register(restPlugin, {
      prefix: '/api',
      pool: listening.db.pool,
      withRequestTx: createRequestTx(listening.db.pool, { settings: {} }),
      schemas: ['rest_api'],
      anonRole: 'anon',
      jwtSecret: 'unused-secret-unused-secret-unused-secret',
      listenUrl: listening.db.ownerUrl,
    });
    try {
      expect((await app.inject({ url: '/api/fresh' })).statusCode).toBe(404);
      await listening.db.owner.query(`
        create table rest_api.fresh (id int primary key);
        grant select on rest_api.fresh to anon;
        insert into rest_api.fresh values (7);
        notify pgrst, 'reload schema';`);
      const reloaded = await eventually(
        async () => (await app.inject({ url: '/api/fresh' })).statusCode === 200,
      );
      expect(reloaded).toBe(true);
      expect(json(await app.inject({ url: '/api/fresh' }))).toEqual([{ id: 7 }]);
    } finally {
      await app.close();
      await listening.db.drop();
    }
  });

  it('reloads on request of the engine (after migrations)', async () => {
    await t.db.owner.query(
      'create table rest_api.later (id int); grant select on rest_api.later to anon',
    );
    expect((await t.app.inject({ url: '/api/later' })).statusCode).toBe(404);
    await t.engine.reload();
    expect((await t.app.inject({ url: '/api/later' })).statusCode).toBe(200);
  });
});

describe('OpenAPI', () => {
  it('describes tables, views and functions of the schema at the root', async () => {
    const response = await t.app.inject({ url: '/api/' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/openapi+json; charset=utf-8');
    const doc = json<{
      swagger: string;
      paths: Record<string, Record<string, unknown>>;
      definitions: Record<string, { properties: object; description?: string }>;
    }>(response);
    expect(doc.swagger).toBe('2.0');
    expect(Object.keys(doc.paths['/items'] ?? {})).toEqual(['get', 'post', 'patch', 'delete']);
    expect(doc.paths['/rpc/add']).toHaveProperty('get');
    expect(doc.paths['/rpc/new_client']).not.toHaveProperty('get');
    expect(doc.definitions.items?.description).toBe('Things with every kind of column');
    expect(Object.keys(doc.definitions.items?.properties ?? {})).toContain('tags');
    const v2 = json<{ paths: object }>(
      await t.app.inject({ url: '/api/', headers: { 'Accept-Profile': 'rest_v2' } }),
    );
    expect(Object.keys(v2.paths)).toEqual(['/', '/things']);
  });
});

describe('API reference page', () => {
  it('serves Swagger UI from the installed package, pointed at the root document', async () => {
    const page = await t.app.inject({ url: '/api/docs' });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.body).toContain('/api/docs/swagger-ui-bundle.js');
    const init = await t.app.inject({ url: '/api/docs/init.js' });
    expect(init.body).toContain('"/api/"');
    const bundle = await t.app.inject({ url: '/api/docs/swagger-ui-bundle.js' });
    expect(bundle.statusCode).toBe(200);
    expect(bundle.body.length).toBeGreaterThan(100_000);
    expect((await t.app.inject({ url: '/api/docs/../../etc/passwd' })).statusCode).toBe(404);
    expect((await t.app.inject({ url: '/api/docs/package.json' })).statusCode).toBe(404);
  });
});
