import type { Logger } from 'pino';
import type { RequestTx } from '../db/request-tx';
import type { ImportTaskSettings } from '../imports/import-tasks';
import type { Mailer } from '../mail/mailer';
import type { PushSender } from '../push/push-sender';

/** What tasks need from the process that runs them. */
export interface TaskDeps {
  encryptionKey: string;
  mailer: Mailer;
  /** Microsoft Teams incoming webhook; undefined turns the Teams task into a no-op. */
  teamsWebhookUrl: string | undefined;
  logger: Logger;
  /** Work done as a user (background imports, who may see an alert) goes through it. */
  withRequestTx: RequestTx;
  /** Web push; unset, push jobs end without sending (push is off). */
  pushSender?: PushSender | undefined;
  /** Ticket patterns and purge age of imports; unset, the defaults. */
  imports?: ImportTaskSettings;
}
