import { describe, expect, it } from 'vitest';
import { fromPgError, isPgError, statusForSqlState } from './pg-error';

const pg = (code: string, message = 'm', detail?: string, hint?: string) => ({
  code,
  message,
  detail,
  hint,
  severity: 'ERROR',
});

describe('statusForSqlState', () => {
  it.each([
    ['23503', 409],
    ['23505', 409],
    ['25006', 405],
    ['P0001', 400],
    ['42883', 404],
    ['42P01', 404],
    ['42501', 403],
    ['08006', 503],
    ['53300', 503],
    ['53400', 500],
    ['40001', 500],
    ['28000', 403],
    ['0L000', 403],
    ['22P02', 400],
    ['23502', 400],
    ['PT418', 418],
    ['XX000', 500],
    ['P0002', 500],
  ])('%s → %i', (code, status) => {
    expect(statusForSqlState(code)).toBe(status);
  });
});

describe('fromPgError', () => {
  it('keeps message, details and hint of client errors', () => {
    const error = fromPgError(pg('23505', 'duplicate', 'Key (id)=(1) already exists.', 'h'), false);
    expect(error.status).toBe(409);
    expect(error.body).toEqual({
      code: '23505',
      message: 'duplicate',
      details: 'Key (id)=(1) already exists.',
      hint: 'h',
    });
  });

  it('answers 42501 with 401 and WWW-Authenticate for the anonymous role only', () => {
    expect(fromPgError(pg('42501'), true)).toMatchObject({
      status: 401,
      headers: { 'WWW-Authenticate': 'Bearer' },
    });
    expect(fromPgError(pg('42501'), false)).toMatchObject({ status: 403, headers: {} });
  });

  it('hides the text of server-side failures', () => {
    const error = fromPgError(pg('XX000', 'could not read block 7 in file base/1/2'), false);
    expect(error.status).toBe(500);
    expect(error.body.message).toBe('Database error');
    expect(fromPgError(pg('08006', 'connection lost'), false).body.message).toBe(
      'Database unavailable',
    );
  });

  it('reads custom PGRST errors and rejects malformed ones', () => {
    const custom = fromPgError(
      pg(
        'PGRST',
        '{"code":"X1","message":"Nope","details":"d","hint":"h"}',
        '{"status":409,"headers":{"X-A":1}}',
      ),
      false,
    );
    expect(custom).toMatchObject({
      status: 409,
      headers: { 'X-A': '1' },
      body: { code: 'X1', message: 'Nope', details: 'd', hint: 'h' },
    });
    expect(fromPgError(pg('PGRST', 'not json', '{}'), false).body.code).toBe('PGRST121');
    expect(fromPgError(pg('PGRST', '{}', '{"status":-1}'), false).body.code).toBe('PGRST112');
  });

  it('recognises database errors', () => {
    expect(isPgError(pg('22P02'))).toBe(true);
    expect(isPgError(new Error('x'))).toBe(false);
    expect(isPgError({ code: 'ECONNREFUSED', message: 'x' })).toBe(false);
  });
});
