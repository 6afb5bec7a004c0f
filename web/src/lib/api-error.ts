/**
 * One error type for everything the server answers with: PostgREST bodies
 * ({code, message, details, hint}) from /api and {code, message, fields} from /auth.
 */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string | undefined;
  readonly details: string | undefined;
  readonly hint: string | undefined;
  /** Per-field error codes (registration and other forms). */
  readonly fields: Record<string, string>;
  /** Seconds to wait, from Retry-After (login lock-out). */
  readonly retryAfter: number | undefined;

  constructor(init: {
    status: number;
    message: string;
    code?: string | undefined;
    details?: string | undefined;
    hint?: string | undefined;
    fields?: Record<string, string> | undefined;
    retryAfter?: number | undefined;
  }) {
    super(init.message);
    this.name = 'ApiError';
    this.status = init.status;
    this.code = init.code;
    this.details = init.details;
    this.hint = init.hint;
    this.fields = init.fields ?? {};
    this.retryAfter = init.retryAfter;
  }
}

/** A fetch that never reached the server (offline, DNS, server down). */
export class NetworkError extends Error {
  constructor() {
    super('network');
    this.name = 'NetworkError';
  }
}

function normaliseFields(raw: unknown): Record<string, string> {
  if (!raw || typeof raw !== 'object') return {};
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    if (typeof value === 'string') out[key] = value;
    else if (Array.isArray(value) && typeof value[0] === 'string') out[key] = value[0];
    else if (value && typeof value === 'object' && 'code' in value) out[key] = String(value.code);
  }
  return out;
}

/** Builds an ApiError from a failed Response, whatever shape its body has. */
export async function errorFromResponse(response: Response): Promise<ApiError> {
  let body: Record<string, unknown> = {};
  try {
    body = (await response.json()) as Record<string, unknown>;
  } catch {
    // Not JSON (a proxy's error page, an empty body): the status alone must do.
  }
  const retryHeader = response.headers.get('retry-after');
  const retryAfter =
    retryHeader !== null && /^\d+$/.test(retryHeader)
      ? Number(retryHeader)
      : typeof body.retry_after_seconds === 'number'
        ? body.retry_after_seconds
        : undefined;
  return new ApiError({
    status: response.status,
    message: typeof body.message === 'string' ? body.message : response.statusText,
    code: typeof body.code === 'string' ? body.code : undefined,
    details: typeof body.details === 'string' ? body.details : undefined,
    hint: typeof body.hint === 'string' ? body.hint : undefined,
    fields: normaliseFields(body.fields ?? body.errors),
    retryAfter,
  });
}
