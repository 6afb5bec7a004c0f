import { ConfigError } from '../config/config';
import { MigrationError } from '../db/migrate';
import { OpsRefusal } from '../ops/ops-refusal';
import { PgToolMissing } from '../ops/pg-tools';
import { UsageError } from './usage-error';

type Command = (args: string[]) => Promise<void>;

const commands: Record<string, { summary: string; load: () => Promise<Command> }> = {
  start: {
    summary: 'start the server (embedded PostgreSQL unless DATABASE_URL is set)',
    load: async () => (await import('./start-command')).startCommand,
  },
  worker: {
    summary: 'run background jobs only (beside servers and other workers on one database)',
    load: async () => (await import('./worker-command')).workerCommand,
  },
  api: {
    summary:
      'serve only the data API, configured like PostgREST (PGRST_DB_URI, PGRST_JWT_SECRET, …)',
    load: async () => (await import('./api-command')).apiCommand,
  },
  migrate: {
    summary: 'apply pending database migrations and exit',
    load: async () => (await import('./migrate-command')).migrateCommand,
  },
  user: {
    summary: 'user create --email E --password P --name N --alias A --role field|manager|admin',
    load: async () => (await import('./user-command')).userCommand,
  },
  'seed-demo': {
    summary: 'fill the database with a sample team, buildings and two months of work',
    load: async () => (await import('./seed-demo-command')).seedDemoCommand,
  },
  backup: {
    summary: 'backup --out FILE: write a pg_dump archive (custom format) of the database',
    load: async () => (await import('./backup-command')).backupCommand,
  },
  restore: {
    summary: 'restore FILE [--force]: load a backup into the (empty) configured database',
    load: async () => (await import('./restore-command')).restoreCommand,
  },
  'rotate-key': {
    summary: 're-encrypt stored data under NEW_ENCRYPTION_KEY (servers stopped; resumable)',
    load: async () => (await import('./rotate-key-command')).rotateKeyCommand,
  },
};

function usage(): string {
  const lines = Object.entries(commands).map(
    ([name, { summary }]) => `  ${name.padEnd(10)} ${summary}`,
  );
  return `usage: crewlog <command> [options]\n\ncommands:\n${lines.join('\n')}\n`;
}

/** Runs one command; a known kind of failure becomes one line on stderr and exit code 1. */
export async function main(argv: string[]): Promise<void> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(usage());
    return;
  }
  const command = commands[name];
  if (!command) {
    process.stderr.write(`crewlog: unknown command "${name}"\n\n${usage()}`);
    process.exitCode = 2;
    return;
  }
  try {
    await (await command.load())(rest);
  } catch (error) {
    if (
      error instanceof ConfigError ||
      error instanceof MigrationError ||
      error instanceof UsageError ||
      error instanceof OpsRefusal ||
      error instanceof PgToolMissing
    ) {
      process.stderr.write(`crewlog: ${error.message}\n`);
      process.exit(error instanceof UsageError ? 2 : 1);
    }
    throw error;
  }
}
