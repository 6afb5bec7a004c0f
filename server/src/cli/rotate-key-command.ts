import { parseArgs } from 'node:util';
import { migrate } from '../db/migrate';
import { pendingDevKey, promoteDevKey } from '../ops/dev-key-file';
import { rotateEncryptionKey } from '../ops/key-rotation';
import { opsRuntime } from './ops-runtime';
import { UsageError } from './usage-error';

const USAGE =
  'usage: NEW_ENCRYPTION_KEY=… crewlog rotate-key [--batch-size N] [--ignore-connected-servers]';
const MIN_KEY_LENGTH = 32;

export interface RotateKeyArgs {
  batchSize: number;
  ignoreConnectedServers: boolean;
}

export function parseRotateKeyArgs(args: string[]): RotateKeyArgs {
  let values: { 'batch-size'?: string; 'ignore-connected-servers'?: boolean };
  try {
    ({ values } = parseArgs({
      args,
      options: {
        'batch-size': { type: 'string', default: '500' },
        'ignore-connected-servers': { type: 'boolean', default: false },
      },
      strict: true,
    }));
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n${USAGE}`);
  }
  const batchSize = Number(values['batch-size']);
  if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 100_000) {
    throw new UsageError('--batch-size must be a whole number from 1 to 100000');
  }
  return { batchSize, ignoreConnectedServers: Boolean(values['ignore-connected-servers']) };
}

/**
 * The current key is the configured one (ENCRYPTION_KEY, or in development the data
 * folder's secrets file). The new key comes from NEW_ENCRYPTION_KEY, never a flag, so it
 * stays out of shell history and the process list. In development, when the key lives in
 * the secrets file, the new key may be left out: one is generated, kept there as pending,
 * and becomes the key when the rotation is done.
 */
export async function rotateKeyCommand(args: string[], env = process.env): Promise<void> {
  const options = parseRotateKeyArgs(args);
  const { config, secrets, logger, owner } = await opsRuntime(env);
  const devFile = config.encryptionKey === undefined && !config.isProduction;
  try {
    const given = env.NEW_ENCRYPTION_KEY || undefined;
    if (!given && !devFile) {
      throw new UsageError(
        `set NEW_ENCRYPTION_KEY to the new key (at least ${MIN_KEY_LENGTH} characters)\n${USAGE}`,
      );
    }
    if (given && given.length < MIN_KEY_LENGTH) {
      throw new UsageError(`NEW_ENCRYPTION_KEY must be at least ${MIN_KEY_LENGTH} characters`);
    }
    const newKey = devFile ? await pendingDevKey(config.dataDir, given) : (given as string);
    await migrate(owner.ownerUrl);
    const result = await rotateEncryptionKey(owner.ownerUrl, {
      oldKey: secrets.encryptionKey,
      newKey,
      batchSize: options.batchSize,
      ignoreConnectedServers: options.ignoreConnectedServers,
      logger,
    });
    const total = Object.values(result.rows).reduce((sum, n) => sum + n, 0);
    if (devFile) {
      await promoteDevKey(config.dataDir, newKey);
      process.stdout.write(
        `re-encrypted ${total} rows; the data folder's secrets file now holds the new key\n`,
      );
    } else {
      process.stdout.write(
        `re-encrypted ${total} rows; now set ENCRYPTION_KEY to the new key (NEW_ENCRYPTION_KEY) everywhere and start Crewlog\n`,
      );
    }
  } finally {
    await owner.close();
  }
}
