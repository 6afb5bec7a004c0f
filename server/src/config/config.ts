import path from 'node:path';
import { z } from 'zod';
import { type PushConfig, pushConfig } from './push-config';
import { type TransferConfig, transferConfig } from './transfer-config';

/** How long a proposed import waits for its confirmation before it is purged. */
export const DEFAULT_UNCONFIRMED_IMPORT_MAX_AGE_HOURS = 72;

/**
 * Everything Crewlog reads from its environment, parsed and validated once at start-up.
 * Secrets that are missing in development are generated later (see dev-secrets.ts); in
 * production they must be given, so a misconfigured server refuses to start.
 */
const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  CREWLOG_DATA_DIR: z.string().min(1).default('data'),
  EMBEDDED_PG_PORT: z.coerce.number().int().min(1).max(65535).default(54329),
  AUTHENTICATOR_PASSWORD: z.string().min(16).optional(),
  JWT_SECRET: z.string().min(32, 'JWT_SECRET must be at least 32 characters').optional(),
  JWT_AUDIENCE: z.string().min(1).default('crewlog'),
  ENCRYPTION_KEY: z.string().min(32, 'ENCRYPTION_KEY must be at least 32 characters').optional(),
  REDIS_URL: z.url({ protocol: /^rediss?$/ }).optional(),
  TRUST_PROXY: z.string().min(1).optional(),
  METRICS_TOKEN: z.string().min(32, 'METRICS_TOKEN must be at least 32 characters').optional(),
  API_MAX_ROWS: z.coerce.number().int().min(1).max(100_000).default(1000),
  API_PREPARED_STATEMENTS: z.enum(['true', 'false']).default('true'),
  API_ENGINE: z.enum(['builtin', 'off']).default('builtin'),
  JOBS_IN_PROCESS: z.enum(['true', 'false']).default('true'),
  JOBS_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(4),
  REALTIME_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(8),
  REALTIME_SESSION_CHECK_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
  WS_AUTH_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(5000),
  PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
  AUTH_EMAIL_LOCK_THRESHOLD: z.coerce.number().int().min(1).max(1000).default(5),
  AUTH_IP_LOCK_THRESHOLD: z.coerce.number().int().min(1).max(100000).default(50),
  AUTH_TRUSTED_ORIGINS: z.string().optional(),
  TEAMS_WEBHOOK_URL: z.url({ protocol: /^https$/ }).optional(),
  IMPORT_MAX_FILE_BYTES: z.coerce.number().int().min(1024).default(10_485_760),
  IMPORT_MAX_FILES: z.coerce.number().int().min(1).max(5000).default(200),
  IMPORT_TICKET_PATTERNS: z.string().optional(),
  IMPORT_BACKGROUND_ABOVE_FILES: z.coerce.number().int().min(1).max(5000).default(10),
  IMPORT_UNCONFIRMED_MAX_AGE_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 365)
    .default(DEFAULT_UNCONFIRMED_IMPORT_MAX_AGE_HOURS),
  PROFILE_PICTURE_MAX_BYTES: z.coerce.number().int().min(1024).default(5_242_880),
  ENTRY_PHOTO_MAX_BYTES: z.coerce.number().int().min(1024).default(20_971_520),
  IMAGE_MAX_INPUT_PIXELS: z.coerce.number().int().min(1).default(40_000_000),
  VAPID_PUBLIC_KEY: z
    .string()
    .regex(/^[A-Za-z0-9_-]{80,100}$/)
    .optional(),
  VAPID_PRIVATE_KEY: z
    .string()
    .regex(/^[A-Za-z0-9_-]{40,50}$/)
    .optional(),
  VAPID_SUBJECT: z
    .string()
    .regex(/^(mailto:|https:\/\/)\S+$/)
    .optional(),
  PUSH_ENDPOINT_HOSTS: z.string().optional(),
});

export type Env = z.infer<typeof envSchema>;

export interface Config {
  env: Env['NODE_ENV'];
  isProduction: boolean;
  port: number;
  host: string;
  logLevel: Env['LOG_LEVEL'];
  /** Absolute path of the data folder (embedded database, development secrets, uploads). */
  dataDir: string;
  /** Owner connection used for migrations; undefined means "run the embedded PostgreSQL". */
  databaseUrl: string | undefined;
  embeddedPgPort: number;
  authenticatorPassword: string | undefined;
  jwtSecret: string | undefined;
  jwtAudience: string;
  encryptionKey: string | undefined;
  redisUrl: string | undefined;
  /** Fastify's trustProxy: false, true, a hop count, or addresses/CIDRs of the proxies. */
  trustProxy: boolean | string[] | ((address: string, hop: number) => boolean);
  /** Bearer token that admits a Prometheus scraper to /metrics from any address. */
  metricsToken: string | undefined;
  /** Most rows one data API read returns (PostgREST's db-max-rows). */
  apiMaxRows: number;
  /** Named prepared statements in the data API; off behind PgBouncer before 1.21. */
  apiPreparedStatements: boolean;
  /** `off` when PostgREST (or `crewlog api`) serves /api in front of this server. */
  apiEngine: Env['API_ENGINE'];
  /** Run background jobs inside the server (else only `crewlog worker` processes run them). */
  jobsInProcess: boolean;
  jobsConcurrency: number;
  /** Connections each instance uses to route live hints (apart from the API's pool). */
  realtimePoolSize: number;
  /** How often open sockets' sessions are re-checked for expiry and revocation. */
  realtimeSessionCheckSeconds: number;
  /** How long a new socket has to send its token. */
  wsAuthTimeoutMs: number;
  /** Where people reach Crewlog; links in mail point here (never at a request's Host). */
  publicUrl: string;
  /** Failed logins in 5 minutes that lock an email, and (higher) an IP address. */
  emailLockThreshold: number;
  ipLockThreshold: number;
  /** Origins besides the request's own Host allowed to call cookie routes (e.g. a proxy). */
  trustedOrigins: string[];
  /** Microsoft Teams incoming webhook for security alerts; off when unset. */
  teamsWebhookUrl: string | undefined;
  /** Limits and patterns of file imports and uploads (see transfer-config.ts). */
  transfer: TransferConfig;
  /** Web push: VAPID keys and the push services accepted (see push-config.ts). */
  push: PushConfig;
  /** Imports of more files than this are read by a background job (answer 202). */
  importBackgroundAboveFiles: number;
  /** Proposed imports never confirmed are purged after this many hours. */
  importUnconfirmedMaxAgeHours: number;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Parses the environment. Throws a ConfigError whose message fits on one line. */
export function loadConfig(source: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): Config {
  const parsed = envSchema.safeParse(stripEmpty(source));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.join('.') || 'environment';
    throw new ConfigError(`invalid configuration: ${where}: ${issue?.message ?? 'invalid'}`);
  }
  const env = parsed.data;
  const isProduction = env.NODE_ENV === 'production';
  if (isProduction) {
    const missing = ['JWT_SECRET', 'ENCRYPTION_KEY'].filter((name) => !env[name as keyof Env]);
    if (missing.length > 0) {
      throw new ConfigError(
        `NODE_ENV=production needs ${missing.join(' and ')} to be set (they are generated only in development)`,
      );
    }
  }
  return {
    env: env.NODE_ENV,
    isProduction,
    port: env.PORT,
    host: env.HOST,
    logLevel: env.LOG_LEVEL,
    dataDir: path.resolve(cwd, env.CREWLOG_DATA_DIR),
    databaseUrl: env.DATABASE_URL,
    embeddedPgPort: env.EMBEDDED_PG_PORT,
    authenticatorPassword: env.AUTHENTICATOR_PASSWORD,
    jwtSecret: env.JWT_SECRET,
    jwtAudience: env.JWT_AUDIENCE,
    encryptionKey: env.ENCRYPTION_KEY,
    redisUrl: env.REDIS_URL,
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
    metricsToken: env.METRICS_TOKEN,
    apiMaxRows: env.API_MAX_ROWS,
    apiPreparedStatements: env.API_PREPARED_STATEMENTS === 'true',
    apiEngine: env.API_ENGINE,
    jobsInProcess: env.JOBS_IN_PROCESS === 'true',
    jobsConcurrency: env.JOBS_CONCURRENCY,
    realtimePoolSize: env.REALTIME_POOL_SIZE,
    realtimeSessionCheckSeconds: env.REALTIME_SESSION_CHECK_SECONDS,
    wsAuthTimeoutMs: env.WS_AUTH_TIMEOUT_MS,
    publicUrl: (env.PUBLIC_URL ?? `http://localhost:${env.PORT}`).replace(/\/+$/, ''),
    emailLockThreshold: env.AUTH_EMAIL_LOCK_THRESHOLD,
    ipLockThreshold: env.AUTH_IP_LOCK_THRESHOLD,
    trustedOrigins: (env.AUTH_TRUSTED_ORIGINS ?? '')
      .split(',')
      .map((origin) => origin.trim().replace(/\/+$/, ''))
      .filter(Boolean),
    teamsWebhookUrl: env.TEAMS_WEBHOOK_URL,
    transfer: parseTransfer(env),
    push: parsePush(env),
    importBackgroundAboveFiles: env.IMPORT_BACKGROUND_ABOVE_FILES,
    importUnconfirmedMaxAgeHours: env.IMPORT_UNCONFIRMED_MAX_AGE_HOURS,
  };
}

function parsePush(env: Env): PushConfig {
  try {
    return pushConfig(env, (env.PUBLIC_URL ?? '').replace(/\/+$/, ''));
  } catch (error) {
    throw new ConfigError((error as Error).message);
  }
}

function parseTransfer(env: Env): TransferConfig {
  try {
    return transferConfig(env);
  } catch (error) {
    throw new ConfigError((error as Error).message);
  }
}

function parseTrustProxy(value: string | undefined): Config['trustProxy'] {
  if (value === undefined || value === 'false') return false;
  if (value === 'true') return true;
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    return (_address, hop) => hop < hops;
  }
  return value.split(',').map((part) => part.trim());
}

/** An empty variable (`FOO=` in a .env file) means "not set", not "set to nothing". */
function stripEmpty(source: NodeJS.ProcessEnv): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(source)) {
    if (value !== undefined && value !== '') out[key] = value;
  }
  return out;
}
