import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createRestTestApp, type RestTestApp } from './testing';

// Random and hostile requests: every answer must be a 2xx or a 4xx with PostgREST's error
// body, never a 5xx, and the canary table must come out untouched.
let t: RestTestApp;
let userToken: string;
let canary: unknown[];
beforeAll(async () => {
  t = await createRestTestApp({ maxRows: 50 });
  userToken = await t.token({ role: 'authenticated', sub: 'fuzz' });
  canary = (await t.db.owner.query('select * from rest_api.canary order by id')).rows;
});
afterAll(() => t.close());

const hostile = fc.constantFrom(
  "'; drop table rest_api.canary; --",
  '"',
  "'",
  '\\',
  '$1',
  '%00',
  '%zz',
  '\u0000',
  '(',
  ')',
  '()',
  '{}',
  '[]',
  '*',
  ',',
  '.',
  ':',
  '::',
  '->',
  '->>',
  '!',
  '...',
  'null',
  '-1',
  '99999999999999999999',
  '1e309',
  'not',
  'or',
  'and(',
  '\u{1F600}',
  'select',
  'canary',
);
const word = fc.oneof(
  fc.constantFrom(
    'id',
    'name',
    'price',
    'tags',
    'data',
    'during',
    'body',
    'done',
    'note',
    'clients',
    'projects',
    'tasks',
    'canary',
    'users',
    'x',
  ),
  hostile,
  fc.string({ maxLength: 6 }),
);
const operator = fc.constantFrom(
  'eq',
  'neq',
  'gt',
  'lt',
  'like',
  'ilike',
  'match',
  'in',
  'is',
  'isdistinct',
  'fts',
  'wfts',
  'cs',
  'cd',
  'ov',
  'sl',
  'adj',
  'not.eq',
  'eq(any)',
  'fts(english)',
  'zz',
);
const value = fc.oneof(
  word,
  fc.constant('(1,2)'),
  fc.constant('{a,b}'),
  fc.constant('[1,5)'),
  fc.constant('null'),
  fc.string({ maxLength: 8 }),
);
const selectItem = fc.oneof(
  word,
  fc.tuple(word, word).map(([a, b]) => `${a}:${b}`),
  fc
    .tuple(word, fc.constantFrom('text', 'int', 'jsonb', 'evil', 'bytea'))
    .map(([a, c]) => `${a}::${c}`),
  fc.tuple(word, word).map(([a, b]) => `${a}->${b}`),
  fc
    .tuple(
      fc.constantFrom('clients', 'projects', 'tasks', 'users', 'books', 'authors', 'x'),
      fc.constantFrom('', '!inner', '!x', '...'),
      word,
    )
    .map(([table, hint, inner]) =>
      hint === '...' ? `...${table}(${inner})` : `${table}${hint}(${inner})`,
    ),
);
const param = fc.oneof(
  fc.array(selectItem, { maxLength: 4 }).map((items) => ['select', items.join(',')]),
  fc.tuple(word, operator, value).map(([w, o, v]) => [w, `${o}.${v}`]),
  fc
    .tuple(
      fc.constantFrom('or', 'and', 'not.or', 'clients.or'),
      fc.array(fc.tuple(word, operator, value), { maxLength: 3 }),
    )
    .map(([k, cs]) => [k, `(${cs.map(([w, o, v]) => `${w}.${o}.${v}`).join(',')})`]),
  fc
    .tuple(
      fc.constantFrom(
        'order',
        'limit',
        'offset',
        'columns',
        'on_conflict',
        'clients.limit',
        'tasks.order',
      ),
      value,
    )
    .map(([k, v]) => [k, v]),
  fc.tuple(word, value),
);
const query = fc
  .array(param, { maxLength: 5 })
  .map((params) =>
    params
      .map(([k, v]) => `${encodeURIComponent(k ?? '')}=${encodeURIComponent(v ?? '')}`)
      .join('&'),
  );
const rawQuery = fc.oneof(
  query,
  fc.string({ maxLength: 40 }).map((s) => s.replaceAll('#', '')),
);
const path = fc.oneof(
  fc.constantFrom(
    'items',
    'clients',
    'projects',
    'canary',
    'secrets',
    'notes',
    'client_names',
    'books',
    'counters',
    'users_tasks',
    'rpc/add',
    'rpc/pairs',
    'rpc/echo_named',
    'rpc/custom_error',
    'rpc/whoami',
    'rpc/echo',
    'rpc/fail',
    'rpc/nothing',
    'rpc/client_projects',
    'rpc/nope',
    '',
    'a/b',
    'rpc/',
  ),
  word.map(encodeURIComponent),
);
const headers = fc.record(
  {
    accept: fc.constantFrom(
      'application/json',
      'application/vnd.pgrst.object+json',
      'text/csv',
      '*/*',
      'text/html',
      'application/openapi+json',
      ';;;',
    ),
    prefer: fc
      .array(
        fc.constantFrom(
          'return=representation',
          'return=minimal',
          'return=headers-only',
          'count=exact',
          'count=planned',
          'tx=rollback',
          'resolution=merge-duplicates',
          'resolution=ignore-duplicates',
          'missing=default',
          'handling=strict',
          'max-affected=1',
          'params=single-object',
          'bogus',
        ),
        { maxLength: 4 },
      )
      .map((p) => p.join(', ')),
    range: fc.oneof(
      fc.constantFrom('0-1', '5-', '3-1', 'items=0-0', 'x-y'),
      fc.string({ maxLength: 6 }),
    ),
    'accept-profile': fc.constantFrom('rest_api', 'rest_v2', 'rest_private', 'pg_catalog'),
    'content-profile': fc.constantFrom('rest_api', 'rest_v2', 'rest_private'),
    'content-type': fc.constantFrom(
      'application/json',
      'text/csv',
      'application/x-www-form-urlencoded',
      'application/octet-stream',
      'text/plain',
      'image/png',
    ),
    authorization: fc.oneof(
      fc.constant(`Bearer ${'x'}`),
      fc.constant('Bearer a.b.c'),
      fc.constant('Basic abc'),
      fc.constant('USER'),
    ),
  },
  { requiredKeys: [] },
);
const body = fc.oneof(
  fc.json({ maxDepth: 2 }),
  fc.string({ maxLength: 30 }),
  fc.constant('[{"id":1,"note":"x"},{"id":2}]'),
  fc.constant('{"name":"fuzz","id":1}'),
  fc.constant('id,note\n1,NULL'),
);
const method = fc.constantFrom('GET', 'HEAD', 'POST', 'PATCH', 'PUT', 'DELETE', 'OPTIONS');

it('answers any request with a 2xx or a PostgREST 4xx, never a 5xx', async () => {
  await fc.assert(
    fc.asyncProperty(method, path, rawQuery, headers, body, async (m, p, q, h, b) => {
      const requestHeaders: Record<string, string> = { ...h };
      if (requestHeaders.authorization === 'USER')
        requestHeaders.authorization = `Bearer ${userToken}`;
      const response = await t.app.inject({
        method: m as 'GET',
        url: `/api/${p}${q ? `?${q}` : ''}`,
        headers: requestHeaders,
        ...(m === 'GET' || m === 'HEAD' ? {} : { payload: b }),
      });
      const status = response.statusCode;
      const context = `${m} /api/${p}?${q} ${JSON.stringify(requestHeaders)} ${b} → ${status} ${response.body}`;
      expect(status < 500, context).toBe(true);
      expect(status >= 300 && status < 400 && status !== 300, context).toBe(false);
      if (status >= 300 && m !== 'HEAD') {
        const error = JSON.parse(response.body) as Record<string, unknown>;
        expect(Object.keys(error).sort(), context).toEqual(['code', 'details', 'hint', 'message']);
        expect(JSON.stringify(error), context).not.toMatch(/ at .*\.ts:\d+/);
      }
    }),
    {
      numRuns: Number(process.env.FUZZ_RUNS ?? 600),
      seed: Number(process.env.FUZZ_SEED ?? 20_260_101),
    },
  );
  const after = (await t.db.owner.query('select * from rest_api.canary order by id')).rows;
  expect(after).toEqual(canary);
}, 120_000);

it.each([
  [
    'deeply nested logic',
    `items?or=${'or('.repeat(200)}id.eq.1${')'.repeat(200)}`.replace('or=or(', 'or=('),
  ],
  ['deeply nested embeds', `clients?select=${'projects(clients('.repeat(40)}id${'))'.repeat(40)}`],
  ['a wide select', `items?select=${Array.from({ length: 3000 }, (_, i) => `c${i}:id`).join(',')}`],
  ['a long in-list', `items?id=in.(${Array.from({ length: 20000 }, (_, i) => i).join(',')})`],
  ['a NUL byte in a value', 'items?name=eq.a%00b'],
  ['a NUL byte in a JSON key', 'items?select=data->%00'],
  ['a bad regular expression', 'items?name=match.(((('],
  ['a bad text search query', 'items?body=fts.%26%26%26'],
  ['an unknown text search configuration', 'items?body=fts(klingon).fox'],
  ['a huge offset', 'items?offset=999999999999999'],
  ['an out-of-range index', 'items?select=data->999999999999'],
])('answers %s without a server error', async (_name, url) => {
  const response = await t.app.inject({ url: `/api/${url}` });
  expect(response.statusCode, response.body).toBeLessThan(500);
});
