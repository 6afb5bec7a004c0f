import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Config } from '../config/config';
import type { RuntimeSecrets } from '../config/runtime-secrets';
import type { Database } from '../db/database';
import { fileRoutes } from './file-routes';
import { localFileStorage } from './file-storage';

export interface TransferDeps {
  config: Config;
  db: Database;
  secrets: RuntimeSecrets;
}

/** Uploads, stored in `<data dir>/files`. Encapsulated so multipart parsing stays here. */
export async function registerFiles(app: FastifyInstance, deps: TransferDeps): Promise<void> {
  await app.register(fileRoutes, {
    withRequestTx: deps.db.withRequestTx,
    storage: localFileStorage(path.join(deps.config.dataDir, 'files')),
    auth: { jwtSecret: deps.secrets.jwtSecret, audience: deps.config.jwtAudience },
    profilePictureMaxBytes: deps.config.transfer.profilePictureMaxBytes,
    imageMaxInputPixels: deps.config.transfer.imageMaxInputPixels,
  });
}
