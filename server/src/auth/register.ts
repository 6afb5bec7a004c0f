import type { FastifyReply, FastifyRequest } from 'fastify';
import type pg from 'pg';
import { z } from 'zod';
import { hashPassword } from '../users/password';
import { asAnon } from './auth-db';
import type { AuthDeps } from './auth-deps';
import { AuthError, AuthErrorCode } from './auth-errors';
import { checkRegistration, type FieldErrors } from './register-rules';
import { hashSecretToken, newSecretToken } from './secret-token';

/** Types are checked here (400); what the values mean is checked below (422 per field). */
export const registerBody = z.strictObject({
  name: z.string().max(1000).optional(),
  alias: z.string().max(200).optional(),
  email: z.string().max(1000).optional(),
  password: z.string().max(4096).optional(),
  password_confirm: z.string().max(4096).optional(),
  agree_terms: z.boolean().optional(),
});

const VERIFICATION_TTL = '48 hours';

/**
 * POST /auth/register: an unverified user who agreed to the current terms, and an email
 * verification link sent through the mailer. Every field problem is reported at once.
 */
export async function register(deps: AuthDeps, request: FastifyRequest, reply: FastifyReply) {
  const body = request.body as z.infer<typeof registerBody>;
  const inputErrors = checkRegistration(body);
  const conflicts = await asAnon(deps, (client) => registrationConflicts(client, body));
  const errors = { ...conflicts, ...inputErrors };
  if (Object.keys(errors).length > 0) throw fieldErrors(errors);
  const token = newSecretToken();
  const passwordHash = await hashPassword(body.password as string);
  const result = await asAnon(deps, async (client) => {
    const { rows } = await client.query<{ result: { user_id?: string; errors?: FieldErrors } }>(
      `select app.auth_register($1, $2, $3, $4, $5, $6::interval) as result`,
      [body.name, body.alias, body.email, passwordHash, hashSecretToken(token), VERIFICATION_TTL],
    );
    return rows[0]?.result ?? {};
  });
  if (result.errors) throw fieldErrors(result.errors);
  await deps.mailer.send({
    to: (body.email as string).trim(),
    subject: 'Confirm your email address for Crewlog',
    text: `Open this link to confirm your email address (valid for ${VERIFICATION_TTL}):\n${deps.config.publicUrl}/verify?token=${token}`,
  });
  return reply.status(201).send({ user_id: Number(result.user_id), user_is_email_verified: false });
}

async function registrationConflicts(
  client: pg.ClientBase,
  body: z.infer<typeof registerBody>,
): Promise<FieldErrors> {
  const { rows } = await client.query<{ conflicts: FieldErrors }>(
    'select app.auth_registration_conflicts($1, $2) as conflicts',
    [body.email ?? null, body.alias?.trim() ? body.alias : null],
  );
  return rows[0]?.conflicts ?? {};
}

function fieldErrors(fields: FieldErrors): AuthError {
  return new AuthError(422, AuthErrorCode.validationFailed, 'Some fields need attention.', {
    fields,
  });
}
