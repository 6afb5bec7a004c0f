import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { asAnon } from './auth-db';
import type { AuthDeps } from './auth-deps';
import { AuthError, AuthErrorCode } from './auth-errors';
import { hashSecretToken } from './secret-token';

export const verifyQuery = z.strictObject({ token: z.string().min(1).max(256) });

/** GET /auth/verify?token=: the link from the verification mail marks the email verified. */
export async function verifyEmail(deps: AuthDeps, request: FastifyRequest) {
  const { token } = request.query as z.infer<typeof verifyQuery>;
  const outcome = await asAnon(deps, async (client) => {
    const { rows } = await client.query<{ outcome: string }>(
      'select app.auth_verify_email($1) as outcome',
      [hashSecretToken(token)],
    );
    return rows[0]?.outcome;
  });
  if (outcome === 'verified') return { status: 'verified' };
  if (outcome === 'expired') {
    throw new AuthError(
      410,
      AuthErrorCode.verificationTokenExpired,
      'This link has expired. Ask for a new one.',
    );
  }
  throw new AuthError(
    400,
    AuthErrorCode.verificationTokenInvalid,
    'This link is not valid or was already used.',
  );
}
