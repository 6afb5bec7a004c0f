import { ClientError } from '../http/client-error';

/** 422 naming the file and why it could not be read; the whole import stops. */
export function unreadableFile(fileName: string, reason: string): ClientError {
  return new ClientError(422, 'unreadable_file', `${fileName}: ${reason}`);
}
