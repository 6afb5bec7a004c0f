import { describe, expect, it } from 'vitest';
import { parseRequest, type RawRequest } from '../parse/request';
import { sampleCache } from '../schema-cache/sample-cache';
import { planRequest } from './plan';

const cache = sampleCache();
function plan(raw: Partial<RawRequest>, maxRows?: number) {
  const request = parseRequest(
    { method: 'GET', path: 'projects', query: '', headers: {}, ...raw },
    { schemas: ['api', 'v2'], allowTxOverride: true },
  );
  return planRequest(request, cache, { maxRows });
}
const failure = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return error as { status: number; body: { code: string; details: unknown } };
  }
  throw new Error('expected a failure');
};

describe('planRequest: reads', () => {
  it('resolves columns and embeds through foreign keys', () => {
    const p = plan({ query: 'select=id,clients(name),tasks(id,users(name))' });
    expect(p.read.embeds.map((e) => [e.name, e.relationship.kind, e.toOne])).toEqual([
      ['clients', 'many-to-one', true],
      ['tasks', 'one-to-many', false],
    ]);
    expect(p.read.embeds[1]?.plan.embeds[0]?.relationship.kind).toBe('many-to-many');
  });

  it('fails for unknown relations, columns and relationships', () => {
    expect(failure(() => plan({ path: 'nope' }))).toMatchObject({
      status: 404,
      body: { code: 'PGRST205' },
    });
    expect(failure(() => plan({ query: 'select=nope' }))).toMatchObject({
      status: 400,
      body: { code: '42703' },
    });
    expect(failure(() => plan({ query: 'nope=eq.1' }))).toMatchObject({ status: 400 });
    expect(failure(() => plan({ query: 'select=*,users(*)' }))).toMatchObject({
      status: 400,
      body: { code: 'PGRST200' },
    });
    expect(failure(() => plan({ query: 'tasks.id=eq.1' }))).toMatchObject({
      status: 400,
      body: { code: 'PGRST108' },
    });
  });

  it('reports ambiguous embeds with 300 and the candidates', () => {
    const error = failure(() => plan({ path: 'people', query: 'select=*,people(*)' }));
    expect(error).toMatchObject({ status: 300, body: { code: 'PGRST201' } });
    expect(error.body.details).toHaveLength(2);
    const hinted = plan({ path: 'people', query: 'select=*,people!parent_id(*)' });
    expect(hinted.read.embeds[0]?.relationship.kind).toBe('many-to-one');
  });

  it('allows spread and related order only on to-one embeds', () => {
    expect(
      plan({ query: 'select=id,...clients(name)&order=clients(name).desc' }).read.order[0]?.embed,
    ).toBeDefined();
    expect(failure(() => plan({ query: 'select=id,...tasks(name)' }))).toMatchObject({
      body: { code: 'PGRST119' },
    });
    expect(failure(() => plan({ query: 'select=id,tasks(name)&order=tasks(name)' }))).toMatchObject(
      {
        body: { code: 'PGRST118' },
      },
    );
  });

  it('turns embed null filters into existence conditions', () => {
    const p = plan({ query: 'select=id,tasks(id)&tasks=not.is.null' });
    expect(p.read.where[0]).toMatchObject({ kind: 'embed-exists', negate: false });
    expect(p.read.embeds[0]?.filtersParent).toBe(true);
    expect(failure(() => plan({ query: 'select=id,tasks(id)&tasks=eq.1' }))).toMatchObject({
      body: { code: 'PGRST120' },
    });
  });

  it('caps the page with max-rows and intersects the Range header', () => {
    expect(plan({}, 10).read.limit).toBe(10);
    expect(plan({ query: 'limit=50&offset=5' }, 10).read).toMatchObject({ limit: 10, offset: 5 });
    expect(plan({ query: 'limit=5', headers: { range: '2-3' } }).read).toMatchObject({
      limit: 2,
      offset: 2,
    });
  });

  it('checks casts against the cache', () => {
    expect(plan({ query: 'select=id::text,name::mood[]' }).read.output[1]).toMatchObject({
      cast: '"api"."mood"[]',
    });
    expect(failure(() => plan({ query: 'select=id::evil' }))).toMatchObject({ status: 400 });
  });
});

describe('planRequest: writes', () => {
  it('plans inserts with columns, upserts and returning', () => {
    const p = plan({
      method: 'POST',
      query: 'columns=name',
      body: '[{"name":"a","extra":1}]',
      headers: { prefer: 'return=representation,resolution=merge-duplicates' },
    });
    expect(p.source).toMatchObject({
      kind: 'mutation',
      mutation: {
        kind: 'insert',
        columns: ['name'],
        returning: 'all',
        onConflict: { columns: ['id'] },
      },
    });
    expect(failure(() => plan({ method: 'POST', body: '{"nope":1}' }))).toMatchObject({
      body: { code: 'PGRST204' },
    });
  });

  it('checks PUT filters and payload keys', () => {
    expect(
      plan({ method: 'PUT', query: 'id=eq.1', body: '{"id":1,"name":"x"}' }).source,
    ).toMatchObject({
      mutation: { onConflict: { resolution: 'merge-duplicates' } },
    });
    expect(
      failure(() => plan({ method: 'PUT', query: 'name=eq.1', body: '{"id":1}' })),
    ).toMatchObject({
      status: 405,
      body: { code: 'PGRST105' },
    });
    expect(
      failure(() => plan({ method: 'PUT', query: 'id=eq.2', body: '{"id":1}' })),
    ).toMatchObject({
      body: { code: 'PGRST115' },
    });
    expect(
      failure(() => plan({ method: 'PUT', query: 'id=eq.1&limit=1', body: '{"id":1}' })),
    ).toMatchObject({
      body: { code: 'PGRST114' },
    });
  });

  it('plans limited updates and deletes on tables', () => {
    const p = plan({ method: 'DELETE', query: 'name=eq.x&order=id&limit=1' });
    expect(p.source).toMatchObject({
      mutation: { kind: 'delete', limited: { limit: 1, offset: 0 } },
    });
  });
});

describe('planRequest: calls', () => {
  it('separates arguments from filters on GET', () => {
    const p = plan({ path: 'rpc/client_projects', query: 'client=1&name=eq.x' });
    expect(p.source).toMatchObject({
      kind: 'call',
      call: { args: [{ name: 'client' }], resultKind: 'rows' },
    });
    expect(p.read.where).toHaveLength(1);
  });

  it('passes a whole body to a single unnamed json parameter', () => {
    const p = plan({ method: 'POST', path: 'rpc/echo', body: '[1,2]' });
    expect(p.source).toMatchObject({ call: { singleParameter: { type: 'json', value: '[1,2]' } } });
  });

  it('uses defaults, rejects unknown functions and ambiguous overloads', () => {
    expect(plan({ path: 'rpc/hello' }).source).toMatchObject({
      call: { args: [], resultKind: 'scalar' },
    });
    expect(failure(() => plan({ path: 'rpc/add', query: 'a=1' }))).toMatchObject({
      status: 404,
      body: { code: 'PGRST202' },
    });
    expect(failure(() => plan({ path: 'rpc/twin', query: 'a=1' }))).toMatchObject({
      status: 300,
      body: { code: 'PGRST203' },
    });
    expect(plan({ path: 'rpc/nothing', method: 'POST' }).source).toMatchObject({
      call: { resultKind: 'void' },
    });
    expect(plan({ path: 'rpc/numbers' }).source).toMatchObject({ call: { resultKind: 'scalars' } });
  });
});
