import type { Logger } from 'pino';
import type { RequestTx } from '../db/request-tx';
import { type Hint, hintMessage } from './hint';
import { asSubscriber, isSessionEnded } from './session-check';
import type { SocketRegistry, Subscriber } from './socket-registry';
import { VISIBILITY_QUERIES } from './visibility-queries';

export const CLOSE_SESSION_ENDED = 4401;

export interface HintRouterOptions {
  withRequestTx: RequestTx;
  registry: SocketRegistry;
  logger: Logger;
  /** How many subscribers are checked at once (bounded by the realtime pool). */
  concurrency: number;
}

/**
 * Delivers each hint only to the sessions that may read its row. Hints that arrive while
 * a batch is being routed wait for the next batch, so under load one transaction per
 * session covers many hints. Nothing is cached between batches: a permission that
 * changed is seen by the next hint.
 */
export class HintRouter {
  private queue: Hint[] = [];
  private running: Promise<void> | undefined;

  constructor(private readonly options: HintRouterOptions) {}

  push(hint: Hint): void {
    this.queue.push(hint);
    this.running ??= this.drain().finally(() => {
      this.running = undefined;
    });
  }

  /** Resolves when every hint pushed so far has been routed. */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  private async drain(): Promise<void> {
    while (this.queue.length > 0) {
      const batch = this.queue;
      this.queue = [];
      try {
        await this.route(batch);
      } catch (error) {
        this.options.logger.error({ err: error }, 'routing change hints failed');
      }
    }
  }

  private async route(batch: Hint[]): Promise<void> {
    if (!batch.some(isRoutable)) return;
    const subscribers = this.options.registry.all();
    await forEachLimited(subscribers, this.options.concurrency, (subscriber) =>
      this.deliver(subscriber, batch),
    );
  }

  private async deliver(subscriber: Subscriber, batch: Hint[]): Promise<void> {
    let visible: Set<string>;
    try {
      visible = await asSubscriber(this.options.withRequestTx, subscriber.identity, (client) =>
        visibleKeys(client, batch),
      );
    } catch (error) {
      if (isSessionEnded(error)) {
        this.options.registry.close(subscriber, CLOSE_SESSION_ENDED, 'session ended');
      } else {
        this.options.logger.warn({ err: error }, 'could not route hints to a session');
      }
      return;
    }
    for (const hint of batch) {
      if (!visible.has(hintKey(hint))) continue;
      const message = hintMessage(hint);
      for (const socket of subscriber.sockets) {
        if (socket.readyState === socket.OPEN) socket.send(message);
      }
    }
  }
}

/**
 * The hints of a batch this session may see, as `table:id` keys. A DELETE's row is gone
 * and cannot be read; only buildings and devices are ever deleted (everything else is
 * soft-deleted), and every signed-in user reads those, so a DELETE goes to every session.
 */
async function visibleKeys(
  client: { query: (text: string, values: unknown[]) => Promise<{ rows: { id: string }[] }> },
  batch: Hint[],
): Promise<Set<string>> {
  const visible = new Set<string>();
  const idsByTable = new Map<string, Set<string>>();
  for (const hint of batch) {
    if (hint.op === 'DELETE') visible.add(hintKey(hint));
    else if (VISIBILITY_QUERIES[hint.table]) {
      const ids = idsByTable.get(hint.table) ?? new Set<string>();
      ids.add(String(hint.id));
      idsByTable.set(hint.table, ids);
    }
  }
  for (const [table, ids] of idsByTable) {
    const { rows } = await client.query(VISIBILITY_QUERIES[table] as string, [[...ids]]);
    for (const row of rows) visible.add(`${table}:${row.id}`);
  }
  return visible;
}

function isRoutable(hint: Hint): boolean {
  return hint.op === 'DELETE' || hint.table in VISIBILITY_QUERIES;
}

function hintKey(hint: Hint): string {
  return `${hint.table}:${hint.id}`;
}

async function forEachLimited<T>(
  items: T[],
  limit: number,
  fn: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const item = items[next++] as T;
      await fn(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
}
