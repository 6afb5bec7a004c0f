import { ApiError, NetworkError } from './api-error';

/**
 * Turns any failure into a sentence a technician on a phone understands. The database's
 * own messages for rule violations are already written for people, so they are kept.
 */
export function describeError(error: unknown): string {
  if (error instanceof NetworkError) {
    return 'Crewlog could not be reached. Check your connection and try again — what you typed is kept.';
  }
  if (!(error instanceof ApiError)) {
    return 'Something went wrong. Try again — what you typed is kept.';
  }
  const { status, code, message, hint } = error;
  const withHint = (text: string) => (hint ? `${text} (${hint})` : text);
  if (code === '23505') {
    if (/ticket/i.test(message))
      return 'That ticket number is already taken. Pick the existing ticket instead.';
    return 'That already exists.';
  }
  if (code === '23514' || code === 'P0001') return withHint(capitalise(message));
  if (code === '23503')
    return 'That refers to something that no longer exists. Reload and try again.';
  if (code === '23502') return 'A required field is empty.';
  if (code === '22P02' || code === '22007' || code === '22008' || code === '22023') {
    return 'Something typed is not in the expected format (check dates, times and numbers).';
  }
  if (code === 'PGRST116' || status === 404)
    return 'That item was not found. It may have been deleted.';
  if (status === 401) return 'Your session has ended. Sign in again.';
  if (code === '42501' || status === 403) {
    return message && !/permission denied/i.test(message)
      ? `Not allowed: ${message}.`
      : 'You are not allowed to do that.';
  }
  if (status === 429) {
    return error.retryAfter
      ? `Too many attempts. Wait ${formatWait(error.retryAfter)} and try again.`
      : 'Too many attempts. Wait a few minutes and try again.';
  }
  if (status >= 500)
    return 'The server had a problem. Try again in a moment — what you typed is kept.';
  return withHint(capitalise(message || 'The request was refused.'));
}

/** "4 minutes 10 seconds" — for lock-out messages. */
export function formatWait(seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  const rest = Math.round(seconds % 60);
  const parts: string[] = [];
  if (minutes > 0) parts.push(`${minutes} minute${minutes === 1 ? '' : 's'}`);
  if (rest > 0 || minutes === 0) parts.push(`${rest} second${rest === 1 ? '' : 's'}`);
  return parts.join(' ');
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
