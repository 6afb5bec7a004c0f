import { ApiError, rangeNotSatisfiable, singularityError } from './api-error';
import { recordsToCsv } from './parse/csv';
import { contentTypeOf } from './parse/media';
import { appliedPreferences } from './parse/prefer';
import type { Preferences } from './parse/types';
import type { Plan } from './plan/types';
import { outputNames } from './sql/read';

export interface ApiResponse {
  status: number;
  headers: Record<string, string>;
  body?: string;
}

/** The statement's single row. */
export interface ResultRow {
  total: string | number | null;
  page_total: string | number;
  body: string | null;
  inserted?: string | number | null;
  response_headers?: string | null;
  response_status?: string | null;
}

/**
 * `response.headers` (a JSON array of one-key objects) and `response.status` set by SQL
 * override what the engine would answer, as in PostgREST. Malformed values are 500s:
 * they are the API author's mistake, not the client's.
 */
export function applyResponseSettings(response: ApiResponse, row: ResultRow): ApiResponse {
  const headers = { ...response.headers };
  if (row.response_headers) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(row.response_headers);
    } catch {
      parsed = undefined;
    }
    const valid =
      Array.isArray(parsed) &&
      parsed.every((h) => typeof h === 'object' && h !== null && !Array.isArray(h));
    if (!valid) {
      throw new ApiError(
        500,
        'PGRST111',
        'response.headers guc must be a JSON array composed of objects with a single key and a string value',
      );
    }
    for (const header of parsed as Record<string, unknown>[]) {
      for (const [name, value] of Object.entries(header)) headers[name] = String(value);
    }
  }
  let status = response.status;
  if (row.response_status) {
    status = Number(row.response_status);
    if (!Number.isInteger(status) || status < 100 || status > 599) {
      throw new ApiError(500, 'PGRST112', 'response.status guc must be a valid status code');
    }
  }
  return { ...response, status, headers };
}

function contentRange(lower: number, pageTotal: number, total: number | undefined): string {
  const of = total === undefined ? '*' : String(total);
  return pageTotal > 0 ? `${lower}-${lower + pageTotal - 1}/${of}` : `*/${of}`;
}

/** PostgREST's range status: 206 for a partial page of a counted total, 416 past its end. */
function rangeStatus(lower: number, pageTotal: number, total: number | undefined): number {
  if (total === undefined) return 200;
  if (lower > total) {
    throw rangeNotSatisfiable(
      `An offset of ${lower} was requested, but there are only ${total} rows.`,
    );
  }
  return pageTotal < total ? 206 : 200;
}

function formatBody(plan: Plan, body: string, pageTotal: number): string {
  if (plan.media === 'object') {
    if (pageTotal !== 1) throw singularityError(pageTotal);
    // json_agg of one row is `[{…}]`: drop the brackets instead of parsing.
    return body.slice(body.indexOf('[') + 1, body.lastIndexOf(']')).trim();
  }
  if (plan.media === 'csv') {
    const rows = JSON.parse(body) as unknown[];
    const records = rows.map((r) =>
      typeof r === 'object' && r !== null ? r : { value: r },
    ) as Record<string, unknown>[];
    return recordsToCsv(records, records.length ? undefined : outputNames(plan.read));
  }
  return body;
}

function applied(plan: Plan, keys: (keyof Preferences)[]): Record<string, string> {
  const picked: Partial<Preferences> = {};
  for (const k of keys)
    if (plan.prefer[k] !== undefined) (picked as Record<string, unknown>)[k] = plan.prefer[k];
  const value = appliedPreferences(picked);
  return value ? { 'Preference-Applied': value } : {};
}

function base(plan: Plan, profile: string | undefined): Record<string, string> {
  const headers: Record<string, string> = { 'Content-Type': contentTypeOf(plan.media) };
  if (profile) headers['Content-Profile'] = profile;
  return headers;
}

/** Stage four: the result row → status, headers and body. Throws ApiErrors (4xx). */
export function respond(plan: Plan, row: ResultRow, profile?: string): ApiResponse {
  const pageTotal = Number(row.page_total);
  const total = row.total === null ? undefined : Number(row.total);
  if (plan.source.kind === 'mutation') return respondMutation(plan, row, pageTotal, profile);
  const headers = {
    ...base(plan, profile),
    ...applied(plan, ['params', 'count', 'tx', 'handling', 'timezone']),
  };
  const call = plan.source.kind === 'call' ? plan.source.call : undefined;
  if (call?.resultKind === 'void')
    return { status: 204, headers: { ...headers, 'Content-Type': '' } };
  if (call?.resultKind === 'scalar' || call?.resultKind === 'row') {
    const body = call.resultKind === 'row' ? unwrapRow(row.body) : (row.body ?? 'null');
    return { status: 200, headers, body };
  }
  headers['Content-Range'] = contentRange(plan.offset, pageTotal, total);
  const status = rangeStatus(plan.offset, pageTotal, total);
  const body = formatBody(plan, row.body ?? '[]', pageTotal);
  return plan.headOnly ? { status, headers } : { status, headers, body };
}

function unwrapRow(body: string | null): string {
  const rows = JSON.parse(body ?? '[]') as unknown[];
  return JSON.stringify(rows[0] ?? null);
}

function respondMutation(
  plan: Plan,
  row: ResultRow,
  pageTotal: number,
  profile?: string,
): ApiResponse {
  const { prefer } = plan;
  if (
    prefer.handling === 'strict' &&
    prefer.maxAffected !== undefined &&
    pageTotal > prefer.maxAffected
  ) {
    throw new ApiError(
      400,
      'PGRST124',
      'Query result exceeds max-affected preference constraint',
      `The query affects ${pageTotal} rows`,
    );
  }
  if (plan.media === 'object' && pageTotal !== 1) throw singularityError(pageTotal);
  const mutation = plan.source.kind === 'mutation' ? plan.source.mutation : undefined;
  const used: (keyof Preferences)[] = [
    'missing',
    'return',
    'count',
    'tx',
    'handling',
    'timezone',
    'maxAffected',
  ];
  if (mutation?.onConflict && plan.action === 'create') used.unshift('resolution');
  const headers = { ...base(plan, profile), ...applied(plan, used) };
  const representation = mutation?.returning === 'all';
  let status: number;
  if (plan.action === 'create') {
    headers['Content-Range'] = '*/*';
    const merged = mutation?.onConflict?.resolution === 'merge-duplicates' && row.inserted !== null;
    status = merged && Number(row.inserted) === 0 && pageTotal > 0 ? 200 : 201;
    if (mutation?.returning === 'keys' && plan.locationKeys) {
      const location = locationOf(plan, row.body);
      if (location) headers.Location = location;
    }
  } else {
    headers['Content-Range'] = contentRange(0, pageTotal, undefined);
    status = representation ? 200 : 204;
  }
  if (!representation) {
    delete headers['Content-Type'];
    return { status: plan.action === 'create' ? status : 204, headers };
  }
  return { status, headers, body: formatBody(plan, row.body ?? '[]', pageTotal) };
}

/** `/table?id=eq.1` for the first inserted row. */
function locationOf(plan: Plan, body: string | null): string | undefined {
  const rows = JSON.parse(body ?? '[]') as Record<string, unknown>[];
  const first = rows[0];
  if (!first || !plan.locationKeys) return undefined;
  const query = plan.locationKeys
    .map((k) => `${encodeURIComponent(k)}=eq.${encodeURIComponent(String(first[k] ?? ''))}`)
    .join('&');
  return `/${plan.read.relation.name}?${query}`;
}
