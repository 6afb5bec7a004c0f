import { describe, expect, it } from 'vitest';
import { ApiError, NetworkError } from './api-error';
import { describeError, formatWait } from './describe-error';

const api = (status: number, code: string | undefined, message: string, hint?: string) =>
  new ApiError({ status, code, message, hint });

describe('describeError', () => {
  it('speaks plainly about the common failures', () => {
    expect(describeError(new NetworkError())).toMatch(/could not be reached.*kept/);
    expect(
      describeError(
        api(
          409,
          '23505',
          'duplicate key value violates unique constraint "tickets_ticket_number_key"',
        ),
      ),
    ).toBe('That ticket number is already taken. Pick the existing ticket instead.');
    expect(describeError(api(401, 'PGRST301', 'JWT expired'))).toBe(
      'Your session has ended. Sign in again.',
    );
    expect(describeError(api(500, undefined, 'boom'))).toMatch(/server had a problem/);
    expect(describeError(api(400, '22007', 'invalid input syntax for type date'))).toMatch(
      /expected format/,
    );
  });
  it('keeps the database’s own sentences for broken rules, with their hint', () => {
    expect(
      describeError(
        api(
          400,
          '23514',
          'ticket 42 has been deleted',
          'choose another ticket, or ask a manager to restore it',
        ),
      ),
    ).toBe('Ticket 42 has been deleted (choose another ticket, or ask a manager to restore it)');
    expect(describeError(api(403, '42501', "you may not edit another person's entry"))).toBe(
      "Not allowed: you may not edit another person's entry.",
    );
  });
  it('says how long a lock-out lasts', () => {
    expect(describeError(new ApiError({ status: 429, message: 'locked', retryAfter: 61 }))).toBe(
      'Too many attempts. Wait 1 minute 1 second and try again.',
    );
    expect(formatWait(45)).toBe('45 seconds');
    expect(formatWait(120)).toBe('2 minutes');
  });
});
