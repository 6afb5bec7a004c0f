import { ClientError } from './client-error';
import { ErrorCode } from './error-codes';

interface PgLikeError {
  code?: unknown;
  message?: unknown;
}

/**
 * Turns a refusal by the database (a policy, a constraint, a trigger) into a clear 4xx.
 * The rules live in the database; this only says which kind of "no" it was. Anything
 * else, such as a lost connection, is returned unchanged and becomes a 500.
 */
export function databaseRefusal(error: unknown, context = ''): unknown {
  const code = typeof (error as PgLikeError)?.code === 'string' ? (error as PgLikeError).code : '';
  const message = `${context}${String((error as PgLikeError)?.message ?? '')}`;
  if (code === 'PT401') return new ClientError(401, ErrorCode.unauthorized, message);
  if (code === '42501') return new ClientError(403, ErrorCode.forbidden, message);
  if (code === '23505') return new ClientError(409, ErrorCode.conflict, message);
  if (typeof code === 'string' && /^(23|22)/.test(code)) {
    return new ClientError(422, ErrorCode.rejectedByDatabase, message);
  }
  return error;
}
