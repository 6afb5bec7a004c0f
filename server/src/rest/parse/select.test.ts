import { describe, expect, it } from 'vitest';
import { ApiError } from '../api-error';
import { parseSelect } from './select';

describe('parseSelect', () => {
  it('reads columns, aliases, casts and JSON paths', () => {
    expect(parseSelect('id, full_name:name,price::text,data->a->>b,w:data->0')).toEqual([
      { kind: 'column', field: { name: 'id', jsonPath: [] } },
      { kind: 'column', field: { name: 'name', jsonPath: [] }, alias: 'full_name' },
      { kind: 'column', field: { name: 'price', jsonPath: [] }, cast: 'text' },
      {
        kind: 'column',
        field: {
          name: 'data',
          jsonPath: [
            { arrow: '->', key: 'a' },
            { arrow: '->>', key: 'b' },
          ],
        },
      },
      {
        kind: 'column',
        field: { name: 'data', jsonPath: [{ arrow: '->', key: '0' }] },
        alias: 'w',
      },
    ]);
  });

  it('reads embeds with hints, inner joins, spreads and nesting', () => {
    expect(
      parseSelect('*,c:clients!client_fk!inner(name,tasks(*)),...owner(id),films!left()'),
    ).toEqual([
      { kind: 'star' },
      {
        kind: 'embed',
        name: 'clients',
        alias: 'c',
        hint: 'client_fk',
        inner: true,
        spread: false,
        select: [
          { kind: 'column', field: { name: 'name', jsonPath: [] } },
          { kind: 'embed', name: 'tasks', inner: false, spread: false, select: [{ kind: 'star' }] },
        ],
      },
      {
        kind: 'embed',
        name: 'owner',
        inner: false,
        spread: true,
        select: [{ kind: 'column', field: { name: 'id', jsonPath: [] } }],
      },
      { kind: 'embed', name: 'films', inner: false, spread: false, select: [] },
    ]);
  });

  it('accepts quoted names and names with dashes', () => {
    expect(parseSelect('"a,b":"weird name",first-name')).toEqual([
      { kind: 'column', field: { name: 'weird name', jsonPath: [] }, alias: 'a,b' },
      { kind: 'column', field: { name: 'first-name', jsonPath: [] } },
    ]);
  });

  it.each(['id,', 'a(', 'a)', '...id', 'id::', 'clients(name', ':id', 'a->'])(
    'rejects %s with PGRST100',
    (text) => {
      const error = (() => {
        try {
          parseSelect(text);
        } catch (e) {
          return e;
        }
      })() as ApiError;
      expect(error).toBeInstanceOf(ApiError);
      expect(error.status).toBe(400);
      expect(error.body.code).toBe('PGRST100');
    },
  );

  it('refuses aggregates (disabled, as by default in PostgREST)', () => {
    expect(() => parseSelect('count()')).toThrow(/aggregate/);
    expect(() => parseSelect('price.sum()')).toThrow(/aggregate/);
  });
});
