import type pg from 'pg';
import { withKeyedTx } from '../db/keyed-tx';
import { hashPassword } from './password';

export type Role = 'field' | 'manager' | 'admin';

export interface NewUser {
  email: string;
  password: string;
  name: string;
  alias: string;
  role: Role;
  emailVerified?: boolean;
}

/**
 * Creates a user as the database owner (the command line's way in, e.g. for the first
 * admin). The caller's transaction must carry `app.settings.encryption_key`.
 */
export async function insertUser(client: pg.ClientBase, user: NewUser): Promise<number> {
  if (user.password.length < 8) throw new Error('the password must be at least 8 characters');
  const passwordHash = await hashPassword(user.password);
  const { rows } = await client.query<{ user_id: string }>(
    `insert into app.users (name_enc, alias, email_enc, email_hash, password_hash, user_is_admin,
       user_is_manager, user_is_email_verified, terms_version_agreed, terms_agreed_at)
     values (app.encrypt($1), $2, app.encrypt(lower(trim($3))), app.email_hash($3), $4, $5, $6, $7,
       (select setting_value #>> '{}' from app.site_settings where setting_key = 'terms_version'), now())
     returning user_id`,
    [
      user.name,
      user.alias,
      user.email,
      passwordHash,
      user.role === 'admin',
      user.role === 'manager',
      user.emailVerified ?? true,
    ],
  );
  return Number(rows[0]?.user_id);
}

/** Opens an owner transaction that can encrypt: for the command line and fixtures. */
export function withOwnerTx<T>(
  pool: pg.Pool,
  encryptionKey: string,
  fn: (client: pg.PoolClient) => Promise<T>,
): Promise<T> {
  return withKeyedTx(
    async (run) => {
      const client = await pool.connect();
      try {
        return await run(client);
      } finally {
        client.release();
      }
    },
    encryptionKey,
    fn,
  );
}
