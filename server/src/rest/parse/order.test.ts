import { describe, expect, it } from 'vitest';
import { parseOrder } from './order';

describe('parseOrder', () => {
  it('reads directions, nulls placement, JSON paths and related columns', () => {
    expect(parseOrder('name.desc.nullslast,client(name).asc,data->>rank,id.nullsfirst')).toEqual([
      { field: { name: 'name', jsonPath: [] }, direction: 'desc', nulls: 'last' },
      { relation: 'client', field: { name: 'name', jsonPath: [] }, direction: 'asc' },
      { field: { name: 'data', jsonPath: [{ arrow: '->>', key: 'rank' }] } },
      { field: { name: 'id', jsonPath: [] }, nulls: 'first' },
    ]);
  });

  it.each(['name.up', 'name.', '', 'a(b'])('rejects %s', (text) => {
    expect(() => parseOrder(text)).toThrow(expect.objectContaining({ status: 400 }));
  });
});
