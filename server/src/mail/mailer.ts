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

/**
 * The stub mailer: the message, links included, goes to the server log so an operator can
 * pass a verification or reset link on by hand. The address is logged because the person
 * asking for it needs the link; nothing else about them is.
 */
export function createLogMailer(logger: FastifyBaseLogger): Mailer {
  return {
    async send(message) {
      logger.info({ mail: message }, `mail to ${message.to}: ${message.subject}`);
    },
  };
}
