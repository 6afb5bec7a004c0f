import multipart from '@fastify/multipart';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { TransferConfig } from '../config/transfer-config';
import type { RequestTx } from '../db/request-tx';
import { type BearerAuthOptions, requireSignedIn, signedInUser } from '../http/bearer-auth';
import { ClientError } from '../http/client-error';
import { databaseRefusal } from '../http/database-refusal';
import { ErrorCode } from '../http/error-codes';
import { confirmBody } from './confirm-body';
import { confirmImport } from './confirm-import';
import { logFailedImport, readBatch } from './import-batch-store';
import { proposeImport } from './propose-import';
import { type ReadUpload, readUpload } from './read-upload';

export interface ImportRoutesDeps {
  withRequestTx: RequestTx;
  auth: BearerAuthOptions;
  transfer: TransferConfig;
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

  app.post('/import', { preHandler: guard }, async (request) => {
    const user = signedInUser(request);
    const uploads = await readUploads(request, deps);
    if (uploads.length === 0) {
      throw new ClientError(
        400,
        ErrorCode.badRequest,
        'Send one or more .eml, .msg or .json files.',
      );
    }
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
      const batch = await deps.withRequestTx(user.context, (client) =>
        readBatch(client, request.params.import_id),
      );
      if (!batch)
        throw new ClientError(404, ErrorCode.importNotFound, 'No import with this id is yours.');
      const { drafts, tasks, preferences } = batch.proposal;
      return {
        import_id: request.params.import_id,
        drafts,
        tasks,
        preferences,
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

/**
 * Reads and parses every file before anything is written, so one bad file stops the whole
 * import. The failure is logged (in a transaction of its own) and answered with a 422.
 */
async function readUploads(request: FastifyRequest, deps: ImportRoutesDeps): Promise<ReadUpload[]> {
  const uploads: ReadUpload[] = [];
  const names = new Set<string>();
  for await (const part of request.files()) {
    const fileName = uniqueName(part.filename || 'unnamed', names);
    let data: Buffer;
    try {
      data = await part.toBuffer();
    } catch (error) {
      if ((error as { statusCode?: number }).statusCode !== 413) throw error;
      throw new ClientError(413, ErrorCode.payloadTooLarge, `${fileName}: the file is too large`);
    }
    try {
      uploads.push(await readUpload(fileName, data));
    } catch (error) {
      await logFailure(request, deps, fileName, error as Error);
      throw error;
    }
  }
  return uploads;
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
  const format = /\.(eml|msg|json)$/i.exec(fileName)?.[1]?.toLowerCase() ?? 'text';
  try {
    await deps.withRequestTx(signedInUser(request).context, (client) =>
      logFailedImport(client, fileName, format, error.message),
    );
  } catch (logError) {
    throw databaseRefusal(logError);
  }
}
