import { randomUUID } from 'node:crypto';
import type { RequestTx } from '../db/request-tx';
import type { SignedInUser } from '../http/bearer-auth';
import { ClientError } from '../http/client-error';
import { databaseRefusal } from '../http/database-refusal';
import { ErrorCode } from '../http/error-codes';
import type { NormalizedPhoto } from './entry-photo-image';
import type { FileStorage } from './file-storage';

interface StoreDeps {
  withRequestTx: RequestTx;
  storage: FileStorage;
}

export interface SavedPhoto {
  photo_id: number;
  entry_id: number;
  url: string;
  thumbnail_url: string;
  taken_at: string | null;
}

/**
 * Stores both pictures, then records them and ties them to the entry in one transaction
 * under the user's rights: the entry's policies decide whether this person may add a photo
 * (its author, while it is not deleted). On any refusal the bytes are removed again.
 */
export async function saveEntryPhoto(
  deps: StoreDeps,
  user: SignedInUser,
  entryId: number,
  photo: NormalizedPhoto,
): Promise<SavedPhoto> {
  const base = `entry-photos/${user.userId}/${randomUUID()}`;
  const keys = { photo: `${base}.jpg`, thumbnail: `${base}-thumb.webp` };
  await deps.storage.put(keys.photo, photo.photo);
  await deps.storage.put(keys.thumbnail, photo.thumbnail);
  try {
    const saved = await deps.withRequestTx(user.context, async (client) => {
      const insertFile = async (type: string, data: Buffer, key: string) => {
        const { rows } = await client.query<{ file_id: string }>(
          `insert into app.files (purpose, content_type, byte_size, storage_key)
           values ('entry_photo', $1, $2, $3) returning file_id`,
          [type, data.length, key],
        );
        return rows[0]?.file_id;
      };
      const fileId = await insertFile(photo.contentType, photo.photo, keys.photo);
      const thumbId = await insertFile(photo.thumbnailType, photo.thumbnail, keys.thumbnail);
      // The camera's clock is local time: it is read in the technician's own timezone.
      const inserted = await client.query<{ photo_id: string }>(
        `insert into app.entry_photos (entry_id, file_id, thumbnail_file_id, taken_at, width, height)
         values ($1, $2, $3,
           $4::timestamp at time zone coalesce(
             (select user_preferred_timezone from api.users where user_id = app.current_user_id()),
             'UTC'),
           $5, $6)
         returning photo_id`,
        [entryId, fileId, thumbId, photo.takenAt, photo.width, photo.height],
      );
      const { rows } = await client.query<SavedPhoto & { photo_id: string; entry_id: string }>(
        `select photo_id, entry_id, url, thumbnail_url, taken_at from api.entry_photos
          where photo_id = $1`,
        [inserted.rows[0]?.photo_id],
      );
      const row = rows[0];
      return row && { ...row, photo_id: Number(row.photo_id), entry_id: Number(row.entry_id) };
    });
    if (!saved) throw new Error('the new photo could not be read back');
    return saved;
  } catch (error) {
    await deps.storage.remove(keys.photo);
    await deps.storage.remove(keys.thumbnail);
    const refusal = databaseRefusal(error);
    if (refusal instanceof ClientError && refusal.statusCode === 403) {
      throw new ClientError(
        403,
        ErrorCode.forbidden,
        'Photos can be added only to your own job entries that are not deleted.',
      );
    }
    throw refusal;
  }
}
