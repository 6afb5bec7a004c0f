/** Messages a client may send. Anything else is a protocol error. */
export type ClientMessage = { type: 'auth'; token: string } | { type: 'ping' };

/** Close codes: 4401 the token or session is not (or no longer) good; 4400 not our protocol. */
export const CLOSE = {
  unauthorized: 4401,
  badMessage: 4400,
  /** The server lost its change feed or is stopping: reconnect and refetch. */
  restart: 1012,
} as const;

export const MAX_MESSAGE_BYTES = 8 * 1024;
const MAX_TOKEN_LENGTH = 4096;

export function parseClientMessage(data: unknown, isBinary: boolean): ClientMessage | undefined {
  if (isBinary) return undefined;
  const text = Buffer.isBuffer(data) ? data.toString('utf8') : typeof data === 'string' ? data : '';
  if (text.length === 0 || text.length > MAX_MESSAGE_BYTES) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const message = value as Record<string, unknown>;
  if (message.type === 'ping') return { type: 'ping' };
  if (
    message.type === 'auth' &&
    typeof message.token === 'string' &&
    message.token.length > 0 &&
    message.token.length <= MAX_TOKEN_LENGTH
  ) {
    return { type: 'auth', token: message.token };
  }
  return undefined;
}

export const READY = JSON.stringify({ type: 'ready' });
export const PONG = JSON.stringify({ type: 'pong' });
