import type { Task } from 'graphile-worker';
import { withKeyedTx } from '../../db/keyed-tx';
import type { TaskDeps } from '../task-deps';

/** Cron: job alerts unresolved for 24 hours go to the managers (app.escalate_stale_alerts). */
export function escalationSweep(deps: TaskDeps): Task {
  return async (_payload, helpers) => {
    const escalated = await withKeyedTx(
      helpers.withPgClient,
      deps.encryptionKey,
      async (client) => {
        const { rows } = await client.query<{ n: number }>(
          'select app.escalate_stale_alerts() as n',
        );
        return rows[0]?.n ?? 0;
      },
    );
    if (escalated > 0) helpers.logger.info(`escalated ${escalated} unresolved alerts`);
  };
}
