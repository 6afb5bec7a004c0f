import multipart from '@fastify/multipart';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { TransferConfig } from '../config/transfer-config';
import type { RequestTx } from '../db/request-tx';
import { type BearerAuthOptions, requireSignedIn, signedInUser } from '../http/bearer-auth';
import { ClientError } from '../http/client-error';
import { databaseRefusal } from '../http/database-refusal';
import { ErrorCode } from '../http/error-codes';
import { queueBackgroundImport, type RawUpload, readProgress } from './background-import-store';
import { confirmBody } from './confirm-body';
import { confirmImport } from './confirm-import';
import { logFailedImport, readBatch } from './import-batch-store';
import { proposeImport } from './propose-import';
import { checkUpload, logFormatOf, readUpload } from './read-upload';

export interface ImportRoutesDeps {
  withRequestTx: RequestTx;
  auth: BearerAuthOptions;
  transfer: TransferConfig;
  /** More files than this are read by a background job. */
  backgroundAboveFiles: number;
}

const IMPORT_ID_PARAMS = {
  type: 'object',
  properties: { import_id: { type: 'string', format: 'uuid' } },
  required: ['import_id'],
};

/** `POST /import` proposes drafts from files; `POST /import/:import_id/confirm` writes them. */
export async function importRoutes(app: FastifyInstance, deps: ImportRoutesDeps): Promise<void> {
  await app.register(multipart, {
    limits: {
      fileSize: deps.transfer.importMaxFileBytes,
      files: deps.transfer.importMaxFiles,
      fields: 10,
    },
  });
  const guard = requireSignedIn(deps.auth);

  app.post('/import', { preHandler: guard }, async (request, reply) => {
    const user = signedInUser(request);
    const files = await receiveFiles(request);
    if (files.length === 0) {
      throw new ClientError(
        400,
        ErrorCode.badRequest,
        'Send one or more .eml, .msg or .json files.',
      );
    }
    if (files.length > deps.backgroundAboveFiles) {
      await refuseAtOnce(request, deps, files, checkUpload);
      const progress = await deps.withRequestTx(user.context, (client) =>
        queueBackgroundImport(client, files),
      );
      return reply.status(202).send(progress);
    }
    const uploads = await refuseAtOnce(request, deps, files, readUpload);
    return deps.withRequestTx(user.context, (client) =>
      proposeImport(client, uploads, deps.transfer.ticketPatterns),
    );
  });

  // The pending proposal again, e.g. when the review page is reloaded.
  app.get<{ Params: { import_id: string } }>(
    '/import/:import_id',
    { preHandler: guard, schema: { params: IMPORT_ID_PARAMS } },
    async (request) => {
      const user = signedInUser(request);
      const { batch, progress } = await deps.withRequestTx(user.context, async (client) => ({
        batch: await readBatch(client, request.params.import_id),
        progress: await readProgress(client, request.params.import_id),
      }));
      if (!batch)
        throw new ClientError(404, ErrorCode.importNotFound, 'No import with this id is yours.');
      const background = progress && {
        status: progress.status,
        files_total: progress.files_total,
        files_parsed: progress.files_parsed,
        error: progress.error,
      };
      return {
        import_id: request.params.import_id,
        ...background,
        drafts: batch.proposal?.drafts ?? [],
        tasks: batch.proposal?.tasks ?? [],
        preferences: batch.proposal?.preferences ?? null,
        confirmed_at: batch.confirmed_at,
      };
    },
  );

  app.post<{ Params: { import_id: string } }>(
    '/import/:import_id/confirm',
    {
      preHandler: guard,
      // Drafts echo the imported files' text, so they may exceed the server's JSON limit.
      bodyLimit: 2 * deps.transfer.importMaxFileBytes,
      schema: { params: IMPORT_ID_PARAMS },
    },
    async (request, reply) => {
      const user = signedInUser(request);
      const parsed = confirmBody.safeParse(request.body);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new ClientError(
          422,
          ErrorCode.invalidDrafts,
          `${issue?.path.join('.') || 'body'}: ${issue?.message ?? 'invalid'}`,
        );
      }
      const result = await deps.withRequestTx(user.context, (client) =>
        confirmImport(client, request.params.import_id, parsed.data),
      );
      return reply.status(201).send(result);
    },
  );
}

/** Every file of the request, in memory; a file over the size limit is a 413 naming it. */
async function receiveFiles(request: FastifyRequest): Promise<RawUpload[]> {
  const files: RawUpload[] = [];
  const names = new Set<string>();
  for await (const part of request.files()) {
    const fileName = uniqueName(part.filename || 'unnamed', names);
    try {
      files.push({ fileName, data: await part.toBuffer() });
    } catch (error) {
      if ((error as { statusCode?: number }).statusCode !== 413) throw error;
      throw new ClientError(413, ErrorCode.payloadTooLarge, `${fileName}: the file is too large`);
    }
  }
  return files;
}

/**
 * Reads (or, for a background import, checks) every file before anything is written, so
 * one bad file stops the whole import. The failure is logged (in a transaction of its
 * own) and answered with a 422.
 */
async function refuseAtOnce<T>(
  request: FastifyRequest,
  deps: ImportRoutesDeps,
  files: RawUpload[],
  read: (fileName: string, data: Buffer) => T | Promise<T>,
): Promise<Awaited<T>[]> {
  const results: Awaited<T>[] = [];
  for (const file of files) {
    try {
      results.push(await read(file.fileName, file.data));
    } catch (error) {
      await logFailure(request, deps, file.fileName, error as Error);
      throw error;
    }
  }
  return results;
}

/** Drafts and log rows refer to their file by name, so two files never share one. */
function uniqueName(name: string, taken: Set<string>): string {
  let candidate = name;
  for (let n = 2; taken.has(candidate); n += 1) candidate = `${name} (${n})`;
  taken.add(candidate);
  return candidate;
}

async function logFailure(
  request: FastifyRequest,
  deps: ImportRoutesDeps,
  fileName: string,
  error: Error,
): Promise<void> {
  const format = logFormatOf(fileName);
  try {
    await deps.withRequestTx(signedInUser(request).context, (client) =>
      logFailedImport(client, fileName, format, error.message),
    );
  } catch (logError) {
    throw databaseRefusal(logError);
  }
}
