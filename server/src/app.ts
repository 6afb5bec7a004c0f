import Fastify, { type FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import type { Config } from './config/config';
import type { Database } from './db/database';
import { registerErrorHandling } from './http/errors';
import { registerHealth } from './http/health';

export interface AppDeps {
  config: Config;
  db: Database;
  logger: Logger;
}

/** Builds the HTTP application. Tests call this and use `app.inject`; server.ts listens. */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: deps.logger,
    bodyLimit: 1024 * 1024,
    requestIdHeader: 'x-request-id',
    disableRequestLogging: deps.config.env === 'test',
  });
  registerErrorHandling(app);
  registerHealth(app, deps.db.pool);
  return app;
}
