import type { FastifyInstance } from 'fastify';
import type { TransferDeps } from '../files/register-files';
import { importRoutes } from './import-routes';

/** Imports of .eml, .msg and Crewlog .json files. */
export async function registerImports(app: FastifyInstance, deps: TransferDeps): Promise<void> {
  await app.register(importRoutes, {
    withRequestTx: deps.db.withRequestTx,
    auth: { jwtSecret: deps.secrets.jwtSecret, audience: deps.config.jwtAudience },
    transfer: deps.config.transfer,
    backgroundAboveFiles: deps.config.importBackgroundAboveFiles,
  });
}
