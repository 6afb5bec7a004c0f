import type { FastifyReply, FastifyRequest } from 'fastify';
import { asAnon } from './auth-db';
import type { AuthDeps } from './auth-deps';
import { AuthError, AuthErrorCode } from './auth-errors';
import { issueTokens } from './issue-tokens';
import { clearRefreshCookie, readRefreshCookie } from './refresh-cookie';
import { hashSecretToken, newSecretToken } from './secret-token';

interface RefreshOutcome {
  status: 'ok' | 'expired' | 'reused' | 'invalid';
  session_id?: string;
  user_id?: string;
}

/**
 * POST /auth/refresh: trades the refresh cookie for a new one and a new access token.
 * Each refresh token works once; presenting a used one again means it was copied, and the
 * database revokes that session for both holders.
 */
export async function refresh(deps: AuthDeps, request: FastifyRequest, reply: FastifyReply) {
  const presented = readRefreshCookie(request);
  if (!presented) {
    throw new AuthError(401, AuthErrorCode.refreshTokenMissing, 'Sign in first.');
  }
  const next = newSecretToken();
  const outcome = await asAnon(deps, async (client) => {
    const { rows } = await client.query<{ outcome: RefreshOutcome }>(
      'select app.auth_refresh_session($1, $2) as outcome',
      [hashSecretToken(presented), hashSecretToken(next)],
    );
    return rows[0]?.outcome as RefreshOutcome;
  });
  if (outcome.status === 'ok' && outcome.session_id && outcome.user_id) {
    return issueTokens(deps, reply, {
      userId: outcome.user_id,
      sessionId: outcome.session_id,
      refreshToken: next,
    });
  }
  clearRefreshCookie(reply, deps.config);
  throw refusal(outcome.status);
}

function refusal(status: RefreshOutcome['status']): AuthError {
  switch (status) {
    case 'reused':
      return new AuthError(
        401,
        AuthErrorCode.refreshTokenReused,
        'This sign-in was used from somewhere else and has been ended. Sign in again.',
      );
    case 'expired':
      return new AuthError(
        401,
        AuthErrorCode.sessionEnded,
        'This session has ended. Sign in again.',
      );
    default:
      return new AuthError(401, AuthErrorCode.refreshTokenInvalid, 'Sign in again.');
  }
}
