import multipart from '@fastify/multipart';
import type { FastifyInstance } from 'fastify';
import type { RequestTx } from '../db/request-tx';
import { type BearerAuthOptions, requireSignedIn, signedInUser } from '../http/bearer-auth';
import { ClientError } from '../http/client-error';
import { ErrorCode } from '../http/error-codes';
import { normalizeEntryPhoto } from './entry-photo-image';
import { saveEntryPhoto } from './entry-photo-store';
import type { FileStorage } from './file-storage';

export interface EntryPhotoRoutesDeps {
  withRequestTx: RequestTx;
  storage: FileStorage;
  auth: BearerAuthOptions;
  entryPhotoMaxBytes: number;
  imageMaxInputPixels: number;
}

interface PhotoRequest {
  Params: { entry_id: number };
  Querystring: { keep_time?: boolean };
}

/**
 * `POST /files/entries/:entry_id/photos`: one photo (multipart field `file`) for a job
 * entry; `?keep_time=true` keeps the time it was taken (and nothing else of its EXIF).
 * Its own plugin, so photos have their own size limit, larger than a profile picture's.
 */
export async function entryPhotoRoutes(
  app: FastifyInstance,
  deps: EntryPhotoRoutesDeps,
): Promise<void> {
  await app.register(multipart, {
    limits: { fileSize: deps.entryPhotoMaxBytes, files: 1, fields: 0, parts: 2 },
  });
  app.post<PhotoRequest>(
    '/files/entries/:entry_id/photos',
    {
      preHandler: requireSignedIn(deps.auth),
      schema: {
        params: {
          type: 'object',
          properties: { entry_id: { type: 'integer', minimum: 1, maximum: 9007199254740991 } },
          required: ['entry_id'],
        },
        querystring: {
          type: 'object',
          properties: { keep_time: { type: 'boolean' } },
          additionalProperties: false,
        },
      },
    },
    async (request, reply) => {
      const user = signedInUser(request);
      const part = await request.file();
      if (part?.fieldname !== 'file') {
        throw new ClientError(
          400,
          ErrorCode.badRequest,
          'Send the photo as the multipart field "file".',
        );
      }
      const photo = await normalizeEntryPhoto(await part.toBuffer(), {
        maxInputPixels: deps.imageMaxInputPixels,
        keepTime: request.query.keep_time === true,
      });
      const saved = await saveEntryPhoto(deps, user, request.params.entry_id, photo);
      return reply.status(201).send(saved);
    },
  );
}
