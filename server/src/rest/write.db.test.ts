import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRestTestApp, json, type RestTestApp } from './testing';

let t: RestTestApp;
let auth: Record<string, string>;
beforeAll(async () => {
  t = await createRestTestApp();
  auth = { Authorization: `Bearer ${await t.token({ role: 'authenticated', sub: 'ann' })}` };
});
afterAll(() => t.close());

type Method = 'POST' | 'PATCH' | 'PUT' | 'DELETE';
const send = (
  method: Method,
  url: string,
  payload?: unknown,
  headers: Record<string, string> = {},
) =>
  t.app.inject({
    method,
    url: `/api/${url}`,
    headers: { ...auth, ...headers },
    ...(payload === undefined
      ? {}
      : { payload: typeof payload === 'string' ? payload : JSON.stringify(payload) }),
  });
const rows = async (sql: string) => (await t.db.owner.query(sql)).rows;

describe('POST', () => {
  it('inserts with return=minimal by default', async () => {
    const response = await send(
      'POST',
      'clients',
      { name: 'Hooli' },
      { 'Content-Type': 'application/json' },
    );
    expect(response.statusCode).toBe(201);
    expect(response.body).toBe('');
    expect(response.headers['content-range']).toBe('*/*');
    expect(await rows("select name from rest_api.clients where name = 'Hooli'")).toHaveLength(1);
  });

  it('returns the representation with select and embeds', async () => {
    const response = await send(
      'POST',
      'projects?select=name,clients(name)',
      { name: 'Rocket', client_id: 1 },
      {
        Prefer: 'return=representation',
      },
    );
    expect(response.statusCode).toBe(201);
    expect(response.headers['preference-applied']).toBe('return=representation');
    expect(json(response)).toEqual([{ name: 'Rocket', clients: { name: 'Acme' } }]);
  });

  it('gives Location with return=headers-only', async () => {
    const response = await send(
      'POST',
      'users',
      { id: 10, name: 'Cy' },
      { Prefer: 'return=headers-only' },
    );
    expect(response.statusCode).toBe(201);
    expect(response.headers.location).toBe('/users?id=eq.10');
  });

  it('inserts in bulk, restricted by columns=', async () => {
    const response = await send(
      'POST',
      'users?columns=id,name',
      [
        { id: 11, name: 'Di', extra: true },
        { id: 12, name: 'Ed' },
      ],
      { Prefer: 'return=representation' },
    );
    expect(json(response)).toEqual([
      { id: 11, name: 'Di' },
      { id: 12, name: 'Ed' },
    ]);
  });

  it('inserts CSV', async () => {
    const response = await send('POST', 'users', 'id,name\n13,Flo\n14,Gus', {
      'Content-Type': 'text/csv',
      Prefer: 'return=representation',
    });
    expect(json(response)).toEqual([
      { id: 13, name: 'Flo' },
      { id: 14, name: 'Gus' },
    ]);
  });

  it('applies column defaults with missing=default', async () => {
    const response = await send(
      'POST',
      'counters?columns=label,hits',
      [{ label: 'a' }, { hits: 1 }],
      {
        Prefer: 'return=representation, missing=default',
      },
    );
    expect(response.headers['preference-applied']).toBe('missing=default, return=representation');
    const body = json<{ id: number; label: string; hits: number }[]>(response);
    expect(body.map((r) => [r.label, r.hits])).toEqual([
      ['a', 7],
      ['unnamed', 1],
    ]);
    expect(body[0]?.id).toBeGreaterThan(0);
    const nulls = await send('POST', 'counters?columns=label,hits', [{ label: 'b' }], {
      Prefer: 'return=representation',
    });
    expect(json(nulls)).toMatchObject([{ label: 'b', hits: null }]);
  });

  it('upserts: merge-duplicates answers 200 when nothing new was inserted', async () => {
    const merged = await send('POST', 'users', [{ id: 1, name: 'Ann B.' }], {
      Prefer: 'resolution=merge-duplicates, return=representation',
    });
    expect(merged.statusCode).toBe(200);
    expect(merged.headers['preference-applied']).toBe(
      'resolution=merge-duplicates, return=representation',
    );
    expect(json(merged)).toEqual([{ id: 1, name: 'Ann B.' }]);
    const mixed = await send(
      'POST',
      'users',
      [
        { id: 1, name: 'Ann' },
        { id: 20, name: 'New' },
      ],
      {
        Prefer: 'resolution=merge-duplicates',
      },
    );
    expect(mixed.statusCode).toBe(201);
    const ignored = await send(
      'POST',
      'users',
      [
        { id: 1, name: 'Ignored' },
        { id: 21, name: 'Also new' },
      ],
      {
        Prefer: 'resolution=ignore-duplicates, return=representation',
      },
    );
    expect(json(ignored)).toEqual([{ id: 21, name: 'Also new' }]);
    expect(await rows('select name from rest_api.users where id = 1')).toEqual([{ name: 'Ann' }]);
  });

  it('upserts on other unique columns with on_conflict', async () => {
    const response = await send(
      'POST',
      'clients?on_conflict=name',
      { name: 'Acme' },
      {
        Prefer: 'resolution=ignore-duplicates, return=representation',
      },
    );
    expect(response.statusCode).toBe(201);
    expect(json(response)).toEqual([]);
  });

  it('answers PostgREST errors for conflicts, bad columns and bad JSON', async () => {
    const conflict = await send('POST', 'clients', { name: 'Acme' });
    expect(conflict.statusCode).toBe(409);
    expect(json(conflict)).toMatchObject({
      code: '23505',
      details: 'Key (name)=(Acme) already exists.',
    });
    const fk = await send('POST', 'projects', { name: 'x', client_id: 999 });
    expect(fk.statusCode).toBe(409);
    expect(json(fk)).toMatchObject({ code: '23503' });
    const notNull = await send('POST', 'clients', { name: null });
    expect(notNull.statusCode).toBe(400);
    expect(json(notNull)).toMatchObject({ code: '23502' });
    const column = await send('POST', 'clients', { nope: 1 });
    expect(json(column)).toMatchObject({ code: 'PGRST204' });
    const bad = await send('POST', 'clients', '{"name":', { 'Content-Type': 'application/json' });
    expect(bad.statusCode).toBe(400);
    expect(json(bad)).toMatchObject({ code: 'PGRST102' });
  });

  it('writes to views: auto-updatable and through INSTEAD OF triggers', async () => {
    const view = await send(
      'POST',
      'projects_view',
      { name: 'Via view', client_id: 2 },
      { Prefer: 'return=representation' },
    );
    expect(view.statusCode).toBe(201);
    expect(json(view)).toMatchObject([{ name: 'Via view', client_id: 2 }]);
    const trigger = await send('POST', 'client_names', { shout: 'UMBRELLA' });
    expect(trigger.statusCode).toBe(201);
    expect(await rows("select 1 from rest_api.clients where name = 'umbrella'")).toHaveLength(1);
  });

  it('rolls back with Prefer: tx=rollback', async () => {
    const response = await send(
      'POST',
      'users',
      { id: 30, name: 'Ghost' },
      { Prefer: 'return=representation, tx=rollback' },
    );
    expect(response.statusCode).toBe(201);
    expect(response.headers['preference-applied']).toBe('return=representation, tx=rollback');
    expect(json(response)).toEqual([{ id: 30, name: 'Ghost' }]);
    expect(await rows('select 1 from rest_api.users where id = 30')).toHaveLength(0);
  });
});

describe('PATCH and DELETE', () => {
  it('updates filtered rows with return=minimal (204) or representation (200)', async () => {
    const minimal = await send('PATCH', 'tasks?id=eq.4', { name: 'Plant trees' });
    expect(minimal.statusCode).toBe(204);
    expect(minimal.headers['content-range']).toBe('0-0/*');
    const full = await send(
      'PATCH',
      'tasks?project_id=eq.1&select=id,name',
      { name: 'Phase 1' },
      {
        Prefer: 'return=representation',
      },
    );
    expect(full.statusCode).toBe(200);
    expect(json(full)).toEqual([
      { id: 1, name: 'Phase 1' },
      { id: 2, name: 'Phase 1' },
    ]);
    const none = await send('PATCH', 'tasks?id=eq.999', { name: 'x' });
    expect(none.statusCode).toBe(204);
    expect(none.headers['content-range']).toBe('*/*');
  });

  it('limits updates with order and limit', async () => {
    const response = await send(
      'PATCH',
      'tasks?order=id.desc&limit=1&select=id',
      { name: 'Last' },
      {
        Prefer: 'return=representation',
      },
    );
    expect(json(response)).toEqual([{ id: 4 }]);
  });

  it('rolls back a singular write that touches other than one row', async () => {
    const response = await send(
      'PATCH',
      'tasks?project_id=eq.1',
      { name: 'Oops' },
      {
        Accept: 'application/vnd.pgrst.object+json',
        Prefer: 'return=representation',
      },
    );
    expect(response.statusCode).toBe(406);
    expect(json(response)).toMatchObject({ code: 'PGRST116' });
    expect(await rows("select 1 from rest_api.tasks where name = 'Oops'")).toHaveLength(0);
    const one = await send(
      'PATCH',
      'tasks?id=eq.1',
      { name: 'Only' },
      {
        Accept: 'application/vnd.pgrst.object+json',
        Prefer: 'return=representation',
      },
    );
    expect(json(one)).toMatchObject({ id: 1, name: 'Only' });
  });

  it('enforces max-affected with handling=strict', async () => {
    const response = await send('DELETE', 'users_tasks?user_id=eq.1', undefined, {
      Prefer: 'handling=strict, max-affected=1',
    });
    expect(response.statusCode).toBe(400);
    expect(json(response)).toMatchObject({ code: 'PGRST124' });
    expect(await rows('select 1 from rest_api.users_tasks where user_id = 1')).toHaveLength(2);
    const unknown = await send('DELETE', 'users_tasks?user_id=eq.1', undefined, {
      Prefer: 'handling=strict, bogus',
    });
    expect(unknown.statusCode).toBe(400);
    expect(json(unknown)).toMatchObject({ code: 'PGRST122' });
  });

  it('deletes with representation', async () => {
    const response = await send('DELETE', 'users_tasks?user_id=eq.2&task_id=eq.3', undefined, {
      Prefer: 'return=representation',
    });
    expect(response.statusCode).toBe(200);
    expect(json(response)).toEqual([{ user_id: 2, task_id: 3 }]);
  });
});

describe('PUT', () => {
  it('upserts one row addressed by its primary key', async () => {
    const created = await send(
      'PUT',
      'users?id=eq.40',
      { id: 40, name: 'Put' },
      { Prefer: 'return=representation' },
    );
    expect(created.statusCode).toBe(200);
    expect(json(created)).toEqual([{ id: 40, name: 'Put' }]);
    const replaced = await send('PUT', 'users?id=eq.40', { id: 40, name: 'Put again' });
    expect(replaced.statusCode).toBe(204);
    expect(await rows('select name from rest_api.users where id = 40')).toEqual([
      { name: 'Put again' },
    ]);
  });

  it('answers PGRST105 and PGRST115 for bad PUTs', async () => {
    expect(json(await send('PUT', 'users?name=eq.x', { id: 1 }))).toMatchObject({
      code: 'PGRST105',
    });
    expect(json(await send('PUT', 'users?id=eq.1', { id: 2, name: 'x' }))).toMatchObject({
      code: 'PGRST115',
    });
  });
});

describe('row-level security', () => {
  it("writes and reads only the caller's own rows", async () => {
    await send('POST', 'notes', { body: 'ann note' });
    const bob = { Authorization: `Bearer ${await t.token({ role: 'authenticated', sub: 'bob' })}` };
    await send('POST', 'notes', { body: 'bob note' }, bob);
    const mine = await t.app.inject({ url: '/api/notes?select=owner,body', headers: bob });
    expect(json(mine)).toEqual([{ owner: 'bob', body: 'bob note' }]);
  });
});

describe('relations that cannot take a write', () => {
  it('answers 405 instead of reaching the database', async () => {
    await t.db.owner.query(`create view rest_api.totals as select count(*) as n from rest_api.items;
      grant select, insert, update, delete on rest_api.totals to authenticated`);
    await t.engine.reload();
    const response = await send('PATCH', 'totals', { n: 1 });
    expect(response.statusCode).toBe(405);
    expect(json(response)).toMatchObject({ code: '55000', message: 'cannot update view "totals"' });
    expect((await send('DELETE', 'totals')).statusCode).toBe(405);
    expect((await send('POST', 'totals', { n: 1 })).statusCode).toBe(405);
    const column = await send('PATCH', 'client_names?id=eq.1', { shout: 'X' });
    expect(column.statusCode).toBe(400);
  });
});
