import type { WebSocket } from 'ws';

/** The verified claims of one access token, as the database should see them. */
export interface SocketIdentity {
  role: string;
  claims: Record<string, unknown>;
}

/** One signed-in session (or token, when it names no session) and its open sockets. */
export interface Subscriber {
  key: string;
  identity: SocketIdentity;
  sockets: Set<WebSocket>;
}

/**
 * Sockets grouped by session: visibility is decided once per session, however many tabs
 * it has open. Holds no row data, only who is listening.
 */
export class SocketRegistry {
  private readonly subscribers = new Map<string, Subscriber>();
  private readonly keyOf = new Map<WebSocket, string>();

  add(identity: SocketIdentity, socket: WebSocket): void {
    const key = subscriberKey(identity);
    let subscriber = this.subscribers.get(key);
    if (!subscriber) {
      subscriber = { key, identity, sockets: new Set() };
      this.subscribers.set(key, subscriber);
    }
    subscriber.sockets.add(socket);
    this.keyOf.set(socket, key);
  }

  remove(socket: WebSocket): void {
    const key = this.keyOf.get(socket);
    if (key === undefined) return;
    this.keyOf.delete(socket);
    const subscriber = this.subscribers.get(key);
    subscriber?.sockets.delete(socket);
    if (subscriber && subscriber.sockets.size === 0) this.subscribers.delete(key);
  }

  all(): Subscriber[] {
    return [...this.subscribers.values()];
  }

  get socketCount(): number {
    return this.keyOf.size;
  }

  /** Closes every socket of a subscriber (its session ended) and forgets it. */
  close(subscriber: Subscriber, code: number, reason: string): void {
    for (const socket of subscriber.sockets) {
      this.keyOf.delete(socket);
      socket.close(code, reason);
    }
    this.subscribers.delete(subscriber.key);
  }

  closeAll(code: number, reason: string): void {
    for (const subscriber of this.all()) this.close(subscriber, code, reason);
  }
}

function subscriberKey({ role, claims }: SocketIdentity): string {
  const sid = typeof claims.sid === 'string' ? claims.sid : '';
  return JSON.stringify([role, String(claims.sub ?? ''), sid]);
}
