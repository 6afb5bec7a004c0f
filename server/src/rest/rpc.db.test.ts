import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRestTestApp, json, type RestTestApp } from './testing';

let t: RestTestApp;
let auth: Record<string, string>;
beforeAll(async () => {
  t = await createRestTestApp();
  auth = { Authorization: `Bearer ${await t.token({ role: 'authenticated', sub: 'ann' })}` };
});
afterAll(() => t.close());

const get = (url: string, headers: Record<string, string> = {}) =>
  t.app.inject({ url: `/api/rpc/${url}`, headers });
const post = (url: string, payload?: string, headers: Record<string, string> = {}) =>
  t.app.inject({
    method: 'POST',
    url: `/api/rpc/${url}`,
    headers,
    ...(payload === undefined ? {} : { payload }),
  });

describe('functions', () => {
  it('calls with named arguments by GET and POST', async () => {
    const viaGet = await get('add?a=1&b=2');
    expect(viaGet.statusCode).toBe(200);
    expect(json(viaGet)).toBe(3);
    expect(json(await post('add', '{"a":40,"b":2}', { 'Content-Type': 'application/json' }))).toBe(
      42,
    );
    const form = await post('add', 'a=2&b=3', {
      'Content-Type': 'application/x-www-form-urlencoded',
    });
    expect(json(form)).toBe(5);
  });

  it('uses parameter defaults and array arguments', async () => {
    expect(json(await get('hello'))).toBe('hello world');
    expect(json(await get('hello?name=crew'))).toBe('hello crew');
    expect(json(await post('sum_array', '{"values_":[1,2,3]}'))).toBe(6);
    expect(json(await get('sum_array?values_={4,5}'))).toBe(9);
  });

  it('passes the whole body to a single unnamed json parameter', async () => {
    expect(json(await post('echo', '{"deep":{"x":[1]}}'))).toEqual({ deep: { x: [1] } });
    const single = await post('echo_named', '{"a":1}', { Prefer: 'params=single-object' });
    expect(json(single)).toEqual({ a: 1 });
    expect(single.headers['preference-applied']).toBe('params=single-object');
  });

  it('applies select, filters and order to table results', async () => {
    const response = await get(
      'client_projects?client=1&select=name,tasks(name)&order=name&name=neq.Nothing',
    );
    expect(json(response)).toEqual([
      { name: 'Anvil', tasks: [{ name: 'Test' }] },
      {
        name: 'Roadrunner',
        tasks: [{ name: 'Design' }, { name: 'Build' }],
      },
    ]);
    const pairs = await post('pairs?y=eq.two', '{}', { Prefer: 'count=exact' });
    expect(json(pairs)).toEqual([{ x: 2, y: 'two' }]);
    expect(pairs.headers['content-range']).toBe('0-0/1');
  });

  it('returns sets of scalars as arrays and single rows as objects', async () => {
    expect(json(await get('numbers'))).toEqual([1, 2, 3]);
    const created = await post('new_client', '{"name":"Soylent"}', auth);
    expect(json(created)).toMatchObject({ name: 'Soylent' });
  });

  it('answers 204 for void functions', async () => {
    const response = await post('nothing', undefined, auth);
    expect(response.statusCode).toBe(204);
    expect(response.body).toBe('');
  });

  it('runs GET read-only: a writing function answers 405', async () => {
    const response = await get('new_client?name=Nope', auth);
    expect(response.statusCode).toBe(405);
    expect(json(response)).toMatchObject({ code: '25006' });
  });

  it('answers 404 for unknown functions or arguments, 405 for other methods', async () => {
    const unknown = await get('nope');
    expect(unknown.statusCode).toBe(404);
    expect(json(unknown)).toMatchObject({ code: 'PGRST202' });
    expect(json(await get('add?a=1&c=2'))).toMatchObject({ code: 'PGRST202' });
    const put = await t.app.inject({ method: 'PUT', url: '/api/rpc/add', payload: '{}' });
    expect(put.statusCode).toBe(405);
  });

  it('maps raised errors: P0001 → 400, PTxyz → xyz, PGRST → custom', async () => {
    const failed = await post('fail', '{"message":"no way"}');
    expect(failed.statusCode).toBe(400);
    expect(json(failed)).toEqual({
      code: 'P0001',
      message: 'no way',
      details: null,
      hint: 'raised on purpose',
    });
    const payment = await post('payment_required');
    expect(payment.statusCode).toBe(402);
    expect(json(payment)).toEqual({
      code: 'PT402',
      message: 'Payment Required',
      details: 'Quota exceeded',
      hint: 'Upgrade',
    });
    const custom = await post('custom_error');
    expect(custom.statusCode).toBe(418);
    expect(custom.headers['x-teapot']).toBe('yes');
    expect(json(custom)).toEqual({
      code: '123',
      message: 'Teapot',
      details: 'short and stout',
      hint: null,
    });
  });

  it('sets the role, claims and request facts for the database to see', async () => {
    const response = await get('whoami', auth);
    expect(json(response)).toMatchObject({
      role: 'authenticated',
      claims: { role: 'authenticated', sub: 'ann' },
      method: 'GET',
      path: '/rpc/whoami',
    });
  });
});

describe('response settings', () => {
  it('lets SQL set response headers and status', async () => {
    const response = await get('cached_hello');
    expect(response.statusCode).toBe(202);
    expect(response.headers['cache-control']).toBe('public, max-age=60');
    expect(response.headers['x-hello']).toBe('yes');
    expect(json(response)).toBe('hello');
  });

  it('answers PGRST111 for malformed response.headers', async () => {
    const response = await get('bad_headers');
    expect(response.statusCode).toBe(500);
    expect(json(response)).toMatchObject({ code: 'PGRST111' });
  });
});
