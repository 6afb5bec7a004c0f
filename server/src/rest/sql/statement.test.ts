import { describe, expect, it } from 'vitest';
import { parseRequest, type RawRequest } from '../parse/request';
import { planRequest } from '../plan/plan';
import { sampleCache } from '../schema-cache/sample-cache';
import { buildStatement } from './statement';

const cache = sampleCache();
function sql(raw: Partial<RawRequest>) {
  const request = parseRequest(
    { method: 'GET', path: 'projects', query: '', headers: {}, ...raw },
    { schemas: ['api'], allowTxOverride: false },
  );
  return buildStatement(planRequest(request, cache));
}

describe('buildStatement', () => {
  it('builds one statement with the body and the count', () => {
    const { text, values } = sql({
      query: 'select=id,name&name=eq.x&order=id.desc&limit=3',
      headers: { prefer: 'count=exact' },
    });
    expect(text).toBe(
      'with pgrst_source as (select json_build_object($1::text, "t0"."id", $2::text, "t0"."name") as pgrst_obj from "api"."projects" as "t0" where "t0"."name" = $3 order by "t0"."id" desc limit $4) ' +
        `select (select count(*) from "api"."projects" as "t0" where "t0"."name" = $3) as total, count(*) as page_total, coalesce(json_agg(pgrst_row.pgrst_obj), '[]'::json)::text as body, current_setting('response.headers', true) as response_headers, current_setting('response.status', true) as response_status from pgrst_source as pgrst_row`,
    );
    expect(values).toEqual(['id', 'name', 'x', 3]);
  });

  it('never puts request text in the SQL, only parameters', () => {
    const hostile = `x'); drop table canary; --`;
    const { text, values } = sql({
      path: 'items',
      query: `select=id,data->>${encodeURIComponent('"a\'b"')}&body=like.${encodeURIComponent(hostile)}&data->>k=in.(${encodeURIComponent(hostile)})&or=(body.fts(english).${encodeURIComponent(hostile)})`,
    });
    expect(text).not.toContain('drop');
    expect(text).not.toContain("a'b");
    expect(values).toContain("a'b");
    expect(values).toContain('english');
  });

  it('maps every operator', () => {
    const query = [
      'id=neq.1',
      'id=gt.1',
      'id=gte.1',
      'id=lt.1',
      'id=lte.1',
      'body=ilike.*a*',
      'body=match.^a',
      'body=imatch.^a',
      'id=is.null',
      'id=isdistinct.2',
      'body=plfts.a',
      'body=phfts.a',
      'body=wfts.a',
      'tags=cs.{a}',
      'tags=cd.{a}',
      'tags=ov.{a}',
      'id=sl.1',
      'id=sr.1',
      'id=nxr.1',
      'id=nxl.1',
      'id=adj.1',
      'id=eq(all).{1,2}',
      'data->0=eq.1',
    ].join('&');
    const { text, values } = sql({ path: 'items', query });
    for (const op of [
      '<>',
      ' > ',
      '>=',
      ' < ',
      '<=',
      'ilike',
      ' ~ ',
      '~*',
      'is null',
      'is distinct from',
      'plainto_tsquery',
      'phraseto_tsquery',
      'websearch_to_tsquery',
      '@>',
      '<@',
      '&&',
      '<<',
      '>>',
      '&<',
      '&>',
      '-|-',
      '= all(',
    ]) {
      expect(text).toContain(op);
    }
    expect(text).toContain('to_tsvector("t0"."body")');
    expect(values).toContain('%a%');
    expect(values).toContainEqual(['1', '2']);
  });

  it('builds embeds as lateral subqueries and filters parents for !inner', () => {
    const { text } = sql({
      query: 'select=id,c:clients!inner(name),tasks(id,users(name))&tasks.order=id&tasks.limit=2',
    });

    expect(text).toContain('left join lateral (select "rt1".pgrst_obj as pgrst_body, 1 as pgrst_n');
    expect(text).toContain(`coalesce(json_agg("rt2".pgrst_obj), '[]'::json) as pgrst_body`);
    expect(text).toContain('join "api"."users_tasks" as "j4"');
    expect(text).toContain('"l1".pgrst_n is not null');
  });

  it('builds wide objects in chunks of json_build_object', () => {
    const select = Array.from({ length: 60 }, (_, i) => `c${i}:id`).join(',');
    expect(sql({ query: `select=${select}` }).text).toContain('::jsonb || json_build_object(');
  });

  it('builds inserts, upserts, updates and deletes', () => {
    const insert = sql({
      method: 'POST',
      body: '{"id":1,"name":"a"}',
      headers: { prefer: 'resolution=merge-duplicates,return=representation' },
    });
    expect(insert.text).toContain(
      'insert into "api"."projects" as "t0" ("id", "name") select pgrst_r."id", pgrst_r."name" from json_populate_recordset(null::"api"."projects", $1::json)',
    );
    expect(insert.text).toContain('on conflict ("id") do update set "name" = excluded."name"');
    expect(insert.text).toContain('xmax = 0');
    const defaults = sql({
      method: 'POST',
      body: '{"id":1}',
      headers: { prefer: 'missing=default' },
    });
    expect(defaults.text).toContain("else nextval('seq'::regclass) end");
    const update = sql({ method: 'PATCH', query: 'id=eq.1', body: '{"name":"b"}' });
    expect(update.text).toContain(
      'update "api"."projects" as "t0" set "name" = pgrst_r."name" from json_populate_record',
    );
    const limited = sql({ method: 'DELETE', query: 'order=id&limit=1' });
    expect(limited.text).toContain('"t0".ctid = any(array(select "t0".ctid from "api"."projects"');
  });

  it('builds calls by named arguments with types from the cache', () => {
    const call = sql({ path: 'rpc/add', query: 'a=1&b=2' });
    expect(call.text).toContain('"api"."add"("a" := pgrst_args."a", "b" := pgrst_args."b")');
    expect(call.text).toContain('json_to_record($1::json) as pgrst_args("a" integer, "b" integer)');
    expect(call.values).toEqual(['{"a":"1","b":"2"}']);
    expect(sql({ path: 'rpc/nothing', method: 'POST' }).text).toContain('is null as pgrst_void');
    expect(sql({ path: 'rpc/numbers' }).text).toContain('json_agg(pgrst_call)');
  });
});

describe('buildCountStatements', () => {
  it('builds planner and exact counts with their own parameters', async () => {
    const { buildCountStatements } = await import('./statement');
    const request = parseRequest(
      {
        method: 'GET',
        path: 'projects',
        query: 'select=id,tasks!inner(id)&name=eq.x',
        headers: { prefer: 'count=planned' },
      },
      { schemas: ['api'], allowTxOverride: false },
    );
    const counts = buildCountStatements(planRequest(request, cache));
    expect(counts?.planned.text).toMatch(
      /^explain \(format json\) select 1 from "api"."projects" as "t0" left join lateral/,
    );
    expect(counts?.exact.text).toContain('select count(*) as total from');
    expect(counts?.planned.values).toEqual(['id', 'x']);
    const exact = parseRequest(
      { method: 'GET', path: 'projects', query: '', headers: { prefer: 'count=exact' } },
      { schemas: ['api'], allowTxOverride: false },
    );
    expect(buildCountStatements(planRequest(exact, cache))).toBeUndefined();
  });
});
