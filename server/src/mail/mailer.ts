import type { FastifyBaseLogger } from 'fastify';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

/** Sends mail. Crewlog has no mail server yet: the one implementation writes to the log. */
export interface Mailer {
  send(message: MailMessage): Promise<void>;
}

export interface LogMailerOptions {
  /**
   * Log the body too. Account mail needs it (the operator passes the verification or reset
   * link on by hand); notification mail must not (the body is what the notification says,
   * which is stored encrypted), so only its recipient and subject are logged.
   */
  logBody?: boolean;
}

/** The stub mailer. */
export function createLogMailer(
  logger: Pick<FastifyBaseLogger, 'info'>,
  options: LogMailerOptions = {},
): Mailer {
  return {
    async send(message) {
      const logged = options.logBody ? message : { to: message.to, subject: message.subject };
      logger.info(
        { mail: logged },
        `mail to ${message.to}: ${message.subject} (stub mailer, not sent)`,
      );
    },
  };
}
