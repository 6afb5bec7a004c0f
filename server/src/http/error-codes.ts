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
  // Refusals by the database, as mapped by database-refusal.ts.
  unauthorized: 'unauthorized',
  forbidden: 'forbidden',
  conflict: 'conflict',
  rejectedByDatabase: 'rejected_by_database',
  // Imports and uploads.
  unreadableFile: 'unreadable_file',
  invalidDrafts: 'invalid_drafts',
  importNotFound: 'import_not_found',
  unreadableImage: 'unreadable_image',
  imageTooLarge: 'image_too_large',
} as const;

export type ErrorCodeValue = (typeof ErrorCode)[keyof typeof ErrorCode];

export interface ErrorBody {
  code: string;
  message: string;
}
