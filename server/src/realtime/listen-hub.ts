import pg from 'pg';
import type { Logger } from 'pino';
import { type Hint, parseHint } from './hint';

export const CHANNEL = 'crewlog_events';

export interface ListenHubOptions {
  connection: pg.ClientConfig;
  logger: Logger;
  onHint(hint: Hint): void;
  /** The connection was lost and remade: hints in between are gone for good. */
  onGap(): void;
}

const MAX_BACKOFF_MS = 10_000;

/**
 * One dedicated connection per server instance that LISTENs on `crewlog_events`. NOTIFY
 * reaches every listener, so every instance hears every change. If the connection drops
 * it is remade with backoff, and onGap tells the sockets to reconnect and refetch.
 */
export class ListenHub {
  private client: pg.Client | undefined;
  private stopped = false;
  private failures = 0;
  private retryTimer: NodeJS.Timeout | undefined;

  constructor(private readonly options: ListenHubOptions) {}

  async start(): Promise<void> {
    this.stopped = false;
    await this.connect();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retryTimer);
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => {});
  }

  private async connect(): Promise<void> {
    const client = new pg.Client(this.options.connection);
    client.on('notification', (message) => {
      const hint = parseHint(message.payload);
      if (hint) this.options.onHint(hint);
    });
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client, undefined));
    await client.connect();
    await client.query(`listen ${CHANNEL}`);
    this.client = client;
    this.failures = 0;
  }

  private lost(client: pg.Client, error: Error | undefined): void {
    if (this.stopped || this.client !== client) return;
    this.client = undefined;
    this.options.logger.warn({ err: error }, 'lost the change-hint connection; reconnecting');
    client.end().catch(() => {});
    this.options.onGap();
    this.scheduleReconnect();
  }

  private scheduleReconnect(): void {
    const delay = Math.min(MAX_BACKOFF_MS, 250 * 2 ** this.failures);
    this.failures += 1;
    this.retryTimer = setTimeout(() => {
      if (this.stopped) return;
      this.connect().catch((error) => {
        this.options.logger.warn({ err: error }, 'change-hint connection failed');
        this.scheduleReconnect();
      });
    }, delay);
    this.retryTimer.unref();
  }
}
