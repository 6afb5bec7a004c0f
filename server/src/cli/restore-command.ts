import path from 'node:path';
import { parseArgs } from 'node:util';
import { restoreDatabase } from '../ops/restore';
import { opsRuntime } from './ops-runtime';
import { UsageError } from './usage-error';

const USAGE = 'usage: crewlog restore FILE [--force]';

export function parseRestoreArgs(args: string[]): { file: string; force: boolean } {
  try {
    const { values, positionals } = parseArgs({
      args,
      options: { force: { type: 'boolean', default: false } },
      allowPositionals: true,
      strict: true,
    });
    if (positionals.length !== 1) throw new Error('name one backup file');
    return { file: path.resolve(positionals[0] as string), force: Boolean(values.force) };
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n${USAGE}`);
  }
}

/**
 * Restores into the configured database. Servers must be stopped; they migrate the
 * restored database when they start (a backup of an older version is brought forward).
 */
export async function restoreCommand(args: string[]): Promise<void> {
  const { file, force } = parseRestoreArgs(args);
  const { owner, logger } = await opsRuntime();
  try {
    await restoreDatabase(owner.ownerUrl, file, { force });
    logger.info({ file }, 'backup restored');
    process.stdout.write(
      `restored ${file}; start Crewlog with the encryption key the backup was made with\n`,
    );
  } finally {
    await owner.close();
  }
}
