import { describe, expect, it } from 'vitest';
import { appliedPreferences, parsePrefer } from './prefer';

describe('parsePrefer', () => {
  it('reads comma-separated preferences over several headers; the first wins', () => {
    const prefs = parsePrefer(
      ['return=representation, count=exact', 'return=minimal,  tx=rollback', 'max-affected=5, foo'],
      true,
    );
    expect(prefs).toEqual({
      return: 'representation',
      count: 'exact',
      tx: 'rollback',
      maxAffected: 5,
      invalid: ['foo'],
    });
  });

  it('ignores tx unless overriding is allowed', () => {
    expect(parsePrefer(['tx=rollback'], false).tx).toBeUndefined();
  });

  it('lists applied preferences in PostgREST order', () => {
    expect(
      appliedPreferences({
        count: 'exact',
        return: 'representation',
        resolution: 'merge-duplicates',
        missing: 'default',
        tx: 'rollback',
        handling: 'strict',
        maxAffected: 3,
      }),
    ).toBe(
      'resolution=merge-duplicates, missing=default, return=representation, count=exact, tx=rollback, handling=strict, max-affected=3',
    );
    expect(appliedPreferences({ maxAffected: 3 })).toBeUndefined();
  });
});
