import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import { type AuthPluginOptions, authPlugin } from './auth/auth-plugin';
import type { Config } from './config/config';
import type { RuntimeSecrets } from './config/runtime-secrets';
import type { Database } from './db/database';
import { registerExports } from './exports/register-exports';
import { registerFiles } from './files/register-files';
import { registerErrorHandling } from './http/errors';
import { registerHealth } from './http/health';
import { registerRequestIdEcho, requestIdOptions } from './http/request-id';
import { registerSecurityHeaders } from './http/security-headers';
import { registerImports } from './imports/register-imports';
import { registerMetrics } from './observability/metrics-route';
import { registerPush } from './push/push-routes';
import { registerRealtime } from './realtime/ws-route';
import { restPlugin } from './rest/plugin';
import { registerWebApp } from './web/serve-web-app';

export interface AppDeps {
  config: Config;
  db: Database;
  logger: Logger;
  secrets: RuntimeSecrets;
  /** Test seams of the auth server (clock, mailer, Teams); production passes none. */
  auth?: Pick<AuthPluginOptions, 'clock' | 'mailer' | 'teams'>;
}

/** Builds the HTTP application. Tests call this and use `app.inject`; server.ts listens. */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    // Typed as Fastify's base logger so plugins see the ordinary FastifyInstance type.
    loggerInstance: deps.logger as FastifyBaseLogger,
    bodyLimit: 1024 * 1024,
    ...requestIdOptions,
    // Behind nginx the client's address comes from X-Forwarded-For; rate limits and
    // login lock-outs key on it, so it must be the client's, not the proxy's.
    trustProxy: deps.config.trustProxy,
  });
  registerErrorHandling(app);
  registerRequestIdEcho(app);
  await registerSecurityHeaders(app, { publicUrl: deps.config.publicUrl });
  registerMetrics(app, {
    pool: deps.db.pool,
    token: deps.config.metricsToken,
    trustsProxy: deps.config.trustProxy !== false,
  });
  registerHealth(app, deps.db.pool);
  await app.register(authPlugin, {
    config: deps.config,
    db: deps.db,
    jwtSecret: deps.secrets.jwtSecret,
    ...deps.auth,
  });
  if (deps.config.apiEngine === 'builtin') {
    await app.register(restPlugin, {
      prefix: '/api',
      pool: deps.db.pool,
      withRequestTx: deps.db.withRequestTx,
      schemas: ['api'],
      anonRole: 'anon',
      jwtSecret: deps.secrets.jwtSecret,
      jwtAudience: deps.config.jwtAudience,
      maxRows: deps.config.apiMaxRows,
      preparedStatements: deps.config.apiPreparedStatements,
      // Schema reloads (`NOTIFY pgrst`) are server upkeep, not a user's request.
      listenUrl: deps.config.env === 'test' ? undefined : deps.db.ownerUrl,
    });
  }
  await registerRealtime(app, deps);
  await registerFiles(app, deps);
  await registerImports(app, deps);
  await registerExports(app, deps);
  await registerPush(app, deps);
  await registerWebApp(app);
  return app;
}
