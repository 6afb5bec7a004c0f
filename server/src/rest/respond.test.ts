import { describe, expect, it } from 'vitest';
import { parseRequest, type RawRequest } from './parse/request';
import { planRequest } from './plan/plan';
import { respond } from './respond';
import { sampleCache } from './schema-cache/sample-cache';

const cache = sampleCache();
function plan(raw: Partial<RawRequest>) {
  const request = parseRequest(
    { method: 'GET', path: 'projects', query: '', headers: {}, ...raw },
    { schemas: ['api'], allowTxOverride: true },
  );
  return planRequest(request, cache);
}

describe('respond', () => {
  it('computes Content-Range and range statuses', () => {
    const counted = plan({ query: 'offset=2', headers: { prefer: 'count=exact' } });
    expect(respond(counted, { total: 10, page_total: 3, body: '[]' })).toMatchObject({
      status: 206,
      headers: { 'Content-Range': '2-4/10', 'Preference-Applied': 'count=exact' },
    });
    expect(() => respond(counted, { total: 1, page_total: 0, body: '[]' })).toThrow(
      expect.objectContaining({ status: 416 }),
    );
    const uncounted = plan({});
    expect(respond(uncounted, { total: null, page_total: 0, body: '[]' })).toMatchObject({
      status: 200,
      headers: { 'Content-Range': '*/*' },
      body: '[]',
    });
  });

  it('answers singular objects or 406', () => {
    const single = plan({ headers: { accept: 'application/vnd.pgrst.object+json' } });
    expect(respond(single, { total: null, page_total: 1, body: '[{"id":1}]' }).body).toBe(
      '{"id":1}',
    );
    expect(() => respond(single, { total: null, page_total: 2, body: '[{},{}]' })).toThrow(
      expect.objectContaining({ status: 406 }),
    );
  });

  it('answers writes by method and preference', () => {
    const insert = plan({ method: 'POST', body: '{"name":"a"}' });
    expect(respond(insert, { total: null, page_total: 1, body: null, inserted: null })).toEqual({
      status: 201,
      headers: { 'Content-Range': '*/*' },
    });
    const located = plan({
      method: 'POST',
      body: '{"name":"a"}',
      headers: { prefer: 'return=headers-only' },
    });
    expect(
      respond(located, { total: null, page_total: 1, body: '[{"id":5}]' }).headers.Location,
    ).toBe('/projects?id=eq.5');
    const merged = plan({
      method: 'POST',
      body: '{"id":1}',
      headers: { prefer: 'resolution=merge-duplicates' },
    });
    expect(respond(merged, { total: null, page_total: 1, body: null, inserted: 0 }).status).toBe(
      200,
    );
    const deleted = plan({ method: 'DELETE', headers: { prefer: 'return=representation' } });
    expect(respond(deleted, { total: null, page_total: 2, body: '[{},{}]' })).toMatchObject({
      status: 200,
      headers: { 'Content-Range': '0-1/*', 'Preference-Applied': 'return=representation' },
    });
  });

  it('answers calls: scalars, void, CSV', () => {
    expect(
      respond(plan({ path: 'rpc/add', query: 'a=1&b=2' }), {
        total: null,
        page_total: 1,
        body: '3',
      }).body,
    ).toBe('3');
    expect(
      respond(plan({ path: 'rpc/nothing', method: 'POST' }), {
        total: null,
        page_total: 1,
        body: null,
      }).status,
    ).toBe(204);
    const csv = plan({ path: 'rpc/numbers', headers: { accept: 'text/csv' } });
    expect(respond(csv, { total: 3, page_total: 3, body: '[1,2]' }).body).toBe('value\n1\n2');
  });
});
