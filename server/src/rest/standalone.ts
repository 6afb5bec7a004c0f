import Fastify, { type FastifyInstance } from 'fastify';
import { z } from 'zod';
import { createPool } from '../db/pools';
import { createRequestTx } from '../db/request-tx';
import { restPlugin } from './plugin';

/** PostgREST's own environment names, so the engine can stand in for it. */
const EnvSchema = z.object({
  PGRST_DB_URI: z.string().min(1),
  PGRST_DB_SCHEMAS: z.string().default('public'),
  PGRST_DB_ANON_ROLE: z.string().min(1),
  PGRST_JWT_SECRET: z.string().min(32, 'PGRST_JWT_SECRET must be at least 32 characters'),
  PGRST_JWT_AUD: z.string().optional(),
  PGRST_DB_PRE_REQUEST: z.string().optional(),
  PGRST_DB_MAX_ROWS: z.coerce.number().int().positive().optional(),
  PGRST_DB_TX_END: z
    .enum(['commit', 'commit-allow-override', 'rollback', 'rollback-allow-override'])
    .default('commit'),
  PGRST_DB_PREPARED_STATEMENTS: z.enum(['true', 'false']).default('true'),
  PGRST_DB_POOL: z.coerce.number().int().positive().default(10),
  PGRST_SERVER_HOST: z.string().default('127.0.0.1'),
  PGRST_SERVER_PORT: z.coerce.number().int().min(0).max(65_535).default(3000),
});

export interface StandaloneApi {
  app: FastifyInstance;
  /** The address it listens on, e.g. http://127.0.0.1:3000 */
  url: string;
  close(): Promise<void>;
}

/**
 * Serves only the data API at the root path, against any database and schema, configured
 * like PostgREST. The database URI logs in as the authenticator role; the same connection
 * string LISTENs for `NOTIFY pgrst` schema reloads.
 */
export async function startStandaloneApi(
  env: Record<string, string | undefined>,
): Promise<StandaloneApi> {
  const config = EnvSchema.parse(env);
  const pool = createPool(config.PGRST_DB_URI, config.PGRST_DB_POOL);
  // Closing must not wait for clients that stopped reading a response.
  const app = Fastify({
    logger: { level: 'warn' },
    bodyLimit: 10 * 1024 * 1024,
    forceCloseConnections: true,
  });
  await app.register(restPlugin, {
    pool,
    withRequestTx: createRequestTx(pool, {
      settings: appSettings(env),
      preRequest: config.PGRST_DB_PRE_REQUEST,
    }),
    schemas: config.PGRST_DB_SCHEMAS.split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    anonRole: config.PGRST_DB_ANON_ROLE,
    jwtSecret: config.PGRST_JWT_SECRET,
    jwtAudience: config.PGRST_JWT_AUD,
    maxRows: config.PGRST_DB_MAX_ROWS,
    txEnd: config.PGRST_DB_TX_END,
    preparedStatements: config.PGRST_DB_PREPARED_STATEMENTS === 'true',
    listenUrl: config.PGRST_DB_URI,
  });
  app.addHook('onClose', () => pool.end());
  const url = await app.listen({ host: config.PGRST_SERVER_HOST, port: config.PGRST_SERVER_PORT });
  return { app, url, close: () => app.close() };
}

/**
 * PostgREST's `app.settings.*`: PGRST_APP_SETTINGS_ENCRYPTION_KEY becomes
 * `app.settings.encryption_key` in every request transaction (Crewlog's schema needs it).
 */
export function appSettings(env: Record<string, string | undefined>): Record<string, string> {
  const settings: Record<string, string> = {};
  for (const [name, value] of Object.entries(env)) {
    const match = /^PGRST_APP_SETTINGS_([A-Z0-9_]+)$/.exec(name);
    if (match?.[1] && value !== undefined) settings[match[1].toLowerCase()] = value;
  }
  return settings;
}
