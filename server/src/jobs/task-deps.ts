import type { Logger } from 'pino';
import type { ImportTaskSettings } from '../imports/import-tasks';
import type { Mailer } from '../mail/mailer';
import type { PushDelivery } from '../push/push-tasks';

/** What tasks need from the process that runs them. */
export interface TaskDeps {
  encryptionKey: string;
  mailer: Mailer;
  /** Microsoft Teams incoming webhook; undefined turns the Teams task into a no-op. */
  teamsWebhookUrl: string | undefined;
  logger: Logger;
  /** Web push; unset, push jobs end without sending (push is off). */
  push?: PushDelivery | undefined;
  /** Ticket patterns and purge age of imports; unset, the defaults. */
  imports?: ImportTaskSettings;
}
