import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRestTestApp, json, type RestTestApp } from './testing';

let t: RestTestApp;
beforeAll(async () => {
  t = await createRestTestApp();
});
afterAll(() => t.close());

const get = (url: string, headers: Record<string, string> = {}) =>
  t.app.inject({ url: `/api/${url}`, headers });
const ids = async (url: string) => json<{ id: number }[]>(await get(url)).map((r) => r.id);

describe('resource embedding', () => {
  it('embeds many-to-one, one-to-many and many-to-many', async () => {
    const response = await get(
      'projects?select=name,clients(name),tasks(name,users(name))&id=eq.1',
    );
    expect(json(response)).toEqual([
      {
        name: 'Roadrunner',
        clients: { name: 'Acme' },
        tasks: [
          { name: 'Design', users: [{ name: 'Ann' }] },
          { name: 'Build', users: [{ name: 'Ann' }, { name: 'Bob' }] },
        ],
      },
    ]);
  });

  it('embeds one-to-one as an object and null when missing', async () => {
    const response = await get('people?select=id,passports(number)&order=id');
    expect(json(response)).toEqual([
      { id: 1, passports: { number: 'P-1' } },
      { id: 2, passports: { number: 'P-2' } },
      { id: 3, passports: null },
    ]);
  });

  it('embeds through views over tables of another schema', async () => {
    const response = await get('authors?select=name,books(title)&order=id&books.order=title.desc');
    expect(json(response)).toEqual([
      { name: 'Ursula', books: [{ title: 'Earthsea' }, { title: 'Dispossessed' }] },
      { name: 'Terry', books: [{ title: 'Mort' }] },
    ]);
  });

  it('disambiguates with hints and reports ambiguity with 300', async () => {
    const ambiguous = await get('people?select=*,people(*)');
    expect(ambiguous.statusCode).toBe(300);
    expect(json(ambiguous)).toMatchObject({ code: 'PGRST201', details: expect.any(Array) });
    const hinted = await get('people?select=id,parent:people!parent_id(name)&id=eq.2');
    expect(json(hinted)).toEqual([{ id: 2, parent: { name: 'Root' } }]);
  });

  it('filters, orders and pages embedded resources; !inner filters parents', async () => {
    const filtered = await get(
      'clients?select=name,projects(name)&projects.name=eq.Anvil&order=id&limit=2',
    );
    expect(json(filtered)).toEqual([
      { name: 'Acme', projects: [{ name: 'Anvil' }] },
      { name: 'Globex', projects: [] },
    ]);
    const inner = await get('clients?select=name,projects!inner(name)&projects.name=eq.Anvil');
    expect(json(inner)).toEqual([{ name: 'Acme', projects: [{ name: 'Anvil' }] }]);
    const paged = await get(
      'clients?select=name,projects(name)&projects.order=name.desc&projects.limit=1&id=eq.1',
    );
    expect(json(paged)).toEqual([{ name: 'Acme', projects: [{ name: 'Roadrunner' }] }]);
    const ored = await get('clients?select=id,projects(id)&projects.or=(id.eq.1,id.eq.3)&order=id');
    expect(json(ored)).toEqual([
      { id: 1, projects: [{ id: 1 }] },
      { id: 2, projects: [{ id: 3 }] },
      { id: 3, projects: [] },
    ]);
  });

  it('filters parents by the presence of related rows', async () => {
    expect(await ids('clients?select=id,projects(id)&projects=not.is.null&order=id')).toEqual([
      1, 2,
    ]);
    expect(await ids('clients?select=id,projects(id)&projects=is.null')).toEqual([3]);
  });

  it('spreads to-one columns into the parent and orders by them', async () => {
    const response = await get(
      'projects?select=name,...clients(client:name)&client_id=not.is.null&order=clients(name).desc,id',
    );
    expect(json(response)).toEqual([
      { name: 'Cypress', client: 'Globex' },
      { name: 'Roadrunner', client: 'Acme' },
      { name: 'Anvil', client: 'Acme' },
    ]);
  });

  it('answers 400 for unknown relationships and filters on absent embeds', async () => {
    expect(json(await get('clients?select=*,users(*)'))).toMatchObject({ code: 'PGRST200' });
    expect(json(await get('clients?projects.id=eq.1'))).toMatchObject({ code: 'PGRST108' });
  });
});

describe('computed relationships', () => {
  it('embeds through functions of the row', async () => {
    const response = await get('clients?select=name,big_projects(name)&id=eq.1');
    expect(json(response)).toEqual([{ name: 'Acme', big_projects: [{ name: 'Roadrunner' }] }]);
  });
});

describe('computed to-one relationships', () => {
  it('embeds an object for a set-returning function declared rows 1', async () => {
    const response = await get('projects?select=name,main_client(name)&id=in.(1,4)&order=id');
    expect(json(response)).toEqual([
      { name: 'Roadrunner', main_client: { name: 'Acme' } },
      { name: 'Orphan', main_client: null },
    ]);
  });
});
