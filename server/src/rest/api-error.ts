/** PostgREST's error body: every error the data API sends has exactly these four keys. */
export interface ApiErrorBody {
  code: string;
  message: string;
  details: string | null;
  hint: string | null;
}

/** An error with the HTTP status and body PostgREST would answer for the same request. */
export class ApiError extends Error {
  readonly body: ApiErrorBody;
  constructor(
    readonly status: number,
    code: string,
    message: string,
    details: string | null = null,
    hint: string | null = null,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.body = { code, message, details, hint };
  }
}

/** PGRST100: the query string does not follow the grammar. */
export function parseError(message: string, details: string | null = null): ApiError {
  return new ApiError(400, 'PGRST100', message, details);
}

export function notAcceptable(accepted: string): ApiError {
  return new ApiError(406, 'PGRST107', `None of these media types are available: ${accepted}`);
}

export function unsupportedMediaType(contentType: string): ApiError {
  return new ApiError(415, 'PGRST107', `Content-Type not acceptable: ${contentType}`);
}

export function invalidBody(message: string): ApiError {
  return new ApiError(400, 'PGRST102', message);
}

export function schemaNotExposed(schemas: string[]): ApiError {
  return new ApiError(
    406,
    'PGRST106',
    `The schema must be one of the following: ${schemas.join(', ')}`,
  );
}

export function tableNotFound(schema: string, name: string): ApiError {
  return new ApiError(
    404,
    'PGRST205',
    `Could not find the table '${schema}.${name}' in the schema cache`,
  );
}

export function columnNotFound(table: string, column: string): ApiError {
  return new ApiError(400, '42703', `column ${table}.${column} does not exist`);
}

export function payloadColumnNotFound(table: string, column: string): ApiError {
  return new ApiError(
    400,
    'PGRST204',
    `Could not find the '${column}' column of '${table}' in the schema cache`,
  );
}

export function singularityError(rows: number): ApiError {
  return new ApiError(
    406,
    'PGRST116',
    'JSON object requested, multiple (or no) rows returned',
    `The result contains ${rows} rows`,
  );
}

export function rangeNotSatisfiable(details: string | null = null): ApiError {
  return new ApiError(416, 'PGRST103', 'Requested range not satisfiable', details);
}

export function invalidPath(): ApiError {
  return new ApiError(404, 'PGRST125', 'Invalid path specified in request URL');
}

export function methodNotAllowed(method: string): ApiError {
  return new ApiError(405, 'PGRST117', `Unsupported HTTP method: ${method}`);
}

export function internalError(): ApiError {
  return new ApiError(500, 'PGRSTX00', 'Internal server error');
}
