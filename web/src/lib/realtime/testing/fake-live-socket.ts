import { vi } from 'vitest';
import { setAccessToken } from '../../auth/token-store';

/**
 * Stands in for the browser's WebSocket so tests can play the server's /ws messages to
 * useLiveUpdates. `sockets` holds every socket the code opened, newest last.
 */
export function fakeLiveSocket() {
  const sockets: FakeSocket[] = [];
  class FakeSocket {
    onopen: (() => void) | null = null;
    onmessage: ((event: { data: string }) => void) | null = null;
    onclose: ((event: { code: number }) => void) | null = null;
    sent: string[] = [];
    constructor(readonly url: string) {
      sockets.push(this);
      queueMicrotask(() => this.onopen?.());
    }
    send(data: string) {
      this.sent.push(data);
    }
    close() {}
    /** Delivers one server message, as /ws would. */
    receive(message: unknown) {
      this.onmessage?.({ data: typeof message === 'string' ? message : JSON.stringify(message) });
    }
  }
  vi.stubGlobal('WebSocket', FakeSocket);
  setAccessToken('header.eyJzdWIiOiI3In0.signature');
  const latest = () => {
    const socket = sockets.at(-1);
    if (!socket) throw new Error('no socket was opened');
    return socket;
  };
  return { sockets, latest };
}
