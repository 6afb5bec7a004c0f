import type { Task } from 'graphile-worker';

/** Cron: login attempts older than 30 days only matter to nobody; the lock-out looks back 5 minutes. */
export const purgeLoginAttempts: Task = async (_payload, helpers) => {
  await helpers.query('select app.purge_login_attempts()');
};
