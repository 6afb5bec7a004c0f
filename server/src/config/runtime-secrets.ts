import type { Config } from './config';
import { loadDevSecrets } from './dev-secrets';

export interface RuntimeSecrets {
  jwtSecret: string;
  encryptionKey: string;
  authenticatorPassword: string;
  embeddedSuperuserPassword: string;
}

/**
 * Given values win. What is missing comes from the data folder's secrets file, except in
 * production, where config.ts has already refused to start without JWT and encryption keys.
 */
export async function resolveSecrets(config: Config): Promise<RuntimeSecrets> {
  const stored = await loadDevSecrets(config.dataDir);
  return {
    jwtSecret: config.jwtSecret ?? stored.jwtSecret,
    encryptionKey: config.encryptionKey ?? stored.encryptionKey,
    authenticatorPassword: config.authenticatorPassword ?? stored.authenticatorPassword,
    embeddedSuperuserPassword: stored.embeddedSuperuserPassword,
  };
}
