/**
 * A 4xx answer with a stable code, thrown from a handler; the error handler sends it as
 * `{code, message}`. The message is for people, so it names the file or field at fault.
 */
export class ClientError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ClientError';
  }
}
