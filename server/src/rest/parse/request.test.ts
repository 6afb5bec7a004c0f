import { describe, expect, it } from 'vitest';
import { parseRequest, type RawRequest } from './request';

const config = { schemas: ['api', 'v2'], allowTxOverride: true };
const parse = (raw: Partial<RawRequest>) =>
  parseRequest({ method: 'GET', path: 'items', query: '', headers: {}, ...raw }, config);

describe('parseRequest', () => {
  it('reads targets and actions', () => {
    expect(parse({}).action).toBe('read');
    expect(parse({ method: 'HEAD' })).toMatchObject({ action: 'read', headOnly: true });
    expect(parse({ path: '' }).action).toBe('schema');
    expect(parse({ path: 'rpc/add', method: 'GET' }).target).toEqual({
      kind: 'function',
      name: 'add',
    });
    expect(parse({ method: 'PATCH', body: '{"a":1}' }).action).toBe('update');
    expect(parse({ method: 'PUT', body: '{"a":1}' }).action).toBe('upsert');
    expect(parse({ method: 'DELETE' }).action).toBe('delete');
    expect(parse({ method: 'OPTIONS' }).action).toBe('options');
  });

  it('rejects unknown paths and methods', () => {
    expect(() => parse({ path: 'a/b/c' })).toThrow(expect.objectContaining({ status: 404 }));
    expect(() => parse({ method: 'TRACE' })).toThrow(expect.objectContaining({ status: 405 }));
    expect(() => parse({ path: 'rpc/add', method: 'PUT' })).toThrow(
      expect.objectContaining({ status: 405, body: expect.objectContaining({ code: 'PGRST101' }) }),
    );
    expect(() => parse({ path: '', method: 'POST' })).toThrow(
      expect.objectContaining({ status: 405 }),
    );
  });

  it('reads filters, logic trees, order and paging per embed path', () => {
    const request = parse({
      query:
        'select=id,tasks(id)&id=gt.1&not.or=(a.eq.1,b.eq.2)&order=id.desc&limit=5&offset=2&tasks.name=like.*x&tasks.order=name&tasks.limit=1',
    });
    const root = request.params.get('');
    expect(root?.filters).toHaveLength(2);
    expect(root?.filters).toContainEqual(expect.objectContaining({ kind: 'or', negate: true }));
    expect(root).toMatchObject({ limit: 5, offset: 2, order: [{ direction: 'desc' }] });
    expect(request.params.get('tasks')).toMatchObject({
      limit: 1,
      filters: [{ kind: 'condition' }],
    });
  });

  it('keeps RPC query parameters aside (arguments or filters)', () => {
    const request = parse({ path: 'rpc/add', query: 'a=1&b=2&select=x' });
    expect(request.rest).toEqual([
      ['a', '1'],
      ['b', '2'],
    ]);
  });

  it('validates limit, offset and profiles', () => {
    expect(() => parse({ query: 'limit=-1' })).toThrow(expect.objectContaining({ status: 400 }));
    expect(parse({ headers: { 'accept-profile': 'v2' } }).schema).toBe('v2');
    expect(parse({ method: 'POST', body: '{}', headers: { 'content-profile': 'v2' } }).schema).toBe(
      'v2',
    );
    expect(() => parse({ headers: { 'accept-profile': 'secret' } })).toThrow(
      expect.objectContaining({ status: 406, body: expect.objectContaining({ code: 'PGRST106' }) }),
    );
  });

  it('reads the Range header', () => {
    expect(parse({ headers: { range: '0-9' } }).range).toEqual({ lower: 0, upper: 9 });
    expect(parse({ headers: { range: 'items=5-' } }).range).toEqual({ lower: 5 });
    expect(parse({ headers: { range: 'garbage' } }).range).toBeUndefined();
    expect(() => parse({ headers: { range: '5-1' } })).toThrow(
      expect.objectContaining({ status: 416 }),
    );
  });

  it('decodes bodies by content type', () => {
    const csv = parse({
      method: 'POST',
      body: 'id,name\n1,a',
      headers: { 'content-type': 'text/csv' },
    });
    expect(csv.payload).toEqual({
      kind: 'rows',
      rows: [{ id: '1', name: 'a' }],
      keys: ['id', 'name'],
      isArray: true,
    });
    const form = parse({
      method: 'POST',
      path: 'rpc/add',
      body: 'a=1&b=2',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(form.payload).toEqual({ kind: 'raw', value: { a: '1', b: '2' } });
    expect(parse({ method: 'POST', path: 'rpc/add' }).payload).toEqual({ kind: 'raw', value: {} });
    const raw = parse({
      method: 'POST',
      path: 'rpc/x',
      body: 'hi',
      headers: { 'content-type': 'text/plain' },
    });
    expect(raw.payload).toEqual({ kind: 'raw', value: 'hi' });
  });

  it('rejects bad bodies', () => {
    const post =
      (body: string, headers = {}) =>
      () =>
        parse({ method: 'POST', body, headers });
    expect(post('{bad')).toThrow(
      expect.objectContaining({ status: 400, body: expect.objectContaining({ code: 'PGRST102' }) }),
    );
    expect(post('')).toThrow(expect.objectContaining({ status: 400 }));
    expect(post('[1,2]')).toThrow(expect.objectContaining({ status: 400 }));
    expect(post('[{"a":1},{"b":2}]')).toThrow(/keys must match/);
    expect(post('x', { 'content-type': 'image/png' })).toThrow(
      expect.objectContaining({ status: 415 }),
    );
  });
});
