import type { FastifyError, FastifyInstance } from 'fastify';
import { AuthError, AuthErrorCode } from './auth-errors';

const STATUS_CODES: Record<number, string> = {
  400: AuthErrorCode.invalidBody,
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  429: AuthErrorCode.rateLimited,
};

/**
 * Every /auth answer that is not a success is `{code, message, …}`: AuthErrors as they
 * are, Fastify's own 4xx (oversized or unsupported bodies) with stable codes, and anything
 * else as a 500 whose cause goes to the log only.
 */
export function installAuthErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | AuthError, request, reply) => {
    if (error instanceof AuthError) {
      return reply
        .status(error.statusCode)
        .headers(error.headers)
        .send({ code: error.code, message: error.message, ...error.extra });
    }
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      return reply.status(status).send({
        code: STATUS_CODES[status] ?? AuthErrorCode.invalidBody,
        message: error.message,
      });
    }
    request.log.error({ err: error }, 'auth request failed');
    return reply.status(500).send({
      code: 'internal_error',
      message: 'Something went wrong on the server.',
    });
  });
}
