import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { AuthDeps } from './auth-deps';
import { AuthError, AuthErrorCode } from './auth-errors';

/**
 * Sign-in with an outside identity provider. Users carry oauth_provider/oauth_id for it;
 * no provider is configured yet, so each entry answers 501 until one is implemented.
 */
export interface OAuthProvider {
  readonly id: 'google' | 'microsoft';
  readonly label: string;
  /** Whether client credentials are configured (none are yet). */
  configured(deps: AuthDeps): boolean;
}

export const oauthProviders: readonly OAuthProvider[] = [
  { id: 'google', label: 'Google', configured: () => false },
  { id: 'microsoft', label: 'Microsoft', configured: () => false },
];

export const oauthParams = z.strictObject({ provider: z.string().max(40) });

/** GET /auth/oauth/:provider */
export async function startOAuth(deps: AuthDeps, request: FastifyRequest) {
  const { provider } = request.params as z.infer<typeof oauthParams>;
  const entry = oauthProviders.find((candidate) => candidate.id === provider);
  if (!entry) {
    throw new AuthError(
      404,
      AuthErrorCode.oauthProviderUnknown,
      `No sign-in provider "${provider}".`,
    );
  }
  if (!entry.configured(deps)) {
    throw new AuthError(
      501,
      AuthErrorCode.oauthNotConfigured,
      `Sign-in with ${entry.label} is not configured on this server.`,
    );
  }
  throw new AuthError(
    501,
    AuthErrorCode.oauthNotConfigured,
    `Sign-in with ${entry.label} is not available yet.`,
  );
}
