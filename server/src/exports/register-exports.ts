import type { FastifyInstance } from 'fastify';
import type { TransferDeps } from '../files/register-files';
import { exportRoutes } from './export-routes';

/** Exports of the signed-in user's data (JSON) and of entries (CSV). */
export async function registerExports(app: FastifyInstance, deps: TransferDeps): Promise<void> {
  await app.register(exportRoutes, {
    withRequestTx: deps.db.withRequestTx,
    auth: { jwtSecret: deps.secrets.jwtSecret, audience: deps.config.jwtAudience },
  });
}
