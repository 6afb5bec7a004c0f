import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { FastifyInstance } from 'fastify';

export const REQUEST_ID_HEADER = 'x-request-id';

// What a proxy's id looks like (nginx's $request_id is 32 hex digits, others use UUIDs):
// short, and nothing that could break a log line or a header.
const SANE_REQUEST_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{7,127}$/;

/**
 * The request's id: the proxy's X-Request-Id when it is sane, so one id follows a request
 * through nginx and Crewlog logs; a new UUID otherwise.
 */
export function requestId(request: IncomingMessage): string {
  const given = request.headers[REQUEST_ID_HEADER];
  return typeof given === 'string' && SANE_REQUEST_ID.test(given) ? given : randomUUID();
}

/** Fastify options that give every request (and its log lines) that id. */
export const requestIdOptions = {
  genReqId: requestId,
  requestIdHeader: false,
} as const;

/** Echoes the id, so a user's report or a client's log can name the request. */
export function registerRequestIdEcho(app: FastifyInstance): void {
  app.addHook('onRequest', async (request, reply) => {
    reply.header(REQUEST_ID_HEADER, request.id);
  });
}
