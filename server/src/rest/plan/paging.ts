import { rangeNotSatisfiable } from '../api-error';
import type { ApiRequest } from '../parse/types';

/**
 * The root page: `limit`/`offset` intersected with the Range header, capped by max-rows
 * (PostgREST converts both to ranges and intersects them).
 */
export function rootPage(
  request: ApiRequest,
  maxRows: number | undefined,
): { limit?: number; offset: number } {
  const params = request.params.get('');
  let lower = params?.offset ?? 0;
  let upper = params?.limit !== undefined ? lower + params.limit - 1 : Number.POSITIVE_INFINITY;
  if (request.range) {
    lower = Math.max(lower, request.range.lower);
    upper = Math.min(upper, request.range.upper ?? Number.POSITIVE_INFINITY);
    if (upper < lower && !(params?.limit === 0)) throw rangeNotSatisfiable();
  }
  let limit = Number.isFinite(upper) ? Math.max(0, upper - lower + 1) : undefined;
  if (maxRows !== undefined) limit = Math.min(limit ?? maxRows, maxRows);
  const page: { limit?: number; offset: number } = { offset: lower };
  if (limit !== undefined) page.limit = limit;
  return page;
}
