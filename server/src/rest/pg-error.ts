import { ApiError } from './api-error';

/** SQLSTATE → HTTP status, as PostgREST's table has it (exact codes, then classes). */
const EXACT: Record<string, number> = {
  '23503': 409,
  '23505': 409,
  '25006': 405,
  '53400': 500,
  P0001: 400,
  '42883': 404,
  '42P01': 404,
  '42P17': 500,
  '42501': 403,
};
const CLASSES: [string, number][] = [
  ['08', 503],
  ['09', 500],
  ['0L', 403],
  ['0P', 403],
  ['25', 500],
  ['28', 403],
  ['2D', 500],
  ['38', 500],
  ['39', 500],
  ['3B', 500],
  ['40', 500],
  ['53', 503],
  ['54', 500],
  ['55', 500],
  ['57', 500],
  ['58', 500],
  ['F0', 500],
  ['HV', 500],
  ['P0', 500],
  ['XX', 500],
];

export function statusForSqlState(code: string): number {
  const exact = EXACT[code];
  if (exact) return exact;
  const custom = /^PT(\d{3})$/.exec(code);
  if (custom) return Number(custom[1]);
  return CLASSES.find(([prefix]) => code.startsWith(prefix))?.[1] ?? 400;
}

export interface PgErrorLike {
  code?: string;
  message: string;
  detail?: string | undefined;
  hint?: string | undefined;
}

export function isPgError(error: unknown): error is PgErrorLike & { code: string } {
  return (
    typeof error === 'object' &&
    error !== null &&
    typeof (error as { code?: unknown }).code === 'string' &&
    /^[0-9A-Z]{5}$/.test((error as { code: string }).code) &&
    'severity' in error
  );
}

/**
 * A database error as PostgREST answers it. 42501 is 401 for the anonymous role (the
 * client should authenticate) and 403 otherwise. Errors of server trouble (5xx) keep
 * their SQLSTATE but not their text: it may describe internals.
 */
export function fromPgError(error: PgErrorLike & { code: string }, anonymous: boolean): ApiError {
  if (error.code === 'PGRST') return customError(error);
  if (error.code === '42501' && anonymous) {
    return new ApiError(401, error.code, error.message, error.detail ?? null, error.hint ?? null, {
      'WWW-Authenticate': 'Bearer',
    });
  }
  const status = statusForSqlState(error.code);
  if (status >= 500 && !error.code.startsWith('PT')) {
    return new ApiError(
      status,
      error.code,
      status === 503 ? 'Database unavailable' : 'Database error',
    );
  }
  return new ApiError(status, error.code, error.message, error.detail ?? null, error.hint ?? null);
}

/** `raise sqlstate 'PGRST' using message = '{code,message,…}', detail = '{status,headers}'`. */
function customError(error: PgErrorLike): ApiError {
  try {
    const body = JSON.parse(error.message) as Record<string, unknown>;
    const extra = JSON.parse(error.detail ?? '{}') as { status?: unknown; headers?: unknown };
    const status = extra.status;
    if (typeof status !== 'number' || !Number.isInteger(status) || status < 100 || status > 599) {
      return new ApiError(500, 'PGRST112', 'The status code must be a positive integer');
    }
    const headers: Record<string, string> = {};
    if (extra.headers && typeof extra.headers === 'object') {
      for (const [k, v] of Object.entries(extra.headers)) headers[k] = String(v);
    }
    const text = (v: unknown) => (v === undefined || v === null ? null : String(v));
    return new ApiError(
      status,
      String(body.code ?? ''),
      String(body.message ?? ''),
      text(body.details),
      text(body.hint),
      headers,
    );
  } catch {
    return new ApiError(
      500,
      'PGRST121',
      'Could not parse JSON in the "RAISE SQLSTATE \'PGRST\'" error',
    );
  }
}
