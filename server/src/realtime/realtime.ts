import type pg from 'pg';
import type { Logger } from 'pino';
import { createPool } from '../db/pools';
import { createRequestTx } from '../db/request-tx';
import { HintRouter } from './hint-router';
import { ListenHub } from './listen-hub';
import { sessionIsLive } from './session-check';
import { SocketRegistry } from './socket-registry';
import { createTokenVerifier, type TokenVerifier } from './verify-token';
import { CLOSE } from './ws-protocol';

export interface RealtimeOptions {
  /** The server's authenticator pool: its connection settings are reused, not its clients. */
  pool: pg.Pool;
  settings: Record<string, string>;
  jwtSecret: string;
  audience: string;
  logger: Logger;
  /** Connections for routing hints, so live updates never starve API requests. */
  poolSize: number;
  /** How often every open socket's session is checked, for expiry without any change. */
  sessionCheckMs: number;
}

export interface Realtime {
  registry: SocketRegistry;
  verifier: TokenVerifier;
  router: HintRouter;
  start(): Promise<void>;
  stop(): Promise<void>;
}

/** The live-update hub of one server instance: LISTEN → route under each user's role → sockets. */
export function createRealtime(options: RealtimeOptions): Realtime {
  const { logger } = options;
  const connection = options.pool.options as pg.ClientConfig;
  const pool = createPool(String(connection.connectionString), options.poolSize);
  const withRequestTx = createRequestTx(pool, {
    settings: options.settings,
    preRequest: 'api.pre_request',
  });
  const registry = new SocketRegistry();
  const router = new HintRouter({ withRequestTx, registry, logger, concurrency: options.poolSize });
  const hub = new ListenHub({
    connection,
    logger,
    onHint: (hint) => router.push(hint),
    onGap: () => registry.closeAll(CLOSE.restart, 'missed changes; reconnect and refetch'),
  });
  const verifier = createTokenVerifier({
    jwtSecret: options.jwtSecret,
    audience: options.audience,
    withRequestTx,
  });
  let timer: NodeJS.Timeout | undefined;

  const checkSessions = async () => {
    for (const subscriber of registry.all()) {
      const live = await sessionIsLive(withRequestTx, subscriber.identity).catch(() => true);
      if (!live) registry.close(subscriber, CLOSE.unauthorized, 'session ended');
    }
  };

  return {
    registry,
    verifier,
    router,
    async start() {
      await hub.start();
      timer = setInterval(() => void checkSessions(), options.sessionCheckMs);
      timer.unref();
    },
    async stop() {
      clearInterval(timer);
      await hub.stop();
      registry.closeAll(CLOSE.restart, 'server stopping');
      await router.idle();
      await pool.end();
    },
  };
}
