import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { type AccessClaims, asUser } from './auth-db';
import type { AuthDeps } from './auth-deps';
import { AuthError, AuthErrorCode } from './auth-errors';

export const listSessionsQuery = z
  .strictObject({
    user_id: z
      .string()
      .regex(/^[0-9]{1,18}$/, 'expected a user id')
      .optional(),
  })
  .optional();

export const sessionParams = z.strictObject({ id: z.uuid('expected a session id') });

/**
 * GET /auth/sessions: the live sessions of the signed-in user, the current one marked, or
 * with ?user_id= someone else's. Row level security decides whose a person may see (admins
 * anyone's); asking for someone else's without that right lists nothing.
 */
export async function listSessions(deps: AuthDeps, request: FastifyRequest) {
  const query = request.query as z.infer<typeof listSessionsQuery>;
  const claims = request.auth as AccessClaims;
  const sessions = await asUser(deps, claims, async (client) => {
    const { rows } = await client.query(
      `select s.session_id, s.user_id::text as user_id, s.device_info, host(s.ip_address) as ip_address,
              s.issued_at, s.last_accessed_at, s.expires_at,
              least(s.expires_at, s.last_accessed_at + app.session_idle_timeout()) as idle_expires_at,
              s.session_id = app.current_session_id() as is_current
         from app.user_sessions s
        where s.user_id = coalesce($1::bigint, app.current_user_id())
          and app.session_is_live(s.is_active, s.revoked_at, s.expires_at, s.last_accessed_at, app.clock_now())
        order by s.issued_at desc`,
      [query?.user_id ?? null],
    );
    return rows.map((row) => ({ ...row, user_id: Number(row.user_id) }));
  });
  return { sessions };
}

/**
 * DELETE /auth/sessions/:id revokes one session: one's own, or (admins) anyone's. The
 * database's policy decides; a session one may not touch is indistinguishable from none.
 * The data API refuses that session's tokens from the next request on.
 */
export async function revokeSession(deps: AuthDeps, request: FastifyRequest, reply: FastifyReply) {
  const { id } = request.params as z.infer<typeof sessionParams>;
  const claims = request.auth as AccessClaims;
  const revoked = await asUser(deps, claims, async (client) => {
    const { rowCount } = await client.query(
      `update app.user_sessions set is_active = false, revoked_at = app.clock_now()
        where session_id = $1 and revoked_at is null`,
      [id],
    );
    return rowCount ?? 0;
  });
  if (revoked === 0) {
    throw new AuthError(404, AuthErrorCode.sessionNotFound, 'No such active session of yours.');
  }
  return reply.status(204).send();
}
