import type { Preferences } from './types';

type Settable = Exclude<keyof Preferences, 'invalid' | 'maxAffected' | 'timezone'>;

/** `name=value` → which preference it sets; anything else is an unknown preference. */
const KNOWN: Record<string, [Settable, string]> = Object.fromEntries(
  (
    [
      ['resolution', ['merge-duplicates', 'ignore-duplicates']],
      ['return', ['representation', 'minimal', 'headers-only']],
      ['params', ['single-object']],
      ['count', ['exact', 'planned', 'estimated']],
      ['tx', ['commit', 'rollback']],
      ['missing', ['default', 'null']],
      ['handling', ['strict', 'lenient']],
    ] as [Settable, string[]][]
  ).flatMap(([name, values]) => values.map((v) => [`${name}=${v}`, [name, v]])),
);

/**
 * RFC 7240 `Prefer` header(s), as PostgREST reads them: comma-separated, the first value of
 * each preference wins, unknown ones are collected (an error only with handling=strict).
 */
export function parsePrefer(headers: string[], allowTxOverride: boolean): Preferences {
  const prefs: Preferences = { invalid: [] };
  const items = headers
    .flatMap((h) => h.split(','))
    .map((item) => item.trim())
    .filter(Boolean);
  for (const item of items) {
    const known = KNOWN[item];
    if (known) {
      const [name, value] = known;
      if (name === 'tx' && !allowTxOverride) continue;
      // The first occurrence of a preference wins.
      (prefs as unknown as Record<string, string>)[name] ??= value;
      continue;
    }
    const timezone = /^timezone=([A-Za-z0-9_+\-/]{1,64})$/.exec(item);
    if (timezone) {
      // Checked against the database's time zone names when planning.
      prefs.timezone ??= timezone[1];
      continue;
    }
    const maxAffected = /^max-affected=(\d{1,15})$/.exec(item);
    if (maxAffected) {
      prefs.maxAffected ??= Number(maxAffected[1]);
      continue;
    }
    prefs.invalid.push(item);
  }
  return prefs;
}

/** `Preference-Applied`, in PostgREST's fixed order. */
export function appliedPreferences(p: Partial<Preferences>): string | undefined {
  const values = [
    p.resolution && `resolution=${p.resolution}`,
    p.missing && `missing=${p.missing}`,
    p.return && `return=${p.return}`,
    p.params && `params=${p.params}`,
    p.count && `count=${p.count}`,
    p.tx && `tx=${p.tx}`,
    p.handling && `handling=${p.handling}`,
    p.timezone && `timezone=${p.timezone}`,
    p.handling === 'strict' && p.maxAffected !== undefined && `max-affected=${p.maxAffected}`,
  ].filter((v): v is string => typeof v === 'string');
  return values.length ? values.join(', ') : undefined;
}
