import { urlForRole } from '../db/pools';

/** What every Crewlog process and PostgREST of one deployment must agree on. */
export interface SharedSecrets {
  /** Owner connection to the deployment's database (migrations, jobs). */
  databaseUrl: string;
  jwtSecret: string;
  encryptionKey: string;
  authenticatorPassword: string;
  redisUrl: string;
}

/**
 * A Crewlog server or worker behind the proxy: production mode, /api left to PostgREST,
 * jobs left to `crewlog worker`, and one trusted proxy hop (nginx) for client addresses.
 * The same variables as deploy/docker-compose.yml gives its containers.
 */
export function crewlogEnv(
  shared: SharedSecrets,
  extra: { port: number; publicUrl: string; dataDir: string },
): Record<string, string> {
  return {
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: String(extra.port),
    LOG_LEVEL: 'warn',
    DATABASE_URL: shared.databaseUrl,
    CREWLOG_DATA_DIR: extra.dataDir,
    AUTHENTICATOR_PASSWORD: shared.authenticatorPassword,
    JWT_SECRET: shared.jwtSecret,
    ENCRYPTION_KEY: shared.encryptionKey,
    REDIS_URL: shared.redisUrl,
    API_ENGINE: 'off',
    JOBS_IN_PROCESS: 'false',
    TRUST_PROXY: '1',
    PUBLIC_URL: extra.publicUrl,
  };
}

/**
 * PostgREST's configuration for Crewlog's schema (`crewlog api` reads the same names):
 * the `api` schema, the `authenticator` login, Crewlog's JWT secret and audience, the
 * pre-request check and the `app.settings.*` a Crewlog server would set itself.
 */
export function postgrestEnv(
  shared: SharedSecrets,
  extra: { host: string; port: number },
): Record<string, string> {
  return {
    PGRST_DB_URI: urlForRole(shared.databaseUrl, 'authenticator', shared.authenticatorPassword),
    PGRST_DB_SCHEMAS: 'api',
    PGRST_DB_ANON_ROLE: 'anon',
    PGRST_DB_PRE_REQUEST: 'api.pre_request',
    PGRST_DB_MAX_ROWS: '1000',
    PGRST_JWT_SECRET: shared.jwtSecret,
    PGRST_JWT_AUD: 'crewlog',
    PGRST_APP_SETTINGS_ENCRYPTION_KEY: shared.encryptionKey,
    PGRST_APP_SETTINGS_EMAIL_LOCK_THRESHOLD: '5',
    PGRST_APP_SETTINGS_IP_LOCK_THRESHOLD: '50',
    PGRST_SERVER_HOST: extra.host,
    PGRST_SERVER_PORT: String(extra.port),
  };
}
