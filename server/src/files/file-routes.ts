import multipart from '@fastify/multipart';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { RequestTx } from '../db/request-tx';
import { type BearerAuthOptions, requireSignedIn, signedInUser } from '../http/bearer-auth';
import { ClientError } from '../http/client-error';
import { ErrorCode } from '../http/error-codes';
import type { FileStorage } from './file-storage';
import { normalizeProfilePicture } from './profile-picture-image';
import { readStoredFile, saveProfilePicture } from './profile-picture-store';

export interface FileRoutesDeps {
  withRequestTx: RequestTx;
  storage: FileStorage;
  auth: BearerAuthOptions;
  profilePictureMaxBytes: number;
  imageMaxInputPixels: number;
}

// The bytes at a file's url never change (a new picture gets a new url), so browsers may
// keep them; `private` keeps shared caches from serving them to people not signed in.
const CACHE_CONTROL = 'private, max-age=31536000, immutable';

/** `PUT /files/profile-picture` and `GET /files/:file_uuid`, both for signed-in users only. */
export async function fileRoutes(app: FastifyInstance, deps: FileRoutesDeps): Promise<void> {
  await app.register(multipart, {
    limits: { fileSize: deps.profilePictureMaxBytes, files: 1, fields: 0, parts: 2 },
  });
  const guard = requireSignedIn(deps.auth);

  app.put('/files/profile-picture', { preHandler: guard }, async (request) => {
    const user = signedInUser(request);
    const part = await request.file();
    if (part?.fieldname !== 'file') {
      throw new ClientError(
        400,
        ErrorCode.badRequest,
        'Send the picture as the multipart field "file".',
      );
    }
    const image = await normalizeProfilePicture(await part.toBuffer(), deps.imageMaxInputPixels);
    const fileUuid = await saveProfilePicture(deps, user, image);
    return { url: `/files/${fileUuid}` };
  });

  app.get<{ Params: { file_uuid: string } }>(
    '/files/:file_uuid',
    {
      preHandler: guard,
      schema: {
        params: {
          type: 'object',
          properties: { file_uuid: { type: 'string', format: 'uuid' } },
          required: ['file_uuid'],
        },
      },
    },
    async (request, reply) => {
      const user = signedInUser(request);
      const etag = `"${request.params.file_uuid}"`;
      const stored = await readStoredFile(deps, user, request.params.file_uuid);
      if (!stored) throw new ClientError(404, ErrorCode.notFound, 'No such file.');
      headers(reply, stored.contentType, etag);
      if (request.headers['if-none-match'] === etag) return reply.status(304).send();
      return reply.send(stored.data);
    },
  );
}

function headers(reply: FastifyReply, contentType: string, etag: string): void {
  reply
    .header('Content-Type', contentType)
    .header('Cache-Control', CACHE_CONTROL)
    .header('ETag', etag)
    .header('X-Content-Type-Options', 'nosniff')
    .header('Content-Security-Policy', "default-src 'none'")
    .header('Content-Disposition', 'inline');
}
