import type { Task } from 'graphile-worker';
import { withKeyedTx } from '../../db/keyed-tx';
import { idPayload } from '../job-payload';
import type { TaskDeps } from '../task-deps';

const notificationId = idPayload('notification_id');

interface EmailRow {
  email: string;
  title: string;
  message: string;
}

/**
 * Emails a notification to those of its recipients whose preferences ask for email (the
 * database decides who; see app.notification_emails).
 */
export function sendNotificationEmails(deps: TaskDeps): Task {
  return async (payload, helpers) => {
    const id = notificationId(payload);
    const rows = await withKeyedTx(helpers.withPgClient, deps.encryptionKey, async (client) => {
      const result = await client.query<EmailRow>(
        'select email, title, message from app.notification_emails($1)',
        [id],
      );
      return result.rows;
    });
    for (const row of rows) {
      await deps.mailer.send({ to: row.email, subject: row.title, text: row.message });
    }
  };
}
