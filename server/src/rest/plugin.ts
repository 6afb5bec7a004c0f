import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type pg from 'pg';
import type { RequestTx } from '../db/request-tx';
import { ApiError, invalidPath } from './api-error';
import { registerDocsPage } from './docs-page';
import { createEngine, type Engine, errorResponse, type TxEnd } from './engine';
import type { ApiResponse } from './respond';
import { listenForSchemaChanges } from './schema-listener';

export interface RestOptions {
  /** Authenticator pool (for the schema cache; requests go through withRequestTx). */
  pool: pg.Pool;
  withRequestTx: RequestTx;
  /** Exposed schemas; the first is the default profile. */
  schemas: string[];
  anonRole: string;
  jwtSecret: string;
  jwtAudience?: string | undefined;
  maxRows?: number | undefined;
  txEnd?: TxEnd | undefined;
  /** Named prepared statements (PostgREST's db-prepared-statements); default on. */
  preparedStatements?: boolean | undefined;
  /** A connection that may LISTEN on `pgrst` for schema cache reloads. */
  listenUrl?: string | undefined;
  /** Receives the engine (tests and the CLI use it to reload the schema cache). */
  onEngine?: (engine: Engine) => void;
}

const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const;

function send(reply: FastifyReply, response: ApiResponse): FastifyReply {
  reply.status(response.status);
  for (const [name, value] of Object.entries(response.headers))
    if (value) reply.header(name, value);
  return response.body === undefined ? reply.send() : reply.send(response.body);
}

/**
 * The PostgREST-compatible data API, registered under a prefix:
 * `app.register(restPlugin, { prefix: '/api', … })`. Bodies are kept as text: the engine
 * decodes them itself (JSON, CSV, form data), as PostgREST's semantics need.
 */
export async function restPlugin(app: FastifyInstance, options: RestOptions): Promise<void> {
  const engine = createEngine({
    ...options,
    onError: (error) => app.log.error({ err: error }, 'data API failure'),
  });
  options.onEngine?.(engine);
  await engine.reload().catch((error) => app.log.error({ err: error }, 'schema cache not loaded'));
  if (options.listenUrl) {
    const listener = await listenForSchemaChanges(options.listenUrl, engine.reload, (error) =>
      app.log.warn({ err: error }, 'schema listener'),
    );
    app.addHook('onClose', () => listener.close());
  }

  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'string' }, (_request, body, done) => done(null, body));
  app.setErrorHandler((error: { statusCode?: number; message?: string }, _request, reply) => {
    // Errors raised by Fastify itself (oversized body, bad encoding) in PostgREST's shape.
    const status =
      error.statusCode && error.statusCode >= 400 && error.statusCode < 500
        ? error.statusCode
        : 500;
    const apiError =
      status < 500
        ? new ApiError(
            status,
            status === 413 ? 'PGRST413' : 'PGRST102',
            error.message ?? 'Bad request',
          )
        : error;
    return send(
      reply,
      errorResponse(apiError, false, (e) => app.log.error({ err: e }, 'data API failure')),
    );
  });

  registerDocsPage(app);
  app.setNotFoundHandler((_request, reply) => send(reply, errorResponse(invalidPath(), false)));

  const handler = async (request: FastifyRequest, reply: FastifyReply) => {
    const url = request.raw.url ?? '';
    const question = url.indexOf('?');
    const response = await engine.handle({
      method: request.method,
      path: (request.params as { '*'?: string })['*'] ?? '',
      query: question >= 0 ? url.slice(question + 1) : '',
      headers: request.headers,
      body: typeof request.body === 'string' ? request.body : undefined,
    });
    return send(reply, response);
  };
  app.route({ method: [...METHODS], url: '/', handler, exposeHeadRoute: false });
  app.route({ method: [...METHODS], url: '/*', handler, exposeHeadRoute: false });
}
