import { randomUUID } from 'node:crypto';
import type { RequestTx } from '../db/request-tx';
import type { SignedInUser } from '../http/bearer-auth';
import { databaseRefusal } from '../http/database-refusal';
import type { FileStorage } from './file-storage';
import type { NormalizedImage } from './profile-picture-image';

interface StoreDeps {
  withRequestTx: RequestTx;
  storage: FileStorage;
}

/**
 * Stores the bytes first, then records the file and points the user's preference at it
 * in one transaction under the user's rights. If the transaction fails, the bytes are
 * removed again, so nothing is left behind. The previous picture is retired.
 */
export async function saveProfilePicture(
  deps: StoreDeps,
  user: SignedInUser,
  image: NormalizedImage,
): Promise<string> {
  const storageKey = `profile-pictures/${user.userId}/${randomUUID()}.webp`;
  await deps.storage.put(storageKey, image.data);
  try {
    return await deps.withRequestTx(user.context, async (client) => {
      const { rows } = await client.query<{ file_uuid: string }>(
        `insert into app.files (purpose, content_type, byte_size, storage_key)
         values ('profile_picture', $1, $2, $3) returning file_uuid`,
        [image.contentType, image.data.length, storageKey],
      );
      const fileUuid = rows[0]?.file_uuid as string;
      await client.query(
        `update app.files set deleted_at = now()
          where owner_id = app.current_user_id() and purpose = 'profile_picture'
            and deleted_at is null and file_uuid <> $1`,
        [fileUuid],
      );
      await client.query(
        `update api.users set user_preferred_profile_picture = $1
          where user_id = app.current_user_id()`,
        [`/files/${fileUuid}`],
      );
      return fileUuid;
    });
  } catch (error) {
    await deps.storage.remove(storageKey);
    throw databaseRefusal(error);
  }
}

/** A file the user may see (RLS decides), with its bytes; undefined when none. */
export async function readStoredFile(
  deps: StoreDeps,
  user: SignedInUser,
  fileUuid: string,
): Promise<{ contentType: string; data: Buffer } | undefined> {
  const row = await deps.withRequestTx(user.context, async (client) => {
    const { rows } = await client.query<{ content_type: string; storage_key: string }>(
      `select content_type, storage_key from app.files where file_uuid = $1 and deleted_at is null`,
      [fileUuid],
    );
    return rows[0];
  });
  if (!row) return undefined;
  const data = await deps.storage.get(row.storage_key);
  return data ? { contentType: row.content_type, data } : undefined;
}
