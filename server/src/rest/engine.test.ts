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

  it('names nothing when prepared statements are off', () => {
    const names = new StatementNames(0);
    for (let i = 0; i < 3; i++) expect(names.nameFor('a')).toBeUndefined();
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

describe('errorResponse for lost connections', () => {
  it('answers 503 PGRST001 so that clients retry', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), {
      code: 'ECONNREFUSED',
    });
    expect(errorResponse(refused, false)).toMatchObject({ status: 503 });
    const ended = errorResponse(new Error('Connection terminated unexpectedly'), false);
    expect(JSON.parse(ended.body ?? '')).toMatchObject({ code: 'PGRST001' });
  });
});

describe('an engine without a database', () => {
  it('answers 503 PGRST002 while the schema cache cannot be loaded', async () => {
    const { default: pg } = await import('pg');
    const { createEngine } = await import('./engine');
    const pool = new pg.Pool({
      connectionString: 'postgres://nobody@127.0.0.1:1/none',
      connectionTimeoutMillis: 500,
    });
    const engine = createEngine({
      pool,
      withRequestTx: async () => {
        throw new Error('unreachable');
      },
      schemas: ['api'],
      anonRole: 'anon',
      jwtSecret: 'x'.repeat(32),
    });
    try {
      const response = await engine.handle({
        method: 'GET',
        path: 'items',
        query: '',
        headers: {},
      });
      expect(response.status).toBe(503);
      expect(JSON.parse(response.body ?? '')).toMatchObject({ code: 'PGRST002' });
      const options = await engine.handle({
        method: 'OPTIONS',
        path: 'items',
        query: '',
        headers: {},
      });
      expect(options.status).toBe(200);
    } finally {
      await pool.end();
    }
  });
});
