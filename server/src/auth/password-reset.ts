import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { hashPassword } from '../users/password';
import { asAnon } from './auth-db';
import type { AuthDeps } from './auth-deps';
import { AuthError, AuthErrorCode } from './auth-errors';
import { checkNewPassword } from './register-rules';
import { hashSecretToken, newSecretToken } from './secret-token';

export const resetRequestBody = z.strictObject({ email: z.string().max(320) });
export const resetConfirmBody = z.strictObject({
  token: z.string().min(1).max(256),
  password: z.string().max(4096),
  password_confirm: z.string().max(4096),
});

const RESET_TTL = '1 hour';

/**
 * POST /auth/password-reset: mails a one-hour reset link if the email belongs to an
 * active account. The answer is the same either way (no account enumeration).
 */
export async function requestPasswordReset(
  deps: AuthDeps,
  request: FastifyRequest,
  reply: FastifyReply,
) {
  const { email } = request.body as z.infer<typeof resetRequestBody>;
  const token = newSecretToken();
  const issued = await asAnon(deps, async (client) => {
    const { rows } = await client.query<{ issued: { user_id?: string } }>(
      'select app.auth_issue_password_reset($1, $2, $3::interval) as issued',
      [email, hashSecretToken(token), RESET_TTL],
    );
    return rows[0]?.issued ?? {};
  });
  if (issued.user_id) {
    await deps.mailer.send({
      to: email.trim(),
      subject: 'Reset your Crewlog password',
      text: `Open this link to choose a new password (valid for ${RESET_TTL}):\n${deps.config.publicUrl}/reset-password?token=${token}`,
    });
  }
  return reply.status(202).send({
    status: 'accepted',
    message: 'If this email belongs to an account, a reset link is on its way.',
  });
}

/** POST /auth/password-reset/confirm: sets the new password; all sessions of the user end. */
export async function confirmPasswordReset(
  deps: AuthDeps,
  request: FastifyRequest,
  reply: FastifyReply,
) {
  const body = request.body as z.infer<typeof resetConfirmBody>;
  const errors = checkNewPassword(body.password, body.password_confirm);
  if (Object.keys(errors).length > 0) {
    throw new AuthError(422, AuthErrorCode.validationFailed, 'Some fields need attention.', {
      fields: errors,
    });
  }
  const newHash = await hashPassword(body.password);
  const outcome = await asAnon(deps, async (client) => {
    const { rows } = await client.query<{ outcome: string }>(
      'select app.auth_reset_password($1, $2) as outcome',
      [hashSecretToken(body.token), newHash],
    );
    return rows[0]?.outcome;
  });
  if (outcome === 'reset') return reply.status(200).send({ status: 'reset' });
  if (outcome === 'expired') {
    throw new AuthError(
      410,
      AuthErrorCode.resetTokenExpired,
      'This link has expired. Ask for a new one.',
    );
  }
  throw new AuthError(
    400,
    AuthErrorCode.resetTokenInvalid,
    'This link is not valid or was already used.',
  );
}
