import { PostgrestClient } from '@supabase/postgrest-js';
import { ApiError, NetworkError } from './api-error';
import { authedFetch } from './auth/authed-fetch';

/** The data API (PostgREST protocol). Every request carries the in-memory access token. */
export const api = new PostgrestClient(`${globalThis.location?.origin ?? 'http://localhost'}/api`, {
  fetch: authedFetch,
});

interface PostgrestResult {
  data: unknown;
  error: { message: string; code?: string; details?: string | null; hint?: string | null } | null;
  status: number;
  count?: number | null;
}

/** Awaits a query and throws an ApiError (or NetworkError) instead of returning { error }. */
export async function run<T>(query: PromiseLike<PostgrestResult>): Promise<T> {
  return (await runWithCount<T>(query)).data;
}

/** Like run, but keeps the total from `count: 'exact'` for paged lists. */
export async function runWithCount<T>(
  query: PromiseLike<PostgrestResult>,
): Promise<{ data: T; count: number }> {
  const result = await query;
  if (result.error) {
    if (result.status === 0) throw new NetworkError();
    throw new ApiError({
      status: result.status,
      message: result.error.message,
      code: result.error.code || undefined,
      details: result.error.details ?? undefined,
      hint: result.error.hint ?? undefined,
    });
  }
  return { data: result.data as T, count: result.count ?? 0 };
}

/** PostgREST ranges for page `page` (1-based) of `size` rows. */
export function pageRange(page: number, size: number): [number, number] {
  const from = (Math.max(1, page) - 1) * size;
  return [from, from + size - 1];
}
