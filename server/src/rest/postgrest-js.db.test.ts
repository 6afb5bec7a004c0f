import { PostgrestClient } from '@supabase/postgrest-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRestTestApp, type RestTestApp } from './testing';

// The client the web app uses, against a listening server: what it sends must just work.
let t: RestTestApp;
const client = (url: string, headers: Record<string, string> = {}) =>
  new PostgrestClient(url, { schema: 'rest_api', headers });
let anon: ReturnType<typeof client>;
let user: ReturnType<typeof client>;
beforeAll(async () => {
  t = await createRestTestApp();
  const address = await t.app.listen({ host: '127.0.0.1', port: 0 });
  anon = client(`${address}/api`);
  const token = await t.token({ role: 'authenticated', sub: 'ann' });
  user = client(`${address}/api`, { Authorization: `Bearer ${token}` });
});
afterAll(() => t.close());

describe('@supabase/postgrest-js', () => {
  it('selects with embeds, filters, order and range', async () => {
    const { data, error, count, status } = await anon
      .from('projects')
      .select('name, clients(name), tasks(name)', { count: 'exact' })
      .not('client_id', 'is', null)
      .order('name', { ascending: false })
      .range(0, 1);
    expect(error).toBeNull();
    expect(status).toBe(206);
    expect(count).toBe(3);
    expect(data).toEqual([
      {
        name: 'Roadrunner',
        clients: { name: 'Acme' },
        tasks: [{ name: 'Design' }, { name: 'Build' }],
      },
      { name: 'Cypress', clients: { name: 'Globex' }, tasks: [{ name: 'Plant' }] },
    ]);
  });

  it('expresses every filter helper', async () => {
    const ids = async (query: PromiseLike<{ data: { id: number }[] | null }>) =>
      (await query).data?.map((r) => r.id);
    const items = () => anon.from('items').select('id').order('id');
    expect(await ids(items().in('name', ['apple', 'egg, large']))).toEqual([1, 5]);
    expect(await ids(items().ilike('name', 'd%'))).toEqual([4]);
    expect(await ids(items().contains('tags', ['fruit']))).toEqual([1, 2]);
    expect(await ids(items().overlaps('tags', ['red', 'protein']))).toEqual([1, 5]);
    expect(await ids(items().textSearch('body', 'lazy & dog'))).toEqual([2]);
    expect(await ids(items().or('id.eq.1,and(price.gt.1,done.is.true)'))).toEqual([1, 5]);
    expect(await ids(items().filter('during', 'adj', '[30,40)'))).toEqual([5]);
    expect(await ids(items().match({ name: 'banana', done: false }))).toEqual([2]);
    expect(await ids(items().is('done', null))).toEqual([3, 4]);
    expect(await ids(items().gte('price', 1).lt('price', 3))).toEqual([1]);
    expect(await ids(items().eq('data->>color', 'red'))).toEqual([1]);
    expect(await ids(items().likeAnyOf('name', ['a%', 'b%']))).toEqual([1, 2]);
  });

  it('reads single and maybeSingle rows, and CSV', async () => {
    const single = await anon.from('clients').select('name').eq('id', 1).single();
    expect(single.data).toEqual({ name: 'Acme' });
    const missing = await anon.from('clients').select('name').eq('id', 99).maybeSingle();
    expect(missing.data).toBeNull();
    expect(missing.error).toBeNull();
    const many = await anon.from('clients').select('name').single();
    expect(many.error?.code).toBe('PGRST116');
    const csv = await anon.from('clients').select('id,name').order('id').limit(1).csv();
    expect(csv.data).toBe('id,name\n1,Acme');
  });

  it('inserts, upserts, updates and deletes', async () => {
    const inserted = await user.from('users').insert({ id: 50, name: 'Js' }).select().single();
    expect(inserted.status).toBe(201);
    expect(inserted.data).toEqual({ id: 50, name: 'Js' });
    const upserted = await user
      .from('users')
      .upsert([
        { id: 50, name: 'Js 2' },
        { id: 51, name: 'Js 3' },
      ])
      .select();
    expect(upserted.data).toHaveLength(2);
    const ignored = await user
      .from('users')
      .upsert({ id: 50, name: 'no' }, { ignoreDuplicates: true })
      .select();
    expect(ignored.data).toEqual([]);
    const updated = await user
      .from('users')
      .update({ name: 'Renamed' })
      .eq('id', 51)
      .select('name');
    expect(updated.data).toEqual([{ name: 'Renamed' }]);
    const deleted = await user.from('users').delete({ count: 'exact' }).in('id', [50, 51]);
    expect(deleted.error).toBeNull();
    expect(deleted.status).toBe(204);
    const defaults = await user
      .from('counters')
      .insert([{ label: 'x' }, { hits: 2 }], { defaultToNull: false })
      .select('label,hits');
    expect(defaults.data).toEqual([
      { label: 'x', hits: 7 },
      { label: 'unnamed', hits: 2 },
    ]);
  });

  it('calls functions with GET and POST', async () => {
    expect((await anon.rpc('add', { a: 2, b: 3 })).data).toBe(5);
    expect((await anon.rpc('add', { a: 2, b: 3 }, { get: true })).data).toBe(5);
    const rows = await anon.rpc('client_projects', { client: 1 }).select('name').order('name');
    expect(rows.data).toEqual([{ name: 'Anvil' }, { name: 'Roadrunner' }]);
    const head = await anon.rpc('numbers', {}, { head: true, count: 'exact' });
    expect(head.count).toBe(3);
  });

  it('reports errors with PostgREST bodies', async () => {
    const denied = await anon.from('secrets').select();
    expect(denied.status).toBe(401);
    expect(denied.error).toMatchObject({ code: '42501' });
    const conflict = await user.from('clients').insert({ name: 'Acme' });
    expect(conflict.status).toBe(409);
    expect(conflict.error?.code).toBe('23505');
  });

  it('switches schemas', async () => {
    const { data } = await anon.schema('rest_v2').from('things').select('label');
    expect(data).toEqual([{ label: 'v2 thing' }]);
  });
});
