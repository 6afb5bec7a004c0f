import path from 'node:path';
import { parseArgs } from 'node:util';
import { backupDatabase } from '../ops/backup';
import { opsRuntime } from './ops-runtime';
import { UsageError } from './usage-error';

const USAGE = 'usage: crewlog backup --out FILE';

export function parseBackupArgs(args: string[]): { out: string } {
  try {
    const { values } = parseArgs({ args, options: { out: { type: 'string' } }, strict: true });
    if (!values.out) throw new Error('missing --out');
    return { out: path.resolve(values.out) };
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n${USAGE}`);
  }
}

export async function backupCommand(args: string[]): Promise<void> {
  const { out } = parseBackupArgs(args);
  const { owner, logger } = await opsRuntime();
  try {
    const result = await backupDatabase(owner.ownerUrl, out);
    logger.info(
      { file: result.file, bytes: result.bytes, pgDump: result.pgDump },
      'backup written',
    );
    process.stdout.write(`backup written to ${result.file} (${result.bytes} bytes)\n`);
  } finally {
    await owner.close();
  }
}
