import { errors, jwtVerify } from 'jose';
import type { RequestTx } from '../db/request-tx';
import { sessionIsLive } from './session-check';
import type { SocketIdentity } from './socket-registry';

export interface TokenVerifier {
  /** The socket's identity, or undefined for a bad, expired or revoked token. */
  verify(token: string): Promise<SocketIdentity | undefined>;
}

/**
 * Checks an access token as the data API does: an HS256 signature with the server's
 * secret, our audience, not expired, a signed-in role with a user; then the session
 * through the request doorway, where api.pre_request refuses ended sessions.
 */
export function createTokenVerifier(options: {
  jwtSecret: string;
  audience: string;
  withRequestTx: RequestTx;
}): TokenVerifier {
  const key = new TextEncoder().encode(options.jwtSecret);
  return {
    async verify(token) {
      let claims: Record<string, unknown>;
      try {
        const result = await jwtVerify(token, key, {
          algorithms: ['HS256'],
          audience: options.audience,
        });
        claims = result.payload as Record<string, unknown>;
      } catch (error) {
        if (error instanceof errors.JOSEError) return undefined;
        throw error;
      }
      if (claims.role !== 'authenticated' || typeof claims.sub !== 'string') return undefined;
      const identity = { role: 'authenticated', claims };
      return (await sessionIsLive(options.withRequestTx, identity)) ? identity : undefined;
    },
  };
}
