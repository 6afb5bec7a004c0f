import type { FastifyReply, FastifyRequest } from 'fastify';
import { verifyAccessToken } from './access-token';
import type { AccessClaims } from './auth-db';
import { type AuthDeps, currentTime } from './auth-deps';
import { AuthError, AuthErrorCode } from './auth-errors';

declare module 'fastify' {
  interface FastifyRequest {
    /** The verified access-token claims, set by the `bearer` guard. */
    auth: AccessClaims | null;
  }
}

/** Guards a route table entry may name; they run in the order listed. */
export type GuardName = 'same-origin' | 'bearer';

export type Guard = (deps: AuthDeps, request: FastifyRequest, reply: FastifyReply) => Promise<void>;

export const guards: Record<GuardName, Guard> = {
  'same-origin': requireSameOrigin,
  bearer: requireBearer,
};

/** Requires `Authorization: Bearer <access token>` and puts its claims on request.auth. */
async function requireBearer(deps: AuthDeps, request: FastifyRequest): Promise<void> {
  const token = bearerToken(request);
  if (!token) {
    throw new AuthError(
      401,
      AuthErrorCode.tokenMissing,
      'Sign in first.',
      {},
      {
        'www-authenticate': 'Bearer',
      },
    );
  }
  request.auth = await verifyAccessToken(
    { jwtKey: deps.jwtKey, audience: deps.config.jwtAudience },
    token,
    currentTime(deps),
  );
}

export function bearerToken(request: FastifyRequest): string | undefined {
  const match = /^Bearer ([A-Za-z0-9._~+/-]+=*)$/.exec(request.headers.authorization ?? '');
  return match?.[1];
}

/**
 * Cookie-authenticated routes must not be triggered by other sites. Browsers send Origin
 * on every cross-origin request (and on same-origin POSTs); it must name this server's own
 * Host or a configured trusted origin. Without Origin, Sec-Fetch-Site must not say
 * cross-site. Clients that send neither are not browsers and carry no ambient cookie risk.
 */
async function requireSameOrigin(deps: AuthDeps, request: FastifyRequest): Promise<void> {
  const origin = request.headers.origin;
  if (origin !== undefined) {
    if (isAllowedOrigin(origin, request.headers.host, deps.config.trustedOrigins)) return;
    throw crossSite();
  }
  const fetchSite = request.headers['sec-fetch-site'];
  if (fetchSite === 'cross-site' || fetchSite === 'same-site') throw crossSite();
}

export function isAllowedOrigin(
  origin: string,
  host: string | undefined,
  trustedOrigins: readonly string[],
): boolean {
  if (trustedOrigins.includes(origin)) return true;
  try {
    const url = new URL(origin);
    return host !== undefined && url.origin === origin && url.host === host.toLowerCase();
  } catch {
    return false; // "null" (sandboxed frames, file pages) and anything unparsable
  }
}

function crossSite(): AuthError {
  return new AuthError(
    403,
    AuthErrorCode.crossSiteRequest,
    'This request came from another site and was refused.',
  );
}
