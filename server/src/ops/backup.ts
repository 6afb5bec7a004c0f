import { execFile } from 'node:child_process';
import { chmod, rename, rm, stat } from 'node:fs/promises';
import { promisify } from 'node:util';
import { OpsRefusal } from './ops-refusal';
import { libpqConnection, serverMajorVersion } from './owner-connection';
import { findPgTool } from './pg-tools';

const run = promisify(execFile);

export interface BackupResult {
  file: string;
  bytes: number;
  pgDump: string;
}

/**
 * `pg_dump --format=custom` of the whole database: schema, data (ciphertext as stored),
 * grants and the job queue. Written beside the target first and renamed when complete, so
 * a failed run never leaves a file that looks like a backup. Readable by its owner only:
 * it holds password hashes and, with the key, everything.
 */
export async function backupDatabase(
  ownerUrl: string,
  outFile: string,
  env = process.env,
): Promise<BackupResult> {
  if (await exists(outFile)) {
    throw new OpsRefusal(`${outFile} exists already; choose a new file name for the backup`);
  }
  const pgDump = await findPgTool('pg_dump', await serverMajorVersion(ownerUrl), env);
  const partial = `${outFile}.partial`;
  const { dbname, env: childEnv } = libpqConnection(ownerUrl);
  try {
    await run(
      pgDump,
      ['--format=custom', '--compress=6', `--file=${partial}`, `--dbname=${dbname}`],
      {
        env: childEnv,
        maxBuffer: 16 * 1024 * 1024,
      },
    );
    await chmod(partial, 0o600);
    await rename(partial, outFile);
  } catch (error) {
    await rm(partial, { force: true });
    throw new Error(`pg_dump failed: ${stderrOf(error)}`);
  }
  return { file: outFile, bytes: (await stat(outFile)).size, pgDump };
}

export function stderrOf(error: unknown): string {
  const stderr = (error as { stderr?: string }).stderr?.trim();
  return stderr || (error as Error).message;
}

async function exists(file: string): Promise<boolean> {
  try {
    await stat(file);
    return true;
  } catch {
    return false;
  }
}
