import type { FastifyReply } from 'fastify';
import { ACCESS_TOKEN_SECONDS, signAccessToken } from './access-token';
import { type AuthDeps, currentTime } from './auth-deps';
import { setRefreshCookie } from './refresh-cookie';

export interface IssuedTokens {
  access_token: string;
  token_type: 'bearer';
  expires_in: number;
}

/** Sets the rotated refresh cookie and answers the session's next access token. */
export async function issueTokens(
  deps: AuthDeps,
  reply: FastifyReply,
  session: { userId: number | string; sessionId: string; refreshToken: string },
): Promise<IssuedTokens> {
  const accessToken = await signAccessToken(
    { jwtKey: deps.jwtKey, audience: deps.config.jwtAudience },
    { userId: session.userId, sessionId: session.sessionId },
    currentTime(deps),
  );
  setRefreshCookie(reply, deps.config, session.refreshToken);
  return { access_token: accessToken, token_type: 'bearer', expires_in: ACCESS_TOKEN_SECONDS };
}
