import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { type AccessClaims, asUser } from './auth-db';
import type { AuthDeps } from './auth-deps';
import { AuthError, AuthErrorCode } from './auth-errors';
import { readOwnProfile } from './profile';

export const termsBody = z.strictObject({
  agree_terms: z.literal(true, 'agree_terms must be true'),
  /** The version the person read; refused if the terms moved on meanwhile. */
  version: z.string().max(100).optional(),
});

/** POST /auth/terms: agrees to the site's current terms (after site_settings.terms_version moved). */
export async function agreeToTerms(deps: AuthDeps, request: FastifyRequest) {
  const body = request.body as z.infer<typeof termsBody>;
  const claims = request.auth as AccessClaims;
  return asUser(deps, claims, async (client) => {
    const { rowCount } = await client.query(
      `update app.users u set terms_version_agreed = t.version, terms_agreed_at = app.clock_now()
         from (select setting_value #>> '{}' as version from app.site_settings
                where setting_key = 'terms_version') t
        where u.user_id = app.current_user_id() and ($1::text is null or $1 = t.version)`,
      [body.version ?? null],
    );
    if (!rowCount) {
      throw new AuthError(
        409,
        AuthErrorCode.termsVersionMismatch,
        'The terms changed meanwhile; read the current version and agree again.',
      );
    }
    return readOwnProfile(client);
  });
}
