import cookie from '@fastify/cookie';
import type { FastifyInstance } from 'fastify';
import type { Config } from '../config/config';
import type { Database } from '../db/database';
import { createTeamsNotifier, type TeamsNotifier } from '../integrations/teams-webhook';
import { createLogMailer, type Mailer } from '../mail/mailer';
import { hashPassword } from '../users/password';
import type { AuthDeps } from './auth-deps';
import { installAuthErrorHandler } from './auth-error-handler';
import type { Clock } from './clock';
import { guards } from './guards';
import { installRateLimits } from './rate-limit';
import {
  AUTH_BODY_LIMIT,
  installJsonBodyParser,
  installZodValidation,
  zodSchema,
} from './request-validation';
import { authRoutes } from './routes';

export interface AuthPluginOptions {
  config: Config;
  db: Database;
  jwtSecret: string;
  /** Defaults to the stub that writes mail to the log. */
  mailer?: Mailer;
  /** Defaults to the webhook in config (off when unset). */
  teams?: TeamsNotifier;
  /** Tests move time with this; production leaves it to the database. */
  clock?: Clock;
}

/**
 * The auth server: registration, login, device sessions, tokens. Encapsulated (not
 * wrapped in fastify-plugin) so its parser, validator, error handler and rate limits
 * apply to /auth routes only.
 */
export async function authPlugin(app: FastifyInstance, options: AuthPluginOptions) {
  const deps: AuthDeps = {
    config: options.config,
    db: options.db,
    jwtKey: new TextEncoder().encode(options.jwtSecret),
    mailer: options.mailer ?? createLogMailer(app.log, { logBody: true }),
    teams: options.teams ?? createTeamsNotifier(options.config.teamsWebhookUrl, app.log),
    logger: app.log,
    clock: options.clock,
    // Unknown emails are checked against this so they cost what a real check costs.
    dummyPasswordHash: await hashPassword('crewlog-no-such-account'),
  };
  await app.register(cookie);
  await installRateLimits(app, options.config.redisUrl);
  installJsonBodyParser(app);
  installZodValidation(app);
  installAuthErrorHandler(app);
  app.decorateRequest('auth', null);

  for (const route of authRoutes) {
    const routeGuards = route.guards.map((name) => guards[name]);
    app.route({
      method: route.method,
      url: route.url,
      bodyLimit: AUTH_BODY_LIMIT,
      schema: zodSchema(route),
      config: { rateLimit: route.rateLimit },
      preHandler: async (request, reply) => {
        for (const guard of routeGuards) await guard(deps, request, reply);
      },
      handler: (request, reply) => route.handler(deps, request, reply),
    });
  }
}
