import type { FastifyInstance } from 'fastify';
import pino from 'pino';
import webpush from 'web-push';
import { buildApp } from '../src/app';
import { loadConfig } from '../src/config/config';
import type { Database } from '../src/db/database';
import { TEST_ENCRYPTION_KEY, type TestDatabase } from './test-database';

export const TEST_JWT_SECRET = 'test-jwt-secret-0123456789abcdefghijklmnop';
/** One web push key pair for every test app of a run. */
export const TEST_VAPID = webpush.generateVAPIDKeys();

/** The real application on a test database, for `app.inject`. */
export async function buildTestApp(
  db: TestDatabase,
  env: Record<string, string> = {},
): Promise<FastifyInstance> {
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', ...env });
  const database: Database = {
    ownerUrl: db.ownerUrl,
    pool: db.pool,
    withRequestTx: db.withRequestTx,
    settings: db.settings,
    close: async () => {},
  };
  const secrets = {
    jwtSecret: TEST_JWT_SECRET,
    encryptionKey: TEST_ENCRYPTION_KEY,
    authenticatorPassword: '',
    embeddedSuperuserPassword: '',
    vapid: TEST_VAPID,
  };
  return buildApp({ config, db: database, logger: pino({ level: 'silent' }), secrets });
}
