import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';

const run = promisify(execFile);

export const SCHEMA_FILE = path.resolve(import.meta.dirname, '../../../db/schema.sql');

/**
 * A pg_dump binary of the server's major version (pg_dump refuses newer servers and its
 * output differs between majors), or undefined. PG_DUMP names one explicitly.
 */
export async function findPgDump(url: string): Promise<string | undefined> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const major = (
    await client.query(`select current_setting('server_version_num')::int / 10000 as major`)
  ).rows[0].major;
  await client.end();
  for (const candidate of [
    process.env.PG_DUMP,
    `/usr/lib/postgresql/${major}/bin/pg_dump`,
    'pg_dump',
  ]) {
    if (!candidate) continue;
    try {
      const { stdout } = await run(candidate, ['--version']);
      if (stdout.includes(` ${major}.`)) return candidate;
    } catch {
      // not installed under this name
    }
  }
  return undefined;
}

/** The schema as pg_dump prints it, without the lines that change from run to run. */
export async function dumpSchema(url: string, pgDump: string): Promise<string> {
  const { stdout } = await run(pgDump, ['--schema-only', '--no-owner', url], {
    maxBuffer: 64 * 1024 * 1024,
  });
  return normalise(stdout);
}

export function normalise(dump: string): string {
  return `${dump
    .split('\n')
    .filter((line) => !/^-- Dumped (from|by)/.test(line) && !/^\\(un)?restrict /.test(line))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`;
}

export async function committedSchema(): Promise<string | undefined> {
  try {
    return await readFile(SCHEMA_FILE, 'utf8');
  } catch {
    return undefined;
  }
}
