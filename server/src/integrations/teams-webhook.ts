import type { FastifyBaseLogger } from 'fastify';

export interface TeamsMessage {
  title: string;
  text: string;
}

/** Posts to a Microsoft Teams channel. Off (a no-op) unless TEAMS_WEBHOOK_URL is set. */
export interface TeamsNotifier {
  readonly enabled: boolean;
  notify(message: TeamsMessage): Promise<void>;
}

const DELIVERY_TIMEOUT_MS = 5_000;

export function createTeamsNotifier(
  webhookUrl: string | undefined,
  logger: FastifyBaseLogger,
): TeamsNotifier {
  if (!webhookUrl) return { enabled: false, async notify() {} };
  return {
    enabled: true,
    async notify(message) {
      // A chat outage must never fail the request that raised the message: log and go on.
      try {
        const response = await fetch(webhookUrl, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(messageCard(message)),
          signal: AbortSignal.timeout(DELIVERY_TIMEOUT_MS),
        });
        if (!response.ok) logger.warn({ status: response.status }, 'teams webhook refused');
      } catch (error) {
        logger.warn({ err: error }, 'teams webhook unreachable');
      }
    },
  };
}

/** The legacy "MessageCard" shape every Teams incoming webhook accepts. */
function messageCard(message: TeamsMessage) {
  return {
    '@type': 'MessageCard',
    '@context': 'https://schema.org/extensions',
    summary: message.title,
    title: message.title,
    text: message.text,
  };
}
