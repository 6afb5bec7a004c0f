import { randomBytes } from 'node:crypto';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import webpush from 'web-push';

/** Secrets a development install generates on first start and keeps in its data folder. */
export interface DevSecrets {
  jwtSecret: string;
  encryptionKey: string;
  authenticatorPassword: string;
  embeddedSuperuserPassword: string;
  /** Web push (VAPID) keys, base64url. */
  vapidPublicKey: string;
  vapidPrivateKey: string;
}

const FILE_NAME = 'secrets.json';

function generate(): DevSecrets {
  const secret = () => randomBytes(32).toString('base64url');
  const vapid = webpush.generateVAPIDKeys();
  return {
    vapidPublicKey: vapid.publicKey,
    vapidPrivateKey: vapid.privateKey,
    jwtSecret: secret(),
    encryptionKey: secret(),
    authenticatorPassword: secret(),
    embeddedSuperuserPassword: secret(),
  };
}

/**
 * Reads the data folder's secrets file, creating it (mode 0600) on first use. Values added
 * by later versions are filled in without touching the ones already there, because
 * changing the encryption key would make every stored ciphertext unreadable.
 */
export async function loadDevSecrets(dataDir: string): Promise<DevSecrets> {
  await mkdir(dataDir, { recursive: true });
  const file = path.join(dataDir, FILE_NAME);
  let stored: Partial<DevSecrets> = {};
  try {
    stored = JSON.parse(await readFile(file, 'utf8')) as Partial<DevSecrets>;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
      throw new Error(`cannot read ${file}: ${(error as Error).message}`);
    }
  }
  const secrets = { ...generate(), ...stored };
  if (Object.keys(stored).length !== Object.keys(secrets).length) {
    await writeFile(file, `${JSON.stringify(secrets, null, 2)}\n`, { mode: 0o600 });
  }
  await chmod(file, 0o600);
  return secrets;
}
