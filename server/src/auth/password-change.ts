import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { hashPassword, verifyPassword } from '../users/password';
import { type AccessClaims, asUser } from './auth-db';
import type { AuthDeps } from './auth-deps';
import { AuthError, AuthErrorCode } from './auth-errors';
import { checkNewPassword } from './register-rules';

export const passwordChangeBody = z.strictObject({
  current_password: z.string().max(1024),
  new_password: z.string().max(4096),
  new_password_confirm: z.string().max(4096),
});

/**
 * POST /auth/password: needs the current password; every other session of the user ends
 * (this device stays signed in).
 */
export async function changePassword(deps: AuthDeps, request: FastifyRequest, reply: FastifyReply) {
  const body = request.body as z.infer<typeof passwordChangeBody>;
  const claims = request.auth as AccessClaims;
  const errors = checkNewPassword(body.new_password, body.new_password_confirm, 'new_password');
  if (Object.keys(errors).length > 0) {
    throw new AuthError(422, AuthErrorCode.validationFailed, 'Some fields need attention.', {
      fields: errors,
    });
  }
  const currentHash = await asUser(deps, claims, async (client) => {
    const { rows } = await client.query<{ hash: string | null }>(
      'select app.auth_own_password_hash() as hash',
    );
    return rows[0]?.hash ?? null;
  });
  if (!currentHash || !(await verifyPassword(currentHash, body.current_password))) {
    throw new AuthError(422, AuthErrorCode.wrongPassword, 'The current password is wrong.', {
      fields: { current_password: 'wrong_password' },
    });
  }
  const newHash = await hashPassword(body.new_password);
  const ended = await asUser(deps, claims, async (client) => {
    const { rows } = await client.query<{ ended: number }>(
      'select app.auth_change_password($1) as ended',
      [newHash],
    );
    return rows[0]?.ended ?? 0;
  });
  return reply.status(200).send({ status: 'changed', other_sessions_ended: ended });
}
