import { errorFromResponse } from '../../../lib/api-error';
import { authedFetch } from '../../../lib/auth/authed-fetch';

/** PUT /files/profile-picture: the server checks, re-encodes and stores it, and sets the preference. */
export async function uploadProfilePicture(file: File): Promise<string> {
  const form = new FormData();
  form.append('file', file);
  const response = await authedFetch('/files/profile-picture', { method: 'PUT', body: form });
  if (!response.ok) throw await errorFromResponse(response);
  const body = (await response.json()) as { url: string };
  return body.url;
}
