import type { FastifyReply, FastifyRequest } from 'fastify';
import { verifyAccessToken } from './access-token';
import { asAnon, asUser } from './auth-db';
import { type AuthDeps, currentTime } from './auth-deps';
import { AuthError } from './auth-errors';
import { bearerToken } from './guards';
import { clearRefreshCookie, readRefreshCookie } from './refresh-cookie';
import { hashSecretToken } from './secret-token';

/**
 * POST /auth/logout ends this device's session only: the one its refresh cookie belongs
 * to or, for clients without the cookie, the one its access token names. Other devices
 * keep working. Answers 204 even when there was nothing to end.
 */
export async function logout(deps: AuthDeps, request: FastifyRequest, reply: FastifyReply) {
  const cookie = readRefreshCookie(request);
  if (cookie) {
    await asAnon(deps, (client) =>
      client.query('select app.auth_end_session($1)', [hashSecretToken(cookie)]),
    );
  } else {
    await endSessionOfAccessToken(deps, request);
  }
  clearRefreshCookie(reply, deps.config);
  return reply.status(204).send();
}

async function endSessionOfAccessToken(deps: AuthDeps, request: FastifyRequest): Promise<void> {
  const token = bearerToken(request);
  if (!token) return;
  try {
    const claims = await verifyAccessToken(
      { jwtKey: deps.jwtKey, audience: deps.config.jwtAudience },
      token,
      currentTime(deps),
    );
    await asUser(deps, claims, (client) =>
      client.query(
        `update app.user_sessions set is_active = false, revoked_at = app.clock_now()
          where session_id = app.current_session_id() and revoked_at is null`,
      ),
    );
  } catch (error) {
    if (!(error instanceof AuthError)) throw error; // an ended or bad token: nothing to end
  }
}
