import type { Task } from 'graphile-worker';

/**
 * Cron: imports proposed but never confirmed are forgotten after `maxAgeHours`, their
 * stored files and proposal with them (app.purge_unconfirmed_imports).
 */
export function purgeUnconfirmedImports(maxAgeHours: number): Task {
  return async (_payload, helpers) => {
    const { rows } = await helpers.query<{ purged: number }>(
      `select app.purge_unconfirmed_imports(make_interval(hours => $1)) as purged`,
      [maxAgeHours],
    );
    helpers.logger.debug(`${rows[0]?.purged ?? 0} unconfirmed import(s) purged`);
  };
}
