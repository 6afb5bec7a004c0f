import type { FastifyBaseLogger } from 'fastify';
import type { Config } from '../config/config';
import type { Database } from '../db/database';
import type { TeamsNotifier } from '../integrations/teams-webhook';
import type { Mailer } from '../mail/mailer';
import type { Clock } from './clock';

/** Everything the auth flows use, built once by the plugin and handed to every handler. */
export interface AuthDeps {
  config: Config;
  db: Database;
  jwtKey: Uint8Array;
  mailer: Mailer;
  teams: TeamsNotifier;
  logger: FastifyBaseLogger;
  /** Undefined in production: the database's clock rules. */
  clock: Clock | undefined;
  /** An argon2id hash of nothing in particular, verified against for unknown emails. */
  dummyPasswordHash: string;
}

/** Now, as the auth server sees it. */
export function currentTime(deps: Pick<AuthDeps, 'clock'>): Date {
  return deps.clock ? deps.clock() : new Date();
}
