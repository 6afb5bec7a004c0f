import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/test-database';
import type { Engine } from './engine';
import { restPlugin } from './plugin';

// The engine in front of Crewlog's own `api` schema: the cache loads, relationships are
// inferred through the views, and no relation answers with a server error.
let db: TestDatabase;
let app: FastifyInstance;
let engine: Engine | undefined;
beforeAll(async () => {
  db = await createTestDatabase();
  app = Fastify();
  await app.register(restPlugin, {
    prefix: '/api',
    pool: db.pool,
    withRequestTx: db.withRequestTx,
    schemas: ['api'],
    anonRole: 'anon',
    jwtSecret: 'crewlog-schema-test-secret-0123456789',
    onEngine: (e) => {
      engine = e;
    },
  });
  await app.ready();
});
afterAll(async () => {
  await app.close();
  await db.drop();
});

it('loads the api schema with relationships inferred through views', () => {
  const cache = engine?.schemaCache();
  expect(cache?.relations.size).toBeGreaterThan(10);
  const entries = cache?.relationships.get('api.ticket_entries') ?? [];
  expect(entries.map((r) => r.target.name)).toContain('tickets');
});

it('answers every relation and the OpenAPI document without a server error', async () => {
  for (const relation of engine?.schemaCache()?.relations.values() ?? []) {
    const response = await app.inject({ url: `/api/${relation.name}?limit=0` });
    expect(response.statusCode, `${relation.name}: ${response.body}`).toBeLessThan(500);
  }
  expect((await app.inject({ url: '/api/' })).statusCode).toBe(200);
});
