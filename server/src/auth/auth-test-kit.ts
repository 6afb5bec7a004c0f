// Helpers for the auth server's database tests: the real application on a test database
// with a clock the test moves and a mailbox the test reads.
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { decodeJwt } from 'jose';
import pino from 'pino';
import { TEST_ENCRYPTION_KEY, type TestDatabase } from '../../test/test-database';
import { buildApp } from '../app';
import { loadConfig } from '../config/config';
import type { Database } from '../db/database';
import type { MailMessage } from '../mail/mailer';
import { insertUser, type Role, withOwnerTx } from '../users/create-user';
import { REFRESH_COOKIE } from './refresh-cookie';

export const TEST_JWT_SECRET = 'auth-test-jwt-secret-0123456789abcdefghijkl';
export const PASSWORD = 'correct horse battery';

export interface MovableClock {
  (): Date;
  advance(ms: number): void;
}

export function movableClock(start = new Date()): MovableClock {
  let now = start.getTime();
  const clock = () => new Date(now);
  clock.advance = (ms: number) => {
    now += ms;
  };
  return clock;
}

export interface AuthTestApp {
  app: FastifyInstance;
  clock: MovableClock;
  mail: MailMessage[];
}

export async function authTestApp(
  db: TestDatabase,
  env: Record<string, string> = {},
): Promise<AuthTestApp> {
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', ...env });
  const database: Database = {
    ownerUrl: db.ownerUrl,
    pool: db.pool,
    withRequestTx: db.withRequestTx,
    settings: db.settings,
    close: async () => {},
  };
  const clock = movableClock();
  const mail: MailMessage[] = [];
  const app = await buildApp({
    config,
    db: database,
    logger: pino({ level: 'silent' }),
    secrets: {
      jwtSecret: TEST_JWT_SECRET,
      encryptionKey: TEST_ENCRYPTION_KEY,
      authenticatorPassword: '',
      embeddedSuperuserPassword: '',
    },
    auth: { clock, mailer: { send: async (message) => void mail.push(message) } },
  });
  return { app, clock, mail };
}

/** A verified user made by the owner, as the command line makes them. */
export async function createUser(db: TestDatabase, alias: string, role: Role = 'field') {
  return withOwnerTx(db.owner, TEST_ENCRYPTION_KEY, (client) =>
    insertUser(client, {
      email: `${alias}@example.com`,
      password: PASSWORD,
      name: `${alias} person`,
      alias,
      role,
    }),
  );
}

export interface Device {
  response: LightMyRequestResponse;
  accessToken: string;
  refreshToken: string;
  sessionId: string;
}

export async function loginAs(
  app: FastifyInstance,
  alias: string,
  options: { password?: string; device?: string; remoteAddress?: string } = {},
): Promise<Device> {
  const response = await app.inject({
    method: 'POST',
    url: '/auth/login',
    payload: {
      email: `${alias}@example.com`,
      password: options.password ?? PASSWORD,
      device_info: options.device ?? `${alias}'s phone`,
    },
    ...(options.remoteAddress ? { remoteAddress: options.remoteAddress } : {}),
  });
  if (response.statusCode !== 200) {
    throw new Error(`login failed: ${response.statusCode} ${response.body}`);
  }
  const accessToken = response.json().access_token as string;
  return {
    response,
    accessToken,
    refreshToken: refreshCookieOf(response) ?? '',
    sessionId: String(decodeJwt(accessToken).sid),
  };
}

export function refreshCookieOf(response: LightMyRequestResponse): string | undefined {
  return response.cookies.find((cookie) => cookie.name === REFRESH_COOKIE)?.value || undefined;
}

export function bearer(accessToken: string) {
  return { authorization: `Bearer ${accessToken}` };
}

/** What the data API does first with a token: the request doorway and api.pre_request. */
export async function dataApiAccepts(db: TestDatabase, accessToken: string): Promise<boolean> {
  const claims = decodeJwt(accessToken);
  try {
    await db.withRequestTx({ role: 'authenticated', claims }, (client) =>
      client.query('select 1 from api.users limit 1'),
    );
    return true;
  } catch (error) {
    if ((error as { code?: string }).code === 'PT401') return false;
    throw error;
  }
}
