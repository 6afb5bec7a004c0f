import type pg from 'pg';
import type { AuthDeps } from './auth-deps';
import { sessionEnded } from './auth-errors';

/** The verified claims of an access token, as the database will see them. */
export type AccessClaims = Record<string, unknown> & { sub: string; sid: string };

/**
 * Work before anyone is signed in (login, registration, refresh), as `anon`, through the
 * request doorway. Only the auth functions granted to anon are reachable this way.
 */
export function asAnon<T>(deps: AuthDeps, fn: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  return deps.db.withRequestTx({ role: 'anon', claims: {} }, async (client) => {
    await applyAuthSettings(deps, client);
    return fn(client);
  });
}

/**
 * Work on behalf of the signed-in user, as `authenticated` with their token's claims: row
 * level security decides what they may see and change, and api.pre_request refuses a token
 * whose session has ended (answered 401 session_ended).
 */
export async function asUser<T>(
  deps: AuthDeps,
  claims: AccessClaims,
  fn: (client: pg.PoolClient) => Promise<T>,
): Promise<T> {
  try {
    return await deps.db.withRequestTx({ role: 'authenticated', claims }, async (client) => {
      await applyAuthSettings(deps, client);
      return fn(client);
    });
  } catch (error) {
    if ((error as { code?: string }).code === 'PT401') throw sessionEnded();
    throw error;
  }
}

/** Lock thresholds and the injected clock, transaction-local like every other setting. */
async function applyAuthSettings(deps: AuthDeps, client: pg.PoolClient): Promise<void> {
  await client.query(
    `select set_config('app.settings.email_lock_threshold', $1, true),
            set_config('app.settings.ip_lock_threshold', $2, true),
            set_config('app.settings.clock_now', $3, true)`,
    [
      String(deps.config.emailLockThreshold),
      String(deps.config.ipLockThreshold),
      deps.clock ? deps.clock().toISOString() : '',
    ],
  );
}
