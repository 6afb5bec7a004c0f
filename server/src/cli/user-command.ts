import { parseArgs } from 'node:util';
import { boot } from '../boot';
import { createPool } from '../db/pools';
import { insertUser, type Role, withOwnerTx } from '../users/create-user';
import { UsageError } from './usage-error';

const ROLES: Role[] = ['field', 'manager', 'admin'];
const USAGE =
  'usage: crewlog user create --email E --password P --name N --alias A --role field|manager|admin';

export interface UserCreateArgs {
  email: string;
  password: string;
  name: string;
  alias: string;
  role: Role;
}

/** Parses `create --email … --role …`; every option is required and checked here. */
export function parseUserCreateArgs(args: string[]): UserCreateArgs {
  const [sub, ...rest] = args;
  if (sub !== 'create') throw new UsageError(USAGE);
  let values: Record<string, string | undefined>;
  try {
    ({ values } = parseArgs({
      args: rest,
      options: {
        email: { type: 'string' },
        password: { type: 'string' },
        name: { type: 'string' },
        alias: { type: 'string' },
        role: { type: 'string', default: 'field' },
      },
      strict: true,
    }));
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n${USAGE}`);
  }
  const { email = '', password = '', name = '', alias = '' } = values;
  const missing = Object.entries({ email, password, name, alias }).filter(([, value]) => !value);
  if (missing.length > 0) {
    throw new UsageError(`missing --${missing.map(([key]) => key).join(', --')}\n${USAGE}`);
  }
  const role = values.role as Role;
  if (!ROLES.includes(role)) throw new UsageError(`--role must be one of ${ROLES.join(', ')}`);
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email))
    throw new UsageError('--email is not an email address');
  if (password.length < 8) throw new UsageError('--password must be at least 8 characters');
  return { email, password, name, alias, role };
}

export async function userCommand(args: string[]): Promise<void> {
  const input = parseUserCreateArgs(args);
  const { db, secrets, logger } = await boot();
  const owner = createPool(db.ownerUrl, 1);
  try {
    const userId = await withOwnerTx(owner, secrets.encryptionKey, (client) =>
      insertUser(client, { ...input, emailVerified: true }),
    );
    logger.info({ userId, alias: input.alias, role: input.role }, 'user created');
    process.stdout.write(`created ${input.role} ${input.alias} (user ${userId})\n`);
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === '23505') throw new UsageError('a user with this email or alias exists already');
    if (code === '23514') throw new UsageError(`invalid value: ${(error as Error).message}`);
    throw error;
  } finally {
    await owner.end();
    await db.close();
  }
}
