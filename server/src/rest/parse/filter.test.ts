import { describe, expect, it } from 'vitest';
import { parseCondition, parseLogicTree, splitTopLevel } from './filter';

const field = { name: 'col', jsonPath: [] };

describe('parseCondition', () => {
  it('reads operators, negation and values', () => {
    expect(parseCondition(field, 'eq.5')).toEqual({ field, negate: false, op: 'eq', value: '5' });
    expect(parseCondition(field, 'not.like.*a.b*')).toEqual({
      field,
      negate: true,
      op: 'like',
      value: '*a.b*',
    });
    expect(parseCondition(field, 'is.NULL').value).toBe('null');
    expect(parseCondition(field, 'is.not_null').value).toBe('not_null');
  });

  it('reads lists for in and for any/all modifiers', () => {
    expect(parseCondition(field, 'in.(1,"a,b",c)').value).toEqual(['1', 'a,b', 'c']);
    expect(parseCondition(field, 'in.()').value).toEqual([]);
    expect(parseCondition(field, 'like(any).{a*,*b}')).toMatchObject({
      modifier: 'any',
      value: ['a*', '*b'],
    });
  });

  it('reads the full-text search language', () => {
    expect(parseCondition(field, 'fts(english).cat')).toMatchObject({
      op: 'fts',
      language: 'english',
      value: 'cat',
    });
  });

  it.each([
    'xx.1',
    'eq',
    'is.maybe',
    'in.1,2',
    'eq(any).1',
    'gt(foo).1',
    'fts().x',
    'like(any).{a',
  ])('rejects %s', (text) => {
    expect(() => parseCondition(field, text)).toThrow(expect.objectContaining({ status: 400 }));
  });
});

describe('parseLogicTree', () => {
  it('reads nested and/or trees with negation', () => {
    const tree = parseLogicTree('or', false, '(a.eq.1,not.and(b.gt.2,c.is.null),d->>e.eq."x,y")');
    expect(tree).toMatchObject({
      kind: 'or',
      negate: false,
      children: [
        { kind: 'condition', condition: { field: { name: 'a' }, op: 'eq', value: '1' } },
        { kind: 'and', negate: true, children: [{ kind: 'condition' }, { kind: 'condition' }] },
        { kind: 'condition', condition: { field: { name: 'd' }, value: 'x,y' } },
      ],
    });
  });

  it.each(['a.eq.1', '()', '(a)', '(a.zz.1)'])('rejects %s', (text) => {
    expect(() => parseLogicTree('and', false, text)).toThrow(
      expect.objectContaining({ status: 400 }),
    );
  });

  it('splits on top-level commas only', () => {
    expect(splitTopLevel('a,(b,c),"d,e",{f,g}')).toEqual(['a', '(b,c)', '"d,e"', '{f,g}']);
    expect(splitTopLevel('"a\\"b",c')).toEqual(['"a\\"b"', 'c']);
  });
});
