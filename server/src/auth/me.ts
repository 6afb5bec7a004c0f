import type { FastifyRequest } from 'fastify';
import { type AccessClaims, asUser } from './auth-db';
import type { AuthDeps } from './auth-deps';
import { readOwnProfile } from './profile';

/** GET /auth/me: the signed-in person, including `terms_required` when terms moved on. */
export function me(deps: AuthDeps, request: FastifyRequest) {
  return asUser(deps, request.auth as AccessClaims, readOwnProfile);
}
