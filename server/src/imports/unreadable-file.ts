import { ClientError } from '../http/client-error';
import { ErrorCode } from '../http/error-codes';

/** 422 naming the file and why it could not be read; the whole import stops. */
export function unreadableFile(fileName: string, reason: string): ClientError {
  return new ClientError(422, ErrorCode.unreadableFile, `${fileName}: ${reason}`);
}
