import type { Logger } from 'pino';
import { createLogger } from '../boot';
import { type Config, loadConfig } from '../config/config';
import { type RuntimeSecrets, resolveSecrets } from '../config/runtime-secrets';
import { type OwnerConnection, openOwnerConnection } from '../ops/owner-connection';

export interface OpsRuntime {
  config: Config;
  secrets: RuntimeSecrets;
  logger: Logger;
  owner: OwnerConnection;
}

/** Config, secrets and the owner connection, for commands that must not migrate first. */
export async function opsRuntime(env: NodeJS.ProcessEnv = process.env): Promise<OpsRuntime> {
  const config = loadConfig(env);
  const logger = createLogger(config);
  const secrets = await resolveSecrets(config);
  const owner = await openOwnerConnection(config, secrets, logger);
  return { config, secrets, logger, owner };
}
