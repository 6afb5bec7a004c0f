import type pg from 'pg';
import type { RequestTx } from '../db/request-tx';
import type { SocketIdentity } from './socket-registry';

/** PostgREST's code for "this token may not be used" (api.pre_request raises it). */
export const SESSION_ENDED_CODE = 'PT401';

export function isSessionEnded(error: unknown): boolean {
  return (error as pg.DatabaseError | undefined)?.code === SESSION_ENDED_CODE;
}

/**
 * Runs `fn` as the socket's user through the request doorway. api.pre_request refuses a
 * revoked or expired session (or a deactivated user) with PT401 before `fn` runs.
 */
export function asSubscriber<T>(
  withRequestTx: RequestTx,
  identity: SocketIdentity,
  fn: (client: pg.PoolClient) => Promise<T>,
): Promise<T> {
  return withRequestTx(
    { role: identity.role, claims: identity.claims, method: 'GET', path: '/ws' },
    fn,
  );
}

/** Whether the session behind these claims may still be used. */
export async function sessionIsLive(
  withRequestTx: RequestTx,
  identity: SocketIdentity,
): Promise<boolean> {
  try {
    await asSubscriber(withRequestTx, identity, async () => undefined);
    return true;
  } catch (error) {
    if (isSessionEnded(error)) return false;
    throw error;
  }
}
