import type { Task } from 'graphile-worker';

/** Cron: sessions idle for 24 hours end; the user_sessions hint closes their sockets. */
export const expireIdleSessions: Task = async (_payload, helpers) => {
  const { rows } = await helpers.query<{ n: number }>('select app.expire_idle_sessions() as n');
  const ended = rows[0]?.n ?? 0;
  if (ended > 0) helpers.logger.info(`ended ${ended} idle sessions`);
};
