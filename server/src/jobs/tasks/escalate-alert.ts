import type { Task } from 'graphile-worker';
import { withKeyedTx } from '../../db/keyed-tx';
import { idPayload } from '../job-payload';
import type { TaskDeps } from '../task-deps';

const alertId = idPayload('alert_id');

/** Tells every admin about a security alert at once (a notification to the admin group). */
export function escalateAlert(deps: TaskDeps): Task {
  return async (payload, helpers) => {
    const id = alertId(payload);
    await withKeyedTx(helpers.withPgClient, deps.encryptionKey, (client) =>
      client.query('select app.escalate_alert($1)', [id]),
    );
  };
}
