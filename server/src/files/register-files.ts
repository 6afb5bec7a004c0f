import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Config } from '../config/config';
import type { RuntimeSecrets } from '../config/runtime-secrets';
import type { Database } from '../db/database';
import { entryPhotoRoutes } from './entry-photo-routes';
import { fileRoutes } from './file-routes';
import { localFileStorage } from './file-storage';

export interface TransferDeps {
  config: Config;
  db: Database;
  secrets: RuntimeSecrets;
}

/** Uploads, stored in `<data dir>/files`. Encapsulated so multipart parsing stays here. */
export async function registerFiles(app: FastifyInstance, deps: TransferDeps): Promise<void> {
  const shared = {
    withRequestTx: deps.db.withRequestTx,
    storage: localFileStorage(path.join(deps.config.dataDir, 'files')),
    auth: { jwtSecret: deps.secrets.jwtSecret, audience: deps.config.jwtAudience },
    imageMaxInputPixels: deps.config.transfer.imageMaxInputPixels,
  };
  await app.register(fileRoutes, {
    ...shared,
    profilePictureMaxBytes: deps.config.transfer.profilePictureMaxBytes,
  });
  await app.register(entryPhotoRoutes, {
    ...shared,
    entryPhotoMaxBytes: deps.config.transfer.entryPhotoMaxBytes,
  });
}
