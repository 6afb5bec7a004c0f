/**
 * Stable error codes of Crewlog's own routes (the data API answers PostgREST's codes).
 * Clients match on `code`; `message` is for people and may change.
 */
export const ErrorCode = {
  internal: 'internal_error',
  notFound: 'not_found',
  badRequest: 'bad_request',
  payloadTooLarge: 'payload_too_large',
  unsupportedMediaType: 'unsupported_media_type',
  databaseUnavailable: 'database_unavailable',
} as const;

export type ErrorCodeValue = (typeof ErrorCode)[keyof typeof ErrorCode];

export interface ErrorBody {
  code: string;
  message: string;
}
