import websocket from '@fastify/websocket';
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../app';
import { createRealtime } from './realtime';
import { handleConnection } from './ws-connection';
import { MAX_MESSAGE_BYTES } from './ws-protocol';

/**
 * `GET /ws`: live change hints. The token travels in the first message, never in the URL
 * (URLs end up in logs). The hub starts with the app and stops with it.
 */
export async function registerRealtime(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const { config } = deps;
  const realtime = createRealtime({
    pool: deps.db.pool,
    settings: deps.db.settings,
    jwtSecret: deps.secrets.jwtSecret,
    audience: config.jwtAudience,
    logger: deps.logger.child({ component: 'realtime' }),
    poolSize: config.realtimePoolSize,
    sessionCheckMs: config.realtimeSessionCheckSeconds * 1000,
  });
  app.decorate('realtime', realtime);
  await app.register(websocket, { options: { maxPayload: MAX_MESSAGE_BYTES } });
  app.get('/ws', { websocket: true }, (socket) => {
    handleConnection(socket, {
      registry: realtime.registry,
      verifier: realtime.verifier,
      logger: deps.logger,
      authTimeoutMs: config.wsAuthTimeoutMs,
    });
  });
  app.addHook('onReady', () => realtime.start());
  app.addHook('preClose', () => realtime.stop());
}

declare module 'fastify' {
  interface FastifyInstance {
    realtime: import('./realtime').Realtime;
  }
}
