import type { FastifyError, FastifyInstance } from 'fastify';
import { type ErrorBody, ErrorCode } from './error-codes';

/**
 * One place decides what an error looks like on the wire: 4xx errors say what was wrong,
 * 5xx errors say only that something failed (the cause goes to the log, never the body).
 */
export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const status = error.statusCode && error.statusCode >= 400 ? error.statusCode : 500;
    if (status >= 500) {
      request.log.error({ err: error }, 'request failed');
      return reply.status(status).send({
        code: ErrorCode.internal,
        message: 'Something went wrong on the server.',
      } satisfies ErrorBody);
    }
    return reply
      .status(status)
      .send({ code: clientCode(error, status), message: error.message } satisfies ErrorBody);
  });
  app.setNotFoundHandler((request, reply) => {
    return reply.status(404).send({
      code: ErrorCode.notFound,
      message: `No route for ${request.method} ${request.url.split('?')[0]}`,
    } satisfies ErrorBody);
  });
}

function clientCode(error: FastifyError, status: number): string {
  if (status === 413) return ErrorCode.payloadTooLarge;
  if (status === 415) return ErrorCode.unsupportedMediaType;
  return error.code ? error.code.toLowerCase() : ErrorCode.badRequest;
}
