import type { Task } from 'graphile-worker';
import { idPayload } from '../job-payload';

const notificationId = idPayload('notification_id');

/**
 * One receipt per recipient of a notification. The database function inserts with
 * `on conflict do nothing`, so a retry after a crash (or a second run) adds nothing.
 */
export const fanOutNotification: Task = async (payload, helpers) => {
  const id = notificationId(payload);
  const { rows } = await helpers.query<{ added: number }>(
    'select app.fan_out_notification($1) as added',
    [id],
  );
  helpers.logger.debug(`notification ${id}: ${rows[0]?.added ?? 0} receipts added`);
};
