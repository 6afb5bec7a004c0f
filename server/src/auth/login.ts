import type { FastifyReply, FastifyRequest } from 'fastify';
import type pg from 'pg';
import { z } from 'zod';
import { verifyPassword } from '../users/password';
import { asAnon, asUser } from './auth-db';
import type { AuthDeps } from './auth-deps';
import { AuthError, AuthErrorCode } from './auth-errors';
import { issueTokens } from './issue-tokens';
import { readOwnProfile } from './profile';
import { hashSecretToken, newSecretToken } from './secret-token';

export const loginBody = z.strictObject({
  email: z.string().max(320),
  password: z.string().max(1024),
  device_info: z.string().max(512).optional(),
});

interface LockState {
  locked: boolean;
  email_locked: boolean;
  ip_locked: boolean;
  retry_after_seconds: number;
}

interface LoginLookup {
  lock: LockState;
  user_id: string | null;
  password_hash: string | null;
  is_active: boolean | null;
}

/**
 * POST /auth/login. Unknown emails and wrong passwords take the same path (an argon2
 * verification, a recorded failure) and get the same answer, so neither the body, the
 * headers nor the time tells whether an account exists. Lock-out is the database's rule.
 */
export async function login(deps: AuthDeps, request: FastifyRequest, reply: FastifyReply) {
  const body = request.body as z.infer<typeof loginBody>;
  const ip = request.ip;
  const found = await asAnon(deps, (client) => lookup(client, body.email, ip));
  const userId = found.user_id;
  if (found.lock.locked) {
    await asAnon(deps, (client) => recordFailure(client, body.email, ip, userId, true));
    throw lockedOut(found.lock);
  }
  const passwordOk = await verifyPassword(
    found.password_hash ?? deps.dummyPasswordHash,
    body.password,
  );
  if (!passwordOk || !userId || !found.password_hash || !found.is_active) {
    const lock = await asAnon(deps, (client) =>
      recordFailure(client, body.email, ip, userId, false),
    );
    if (lock.email_locked || lock.ip_locked) notifyLock(deps, lock);
    // Only someone who knows the password learns that the account is switched off.
    if (passwordOk && userId && found.password_hash) {
      throw new AuthError(403, AuthErrorCode.accountInactive, 'This account has been deactivated.');
    }
    throw invalidCredentials();
  }
  const refreshToken = newSecretToken();
  const deviceInfo = (body.device_info ?? request.headers['user-agent'] ?? '').slice(0, 512);
  const session = await asAnon(deps, async (client) => {
    const { rows } = await client.query<{ session: { session_id: string } }>(
      'select app.auth_start_session($1, $2, $3, $4, $5) as session',
      [userId, body.email, ip, deviceInfo || null, hashSecretToken(refreshToken)],
    );
    return rows[0]?.session as { session_id: string };
  });
  const tokens = await issueTokens(deps, reply, {
    userId,
    sessionId: session.session_id,
    refreshToken,
  });
  const claims = { role: 'authenticated', sub: userId, sid: session.session_id };
  const user = await asUser(deps, claims, readOwnProfile);
  return { ...tokens, user };
}

async function lookup(client: pg.ClientBase, email: string, ip: string): Promise<LoginLookup> {
  const { rows } = await client.query<{ found: LoginLookup }>(
    'select app.auth_login_lookup($1, $2) as found',
    [email, ip],
  );
  return rows[0]?.found as LoginLookup;
}

async function recordFailure(
  client: pg.ClientBase,
  email: string,
  ip: string,
  userId: string | null,
  blocked: boolean,
): Promise<LockState> {
  const { rows } = await client.query<{ lock: LockState }>(
    'select app.auth_record_failed_login($1, $2, $3, $4) as lock',
    [email, ip, userId, blocked],
  );
  return rows[0]?.lock as LockState;
}

export function invalidCredentials(): AuthError {
  return new AuthError(401, AuthErrorCode.invalidCredentials, 'The email or password is wrong.');
}

function lockedOut(lock: LockState): AuthError {
  const seconds = Math.max(1, lock.retry_after_seconds);
  return new AuthError(
    429,
    AuthErrorCode.loginLocked,
    `Too many failed sign-ins. Try again in ${Math.ceil(seconds / 60)} minute(s).`,
    { retry_after_seconds: seconds },
    { 'retry-after': String(seconds) },
  );
}

/** The chat channel hears about locks too (when a Teams webhook is configured). */
function notifyLock(deps: AuthDeps, lock: LockState): void {
  if (!deps.teams.enabled) return;
  void deps.teams.notify({
    title: 'Crewlog: sign-ins locked',
    text: `Repeated failed sign-ins locked ${lock.email_locked ? 'an account' : 'an IP address'} for ${lock.retry_after_seconds} seconds. Details are in the security alerts.`,
  });
}
