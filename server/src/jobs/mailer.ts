import type { Logger } from 'pino';

export interface Mail {
  to: string;
  subject: string;
  text: string;
}

export interface Mailer {
  send(mail: Mail): Promise<void>;
}

/**
 * The stub mailer: Crewlog sends no email yet, so each message is logged (recipient and
 * subject only; the body may hold what the notification says).
 */
export function createLogMailer(logger: Logger): Mailer {
  return {
    async send(mail) {
      logger.info({ to: mail.to, subject: mail.subject }, 'email (stub mailer, not sent)');
    },
  };
}
