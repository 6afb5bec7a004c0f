import { useQuery } from '@tanstack/react-query';
import { api, run } from '../../../lib/api-client';
import { errorFromResponse } from '../../../lib/api-error';
import { authedFetch } from '../../../lib/auth/authed-fetch';

/** A photo of a job entry as `entry_photos` lists it. */
export interface EntryPhoto {
  photo_id: number;
  entry_id: number;
  url: string;
  thumbnail_url: string;
  taken_at: string | null;
  width: number | null;
  height: number | null;
  created_by: number;
  created_at: string;
}

export const photoKeys = {
  entry: (entryId: number) => ['photos', entryId] as const,
};

export function useEntryPhotos(entryId: number) {
  return useQuery({
    queryKey: photoKeys.entry(entryId),
    queryFn: () =>
      run<EntryPhoto[]>(
        api
          .from('entry_photos')
          .select('*')
          .eq('entry_id', entryId)
          .order('created_at')
          .order('photo_id'),
      ),
  });
}

/** Sends one photo; the server resizes it and strips its EXIF (but the time, if asked). */
export async function uploadPhoto(entryId: number, photo: Blob, name: string, keepTime: boolean) {
  const body = new FormData();
  body.append('file', photo, name);
  const response = await authedFetch(
    `/files/entries/${entryId}/photos${keepTime ? '?keep_time=true' : ''}`,
    { method: 'POST', body },
  );
  if (!response.ok) throw await errorFromResponse(response);
  return (await response.json()) as Pick<EntryPhoto, 'photo_id' | 'url' | 'thumbnail_url'>;
}

export async function removePhoto(photoId: number): Promise<void> {
  await run(api.from('entry_photos').delete().eq('photo_id', photoId));
}
