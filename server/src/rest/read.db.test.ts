import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRestTestApp, json, type RestTestApp } from './testing';

let t: RestTestApp;
beforeAll(async () => {
  t = await createRestTestApp({ maxRows: 100 });
});
afterAll(() => t.close());

const get = (url: string, headers: Record<string, string> = {}) =>
  t.app.inject({ url: `/api/${url}`, headers });
const ids = async (url: string) => json<{ id: number }[]>(await get(url)).map((r) => r.id);

describe('vertical filtering', () => {
  it('selects columns with aliases, casts and JSON paths', async () => {
    const response = await get(
      'items?select=id,label:name,price::text,color:data->>color,w:data->size->w&id=eq.1',
    );
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(json(response)).toEqual([{ id: 1, label: 'apple', price: '1.5', color: 'red', w: 3 }]);
  });

  it('answers 400 for unknown columns', async () => {
    const response = await get('items?select=nope');
    expect(response.statusCode).toBe(400);
    expect(json(response)).toMatchObject({ code: '42703', details: null, hint: null });
  });
});

describe('horizontal filtering', () => {
  it.each([
    ['id=eq.2', [2]],
    ['id=neq.2', [1, 3, 4, 5]],
    ['id=gt.3', [4, 5]],
    ['id=gte.4', [4, 5]],
    ['id=lt.2', [1]],
    ['id=lte.2', [1, 2]],
    ['name=like.*an*', [2, 4]],
    ['name=ilike.d*', [4]],
    ['name=match.^[ab]', [1, 2]],
    ['name=imatch.^D', [4]],
    ['id=in.(1,3,9)', [1, 3]],
    ['name=in.("egg, large",apple)', [1, 5]],
    ['done=is.null', [3, 4]],
    ['done=is.true', [1, 5]],
    ['done=not.is.null', [1, 2, 5]],
    ['done=isdistinct.true', [2, 3, 4]],
    ['body=fts.fox', [1, 3, 5]],
    ['body=plfts(english).lazy dog', [2]],
    ['body=phfts.lazy dog', [2]],
    ['body=wfts.fox -dog', [1, 3]],
    ['tags=cs.{fruit}', [1, 2]],
    ['tags=cd.{fruit,red,green}', [1, 4]],
    ['tags=ov.{red,protein}', [1, 5]],
    ['during=sl.[30,40)', [1, 2, 3, 5]],
    ['during=sr.[1,5)', [2, 3, 5]],
    ['during=nxr.[1,10)', [1, 2]],
    ['during=nxl.[10,11)', [3, 5]],
    ['during=adj.[30,40)', [5]],
    ['name=like(any).{a*,b*}', [1, 2]],
    ['name=like(all).{*a*,*n*}', [2, 4]],
    ['id=not.in.(1,2,3)', [4, 5]],
    ['data->>color=eq.red', [1]],
    ['data->size->>w=gt.5', [2]],
    ['or=(id.eq.1,id.eq.2)', [1, 2]],
    ['or=(id.eq.1,and(price.gt.1,done.is.true))', [1, 5]],
    ['not.or=(id.lt.3,id.gt.4)', [3, 4]],
    ['and=(id.gt.1,or(name.eq.banana,name.eq.carrot))', [2, 3]],
  ])('%s', async (filter, expected) => {
    expect(await ids(`items?select=id&order=id&${filter}`)).toEqual(expected);
  });

  it('answers 400 for a malformed filter or a bad value', async () => {
    const bad = await get('items?id=zz.1');
    expect(bad.statusCode).toBe(400);
    expect(json(bad)).toMatchObject({ code: 'PGRST100' });
    const value = await get('items?id=eq.abc');
    expect(value.statusCode).toBe(400);
    expect(json(value)).toMatchObject({ code: '22P02' });
  });
});

describe('ordering and paging', () => {
  it('orders with direction and nulls placement', async () => {
    expect(await ids('items?select=id&order=price.desc.nullslast')).toEqual([5, 1, 2, 3, 4]);
    expect(await ids('items?select=id&order=price.asc.nullsfirst')).toEqual([4, 3, 2, 1, 5]);
    expect(await ids('items?select=id&order=done.desc,id.desc')).toEqual([4, 3, 5, 1, 2]);
  });

  it('pages with limit/offset and reports Content-Range', async () => {
    const response = await get('items?select=id&order=id&limit=2&offset=1');
    expect(json(response)).toEqual([{ id: 2 }, { id: 3 }]);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-range']).toBe('1-2/*');
  });

  it('answers 206 with an exact count for a partial page and 200 for a whole one', async () => {
    const partial = await get('items?select=id&limit=2', { Prefer: 'count=exact' });
    expect(partial.statusCode).toBe(206);
    expect(partial.headers['content-range']).toBe('0-1/5');
    expect(partial.headers['preference-applied']).toBe('count=exact');
    const whole = await get('items?select=id', { Prefer: 'count=exact' });
    expect(whole.statusCode).toBe(200);
    expect(whole.headers['content-range']).toBe('0-4/5');
  });

  it('honours the Range header and answers 416 past the end', async () => {
    const ranged = await get('items?select=id&order=id', { Range: '1-2', 'Range-Unit': 'items' });
    expect(json(ranged)).toEqual([{ id: 2 }, { id: 3 }]);
    const past = await get('items?select=id&offset=10', { Prefer: 'count=exact' });
    expect(past.statusCode).toBe(416);
    expect(json(past)).toMatchObject({ code: 'PGRST103' });
    expect(past.headers['content-range']).toBeUndefined();
    const empty = await get('items?select=id&id=eq.99', { Prefer: 'count=exact' });
    expect(empty.statusCode).toBe(200);
    expect(empty.headers['content-range']).toBe('*/0');
  });

  it('caps responses at max-rows', async () => {
    const capped = await createRestTestApp({ maxRows: 2 });
    try {
      const response = await capped.app.inject({
        url: '/api/items?select=id',
        headers: { Prefer: 'count=exact' },
      });
      expect(json(response)).toHaveLength(2);
      expect(response.headers['content-range']).toBe('0-1/5');
    } finally {
      await capped.close();
    }
  });
});

describe('media types and methods', () => {
  it('returns a single object for vnd.pgrst.object and 406 otherwise', async () => {
    const one = await get('clients?id=eq.1', { Accept: 'application/vnd.pgrst.object+json' });
    expect(one.statusCode).toBe(200);
    expect(one.headers['content-type']).toBe('application/vnd.pgrst.object+json; charset=utf-8');
    expect(json(one)).toEqual({ id: 1, name: 'Acme' });
    const many = await get('clients', { Accept: 'application/vnd.pgrst.object+json' });
    expect(many.statusCode).toBe(406);
    expect(json(many)).toMatchObject({ code: 'PGRST116', details: 'The result contains 3 rows' });
  });

  it('answers CSV', async () => {
    const response = await get('items?select=id,name&id=in.(1,5)&order=id', { Accept: 'text/csv' });
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.body).toBe('id,name\n1,apple\n5,"egg, large"');
  });

  it('answers 406 for media types it cannot produce', async () => {
    const response = await get('items', { Accept: 'text/html' });
    expect(response.statusCode).toBe(406);
  });

  it('answers HEAD with headers only', async () => {
    const response = await t.app.inject({
      method: 'HEAD',
      url: '/api/items?limit=1',
      headers: { Prefer: 'count=exact' },
    });
    expect(response.statusCode).toBe(206);
    expect(response.body).toBe('');
    expect(response.headers['content-range']).toBe('0-0/5');
  });

  it('switches schema with Accept-Profile and names it back', async () => {
    const response = await get('things', { 'Accept-Profile': 'rest_v2' });
    expect(json(response)).toEqual([{ id: 1, label: 'v2 thing' }]);
    expect(response.headers['content-profile']).toBe('rest_v2');
    const refused = await get('things', { 'Accept-Profile': 'rest_private' });
    expect(refused.statusCode).toBe(406);
    expect(json(refused)).toMatchObject({ code: 'PGRST106' });
  });

  it('answers 404 for unknown tables and paths', async () => {
    expect((await get('nope')).statusCode).toBe(404);
    expect(json(await get('a/b/c'))).toMatchObject({ code: 'PGRST125' });
  });

  it('answers OPTIONS', async () => {
    const response = await t.app.inject({ method: 'OPTIONS', url: '/api/items' });
    expect(response.statusCode).toBe(200);
    expect(response.headers.allow).toContain('GET');
  });
});

describe('Prefer: timezone', () => {
  it('sets the time zone of the transaction when the database knows it', async () => {
    const zoned = await get('items?select=created_at&id=eq.1', { Prefer: 'timezone=Asia/Tokyo' });
    expect(zoned.headers['preference-applied']).toBe('timezone=Asia/Tokyo');
    expect(json<{ created_at: string }[]>(zoned)[0]?.created_at).toMatch(/\+09:00$/);
    const unknown = await get('items?select=id&id=eq.1', { Prefer: 'timezone=Mars/Olympus' });
    expect(unknown.statusCode).toBe(200);
    expect(unknown.headers['preference-applied']).toBeUndefined();
    const strict = await get('items?id=eq.1', { Prefer: 'handling=strict, timezone=Mars/Olympus' });
    expect(json(strict)).toMatchObject({ code: 'PGRST122' });
  });
});

describe('planned and estimated counts', () => {
  it('answers the planner estimate for count=planned', async () => {
    await t.db.owner.query('analyze rest_api.items');
    const response = await get('items?select=id&limit=1', { Prefer: 'count=planned' });
    expect(response.statusCode).toBe(206);
    expect(response.headers['content-range']).toBe('0-0/5');
    expect(response.headers['preference-applied']).toBe('count=planned');
    const filtered = await get('items?select=id&id=gt.3&limit=1', { Prefer: 'count=planned' });
    expect(filtered.headers['content-range']).toMatch(/^0-0\/\d+$/);
  });

  it('counts exactly below max-rows with count=estimated', async () => {
    const response = await get('items?select=id&name=like.*an*&limit=1', {
      Prefer: 'count=estimated',
    });
    expect(response.headers['content-range']).toBe('0-0/2');
    const call = await t.app.inject({
      url: '/api/rpc/client_projects?client=1&limit=1',
      headers: { Prefer: 'count=estimated' },
    });
    expect(call.headers['content-range']).toBe('0-0/2');
  });
});

describe('nulls=stripped', () => {
  it('leaves out null-valued keys of arrays and objects', async () => {
    const array = await get('items?select=id,price,done&id=eq.4', {
      Accept: 'application/vnd.pgrst.array+json;nulls=stripped',
    });
    expect(array.statusCode).toBe(200);
    expect(json(array)).toEqual([{ id: 4 }]);
    const object = await get('items?select=id,done&id=eq.3', {
      Accept: 'application/vnd.pgrst.object+json;nulls=stripped',
    });
    expect(json(object)).toEqual({ id: 3 });
  });
});

describe('computed fields', () => {
  it('selects, filters and orders by functions of the row', async () => {
    const response = await get('items?select=id,label&label=like.*a*&order=label.desc&limit=2');
    expect(json(response)).toEqual([
      { id: 5, label: 'egg, large #5' },
      { id: 3, label: 'carrot #3' },
    ]);
    const star = json<Record<string, unknown>[]>(await get('items?id=eq.1'));
    expect(star[0]).not.toHaveProperty('label');
  });
});
