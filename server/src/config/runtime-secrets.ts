import type { Config } from './config';
import { loadDevSecrets } from './dev-secrets';

export interface RuntimeSecrets {
  jwtSecret: string;
  encryptionKey: string;
  authenticatorPassword: string;
  embeddedSuperuserPassword: string;
  /** Web push keys; undefined in production unless configured (push is then off). */
  vapid?: { publicKey: string; privateKey: string } | undefined;
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
    vapid: vapidKeys(config, stored),
  };
}

/**
 * Configured keys win; development falls back to the generated pair. In production keys
 * are never generated silently: subscriptions made with one pair fail with another.
 */
function vapidKeys(config: Config, stored: { vapidPublicKey: string; vapidPrivateKey: string }) {
  const { vapidPublicKey, vapidPrivateKey } = config.push;
  if (vapidPublicKey && vapidPrivateKey)
    return { publicKey: vapidPublicKey, privateKey: vapidPrivateKey };
  if (config.isProduction) return undefined;
  return { publicKey: stored.vapidPublicKey, privateKey: stored.vapidPrivateKey };
}
