import type { Logger } from 'pino';
import type { WebSocket } from 'ws';
import type { SocketRegistry } from './socket-registry';
import type { TokenVerifier } from './verify-token';
import { CLOSE, PONG, parseClientMessage, READY } from './ws-protocol';

export interface ConnectionDeps {
  registry: SocketRegistry;
  verifier: TokenVerifier;
  logger: Logger;
  authTimeoutMs: number;
}

/**
 * One socket's life: it must authenticate with its first message within the timeout;
 * then it receives hints and may ping. Anything that is not our protocol closes it.
 */
export function handleConnection(socket: WebSocket, deps: ConnectionDeps): void {
  let state: 'waiting' | 'verifying' | 'ready' = 'waiting';
  const timer = setTimeout(() => {
    if (state !== 'ready') socket.close(CLOSE.unauthorized, 'authentication timeout');
  }, deps.authTimeoutMs);

  socket.on('message', (data, isBinary) => {
    const message = parseClientMessage(data, isBinary);
    if (!message) {
      socket.close(CLOSE.badMessage, 'bad message');
    } else if (message.type === 'ping') {
      if (state === 'ready') socket.send(PONG);
      else socket.close(CLOSE.unauthorized, 'authenticate first');
    } else if (state !== 'waiting') {
      socket.close(CLOSE.badMessage, 'already authenticated');
    } else {
      state = 'verifying';
      authenticate(socket, message.token, deps).then(
        (ok) => {
          state = ok ? 'ready' : state;
          clearTimeout(timer);
        },
        (error) => {
          deps.logger.error({ err: error }, 'socket authentication failed');
          socket.close(1011, 'server error');
        },
      );
    }
  });
  socket.on('close', () => {
    clearTimeout(timer);
    deps.registry.remove(socket);
  });
  socket.on('error', () => socket.terminate());
}

async function authenticate(socket: WebSocket, token: string, deps: ConnectionDeps) {
  const identity = await deps.verifier.verify(token);
  if (socket.readyState !== socket.OPEN) return false;
  if (!identity) {
    socket.close(CLOSE.unauthorized, 'invalid token');
    return false;
  }
  deps.registry.add(identity, socket);
  socket.send(READY);
  return true;
}
