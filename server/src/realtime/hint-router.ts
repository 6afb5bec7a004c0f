import type { Logger } from 'pino';
import type { RequestTx } from '../db/request-tx';
import { type Hint, hintMessage } from './hint';
import { asSubscriber, isSessionEnded, sessionIsLive } from './session-check';
import type { SocketIdentity, SocketRegistry, Subscriber } from './socket-registry';
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
 * Delivers each hint only to the users who may read its row. Hints that arrive while a
 * batch is being routed wait for the next batch, so under load one transaction per user
 * covers many hints. Nothing is cached between batches: a permission that
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
    await this.recheckSessions(batch);
    const audiences = audiencesOf(this.options.registry.all());
    await forEachLimited(audiences, this.options.concurrency, (audience) =>
      this.deliver(audience, batch),
    );
  }

  /**
   * A user_sessions hint may mean that session ended: its sockets close before the batch
   * is delivered (api.pre_request decides, as for every request).
   */
  private async recheckSessions(batch: Hint[]): Promise<void> {
    const { registry, withRequestTx, concurrency } = this.options;
    const ids = new Set(batch.filter((h) => h.table === 'user_sessions').map((h) => String(h.id)));
    if (ids.size === 0) return;
    const affected = registry.all().filter((s) => ids.has(String(s.identity.claims.sid)));
    await forEachLimited(affected, concurrency, async (subscriber) => {
      const live = await sessionIsLive(withRequestTx, subscriber.identity).catch(() => true);
      if (!live) registry.close(subscriber, CLOSE_SESSION_ENDED, 'session ended');
    });
  }

  private async deliver(audience: Audience, batch: Hint[]): Promise<void> {
    let visible: Set<string>;
    try {
      visible = await asSubscriber(this.options.withRequestTx, audience.identity, (client) =>
        visibleKeys(client, batch),
      );
    } catch (error) {
      if (isSessionEnded(error)) {
        for (const s of audience.subscribers) {
          this.options.registry.close(s, CLOSE_SESSION_ENDED, 'account not active');
        }
      } else {
        this.options.logger.warn({ err: error }, 'could not route hints to a user');
      }
      return;
    }
    for (const hint of batch) {
      if (!visible.has(hintKey(hint))) continue;
      const message = hintMessage(hint);
      for (const subscriber of audience.subscribers) {
        for (const socket of subscriber.sockets) {
          if (socket.readyState === socket.OPEN) socket.send(message);
        }
      }
    }
  }
}

/** One user's sessions: what a user may read does not depend on which session asks. */
interface Audience {
  identity: SocketIdentity;
  subscribers: Subscriber[];
}

/**
 * Groups sessions by user, so each batch costs one transaction per user rather than per
 * session. The user's claims without `sid` still pass through api.pre_request (which
 * refuses deactivated users); sessions are checked on their own hint and periodically.
 */
function audiencesOf(subscribers: Subscriber[]): Audience[] {
  const byUser = new Map<string, Audience>();
  for (const subscriber of subscribers) {
    const { role, claims } = subscriber.identity;
    const key = JSON.stringify([role, claims.sub]);
    let audience = byUser.get(key);
    if (!audience) {
      const { sid: _sid, ...userClaims } = claims;
      audience = { identity: { role, claims: userClaims }, subscribers: [] };
      byUser.set(key, audience);
    }
    audience.subscribers.push(subscriber);
  }
  return [...byUser.values()];
}

/**
 * The hints of a batch this user may see, as `table:id` keys. A DELETE's row is gone
 * and cannot be read; only buildings and devices are ever deleted (everything else is
 * soft-deleted), and every signed-in user reads those, so a DELETE goes to everyone.
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
