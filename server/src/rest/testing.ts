import path from 'node:path';
import Fastify, { type FastifyInstance, type LightMyRequestResponse } from 'fastify';
import { SignJWT } from 'jose';
import { createFixtureDatabase, type TestDatabase } from '../../test/test-database';
import type { Engine } from './engine';
import { type RestOptions, restPlugin } from './plugin';

export const JWT_SECRET = 'a-test-secret-that-is-long-enough-0123456789';
const FIXTURES = path.resolve(import.meta.dirname, '../../test/fixtures/rest');
export const FIXTURE_FILES = ['roles.sql', 'schema.sql', 'privileges.sql', 'data.sql'].map((f) =>
  path.join(FIXTURES, f),
);

export interface RestTestApp {
  app: FastifyInstance;
  db: TestDatabase;
  engine: Engine;
  token(
    claims: Record<string, unknown>,
    options?: { expiresIn?: string; notBefore?: string },
  ): Promise<string>;
  close(): Promise<void>;
}

/** A fresh fixture database and a Fastify app serving the data API at /api. */
export async function createRestTestApp(
  overrides: Partial<RestOptions> = {},
): Promise<RestTestApp> {
  const db = await createFixtureDatabase(FIXTURE_FILES);
  const app = Fastify({ logger: process.env.REST_TEST_LOG ? { level: 'error' } : false });
  let engine: Engine | undefined;
  await app.register(restPlugin, {
    prefix: '/api',
    pool: db.pool,
    withRequestTx: db.withRequestTx,
    schemas: ['rest_api', 'rest_v2'],
    anonRole: 'anon',
    jwtSecret: JWT_SECRET,
    txEnd: 'commit-allow-override',
    onEngine: (e) => {
      engine = e;
    },
    ...overrides,
  });
  await app.ready();
  return {
    app,
    db,
    engine: engine as Engine,
    async token(claims, options = {}) {
      let jwt = new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setIssuedAt();
      if (options.expiresIn) jwt = jwt.setExpirationTime(options.expiresIn);
      if (options.notBefore) jwt = jwt.setNotBefore(options.notBefore);
      return jwt.sign(new TextEncoder().encode(JWT_SECRET));
    },
    async close() {
      await app.close();
      await db.drop();
    },
  };
}

/** The parsed JSON body of an injected response. */
export function json<T = unknown>(response: LightMyRequestResponse): T {
  return JSON.parse(response.body) as T;
}
