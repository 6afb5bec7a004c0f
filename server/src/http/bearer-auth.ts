import type { FastifyReply, FastifyRequest } from 'fastify';
import { jwtVerify } from 'jose';
import type { RequestContext } from '../db/request-tx';
import { ErrorCode } from './error-codes';

export interface BearerAuthOptions {
  jwtSecret: string;
  audience: string;
}

/** The signed-in user behind a request: their claims and the context for withRequestTx. */
export interface SignedInUser {
  userId: string;
  context: RequestContext;
}

declare module 'fastify' {
  interface FastifyRequest {
    signedIn?: SignedInUser;
  }
}

/**
 * A preHandler that admits only requests with a valid access token (HS256, our audience,
 * role `authenticated`, a user id in `sub`). Revoked sessions are refused later, by
 * api.pre_request inside withRequestTx, so logout is immediate here too.
 */
export function requireSignedIn(options: BearerAuthOptions) {
  const secret = new TextEncoder().encode(options.jwtSecret);
  return async function bearerGuard(request: FastifyRequest, reply: FastifyReply) {
    const claims = await verifiedClaims(request.headers.authorization, secret, options.audience);
    if (!claims) {
      return reply
        .status(401)
        .header('WWW-Authenticate', 'Bearer')
        .send({ code: ErrorCode.unauthorized, message: 'Sign in to do this.' });
    }
    request.signedIn = {
      userId: String(claims.sub),
      context: { role: 'authenticated', claims, method: request.method, path: request.url },
    };
  };
}

async function verifiedClaims(
  header: string | undefined,
  secret: Uint8Array,
  audience: string,
): Promise<Record<string, unknown> | undefined> {
  const token = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '')?.[1];
  if (!token) return undefined;
  try {
    const { payload } = await jwtVerify(token, secret, { algorithms: ['HS256'], audience });
    if (payload.role !== 'authenticated' || !/^[0-9]{1,18}$/.test(String(payload.sub))) {
      return undefined;
    }
    return payload as Record<string, unknown>;
  } catch {
    return undefined;
  }
}

/** The signed-in user of a request that passed requireSignedIn. */
export function signedInUser(request: FastifyRequest): SignedInUser {
  if (!request.signedIn) throw new Error('route is missing the requireSignedIn guard');
  return request.signedIn;
}
