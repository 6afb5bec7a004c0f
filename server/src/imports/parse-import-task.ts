import type { Task } from 'graphile-worker';
import type { PoolClient } from 'pg';
import { z } from 'zod';
import type { RequestTx } from '../db/request-tx';
import { ClientError } from '../http/client-error';
import {
  finishProgress,
  listUploads,
  readProgress,
  readUploadBytes,
  recordFilesParsed,
} from './background-import-store';
import { logFailedImport, storeProposal } from './import-batch-store';
import { buildProposal } from './propose-import';
import { logFormatOf, type ReadUpload, readUpload } from './read-upload';

const payloadSchema = z.object({ import_id: z.uuid() });

export interface ParseImportDeps {
  /** The request doorway: each step runs as the importer, under their policies. */
  withRequestTx: RequestTx;
  ticketPatterns: RegExp[];
}

/**
 * Task parse_import: reads the files of a large import one by one as its importer,
 * recording progress after each (each step commits, so the page sees it live), then
 * stores the proposal as POST /import would have answered it. A file that cannot be read
 * fails the import, named with its reason, as it would have failed the request.
 * A retry starts over; a finished import is left alone.
 */
export function parseImport(deps: ParseImportDeps): Task {
  return async (payload, helpers) => {
    const parsed = payloadSchema.safeParse(payload);
    if (!parsed.success) throw new Error('job payload needs an "import_id" uuid');
    const importId = parsed.data.import_id;
    const { rows } = await helpers.query<{ user_id: string }>(
      'select user_id from app.import_batches where import_id = $1',
      [importId],
    );
    if (!rows[0]) return; // purged before its turn came
    const claims = { role: 'authenticated', sub: rows[0].user_id };
    const asImporter = <T>(fn: (client: PoolClient) => Promise<T>) =>
      deps.withRequestTx({ role: 'authenticated', claims }, fn);

    const progress = await asImporter((client) => readProgress(client, importId));
    if (progress?.status !== 'parsing') return;
    const files = await asImporter((client) => listUploads(client, importId));
    const uploads: ReadUpload[] = [];
    for (const file of files) {
      const data = await asImporter((client) => readUploadBytes(client, importId, file.position));
      try {
        uploads.push(await readUpload(file.file_name, data));
      } catch (error) {
        if (!(error instanceof ClientError)) throw error;
        await asImporter(async (client) => {
          await logFailedImport(client, file.file_name, logFormatOf(file.file_name), error.message);
          await finishProgress(client, importId, { status: 'failed', error: error.message });
        });
        return;
      }
      await asImporter((client) => recordFilesParsed(client, importId, uploads.length));
    }
    await asImporter(async (client) => {
      const { files: logged, ...proposal } = await buildProposal(
        client,
        uploads,
        deps.ticketPatterns,
      );
      await storeProposal(client, importId, logged, proposal);
      await finishProgress(client, importId, { status: 'ready' });
    });
  };
}
