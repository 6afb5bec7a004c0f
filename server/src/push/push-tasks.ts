import type { Task, TaskList } from 'graphile-worker';
import type { PoolClient } from 'pg';
import { withKeyedTx } from '../db/keyed-tx';
import type { RequestTx } from '../db/request-tx';
import { idPayload } from '../jobs/job-payload';
import type { PushMessage, PushSender, PushTarget } from './push-sender';

/** `send` undefined: push is off (no VAPID keys in production); its jobs end at once. */
export interface PushTaskDeps {
  send: PushSender | undefined;
  /** Reads an alert under each candidate's own rights, so its policies decide who sees it. */
  withRequestTx: RequestTx;
  encryptionKey: string;
}

const notificationId = idPayload('notification_id');
const alertId = idPayload('alert_id');

type Target = PushTarget & { subscription_id: string };

interface AlertRow {
  alert_type: string;
  title: string;
  message: string | null;
  source_table: string | null;
  source_id: string | null;
}

/** `push_notification` and `push_alert`, enqueued by the database (migration 0091). */
export function pushTasks(deps: PushTaskDeps): TaskList {
  return { push_notification: pushNotification(deps), push_alert: pushAlert(deps) };
}

function pushNotification(deps: PushTaskDeps): Task {
  return async (payload, helpers) => {
    const id = notificationId(payload);
    const { send } = deps;
    if (!send) return;
    const rows = await withKeyedTx(helpers.withPgClient, deps.encryptionKey, async (client) => {
      const result = await client.query<Target & { title: string; message: string | null }>(
        'select * from app.notification_push_targets($1)',
        [id],
      );
      return result.rows;
    });
    await deliver(helpers.withPgClient, send, rows, (row) => ({
      title: row.title,
      body: row.message ?? '',
      url: '/notifications',
      tag: `notification-${id}`,
    }));
  };
}

function pushAlert(deps: PushTaskDeps): Task {
  return async (payload, helpers) => {
    const id = alertId(payload);
    const { send, withRequestTx } = deps;
    if (!send) return;
    const candidates = await helpers.withPgClient(async (client) => {
      const result = await client.query<{ user_id: string }>(
        'select user_id from app.alert_push_candidates($1)',
        [id],
      );
      return result.rows.map((row) => row.user_id);
    });
    for (const userId of candidates) {
      const alert = await readAlertAs(withRequestTx, userId, id);
      if (!alert) continue;
      const targets = await helpers.withPgClient(async (client) => {
        const result = await client.query<Target>('select * from app.push_targets_of($1)', [
          userId,
        ]);
        return result.rows;
      });
      await deliver(helpers.withPgClient, send, targets, () => alertMessage(id, alert));
    }
  };
}

async function readAlertAs(withRequestTx: RequestTx, userId: string, id: number) {
  const claims = { role: 'authenticated', sub: userId };
  return withRequestTx({ role: 'authenticated', claims }, async (client) => {
    const result = await client.query<AlertRow>(
      `select alert_type, title, message, source_table, source_id::text
         from api.alerts where alert_id = $1`,
      [id],
    );
    return result.rows[0];
  });
}

function alertMessage(id: number, alert: AlertRow): PushMessage {
  let url = '/home';
  if (alert.alert_type === 'security' || alert.alert_type === 'system') url = '/administration';
  else if (alert.source_table === 'ticket_entries' && alert.source_id) {
    url = `/jobs/${alert.source_id}`;
  }
  return { title: alert.title, body: alert.message ?? '', url, tag: `alert-${id}` };
}

/**
 * Sends to every device; forgets the ones the push service no longer knows. A failure is
 * raised after trying them all, so the job retries (a device that got the message already
 * replaces it by its tag rather than showing it twice).
 */
async function deliver<T extends Target>(
  withPgClient: <R>(fn: (client: PoolClient) => Promise<R>) => Promise<R>,
  send: PushSender,
  targets: T[],
  messageFor: (target: T) => PushMessage,
): Promise<void> {
  const failures: string[] = [];
  for (const target of targets) {
    try {
      if ((await send(target, messageFor(target))) === 'gone') {
        await withPgClient((client) =>
          client.query('delete from app.push_subscriptions where subscription_id = $1', [
            target.subscription_id,
          ]),
        );
      }
    } catch (error) {
      failures.push((error as Error).message);
    }
  }
  if (failures.length > 0) {
    throw new Error(`${failures.length} of ${targets.length} pushes failed: ${failures[0]}`);
  }
}
