import pino, { type Logger } from 'pino';
import { type Config, loadConfig } from './config/config';
import { type RuntimeSecrets, resolveSecrets } from './config/runtime-secrets';
import { type Database, openDatabase } from './db/database';

export interface Runtime {
  config: Config;
  secrets: RuntimeSecrets;
  logger: Logger;
  db: Database;
}

export function createLogger(config: Pick<Config, 'logLevel'>): Logger {
  return pino({
    level: config.logLevel,
    redact: ['req.headers.authorization', 'req.headers.cookie'],
  });
}

/** Everything a Crewlog process needs before it can serve: config, secrets, a migrated database. */
export async function boot(env: NodeJS.ProcessEnv = process.env): Promise<Runtime> {
  const config = loadConfig(env);
  const logger = createLogger(config);
  const secrets = await resolveSecrets(config);
  const db = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    embeddedPort: config.embeddedPgPort,
    embeddedSuperuserPassword: secrets.embeddedSuperuserPassword,
    authenticatorPassword: secrets.authenticatorPassword,
    encryptionKey: secrets.encryptionKey,
    // So that /api/rpc/check_failed_logins answers with the thresholds the auth server uses.
    extraSettings: {
      email_lock_threshold: String(config.emailLockThreshold),
      ip_lock_threshold: String(config.ipLockThreshold),
    },
    logger,
  });
  return { config, secrets, logger, db };
}
