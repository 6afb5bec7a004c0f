import { describe, expect, it } from 'vitest';
import { TokenCache } from './auth';
import { errorResponse, StatementNames } from './engine';

describe('StatementNames', () => {
  it('names a statement from its second use on, up to a bound', () => {
    const names = new StatementNames(2);
    expect(names.nameFor('a')).toBeUndefined();
    expect(names.nameFor('a')).toBe('pgrst_0');
    expect(names.nameFor('a')).toBe('pgrst_0');
    names.nameFor('b');
    expect(names.nameFor('b')).toBe('pgrst_1');
    names.nameFor('c');
    expect(names.nameFor('c')).toBeUndefined();
  });
});

describe('TokenCache', () => {
  it('serves cached identities until they expire, and empties when full', () => {
    const cache = new TokenCache(2);
    const now = Date.now() / 1000;
    cache.set('live', { role: 'a', claims: { exp: now + 60 } });
    cache.set('dead', { role: 'a', claims: { exp: now - 1 } });
    expect(cache.get('live')?.role).toBe('a');
    expect(cache.get('dead')).toBeUndefined();
    cache.set('other', { role: 'b', claims: {} });
    cache.set('more', { role: 'c', claims: {} });
    expect(cache.get('live')).toBeUndefined();
    expect(cache.get('more')?.role).toBe('c');
  });
});

describe('errorResponse', () => {
  it('answers unexpected failures with a bare 500 and reports them', () => {
    const seen: unknown[] = [];
    const response = errorResponse(new Error('secret internals'), false, (e) => seen.push(e));
    expect(response.status).toBe(500);
    expect(JSON.parse(response.body ?? '')).toEqual({
      code: 'PGRSTX00',
      message: 'Internal server error',
      details: null,
      hint: null,
    });
    expect(seen).toHaveLength(1);
  });
});
