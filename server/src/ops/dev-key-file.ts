import { randomBytes } from 'node:crypto';
import { readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';

// The development secrets file (see config/dev-secrets.ts) and the two fields a key
// rotation touches. The next key waits in `pendingEncryptionKey` until the rotation is
// done, so an interrupted run resumes with the same key.
const FILE_NAME = 'secrets.json';

type SecretsFile = Record<string, unknown> & {
  encryptionKey?: string;
  pendingEncryptionKey?: string;
};

async function read(dataDir: string): Promise<SecretsFile> {
  return JSON.parse(await readFile(path.join(dataDir, FILE_NAME), 'utf8')) as SecretsFile;
}

/** Written beside the file and renamed over it: a crash never leaves half a file. */
async function write(dataDir: string, secrets: SecretsFile): Promise<void> {
  const file = path.join(dataDir, FILE_NAME);
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, `${JSON.stringify(secrets, null, 2)}\n`, { mode: 0o600 });
  await rename(temporary, file);
}

/** The key a development rotation moves to: the pending one, else a new one kept as pending. */
export async function pendingDevKey(dataDir: string, given?: string): Promise<string> {
  const secrets = await read(dataDir);
  const pending = given ?? secrets.pendingEncryptionKey ?? randomBytes(32).toString('base64url');
  if (secrets.pendingEncryptionKey !== pending) {
    await write(dataDir, { ...secrets, pendingEncryptionKey: pending });
  }
  return pending;
}

/** After a finished rotation: the pending key becomes the key the server uses. */
export async function promoteDevKey(dataDir: string, newKey: string): Promise<void> {
  const { pendingEncryptionKey: _done, ...secrets } = await read(dataDir);
  await write(dataDir, { ...secrets, encryptionKey: newKey });
}
