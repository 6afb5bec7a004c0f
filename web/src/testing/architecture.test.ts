import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// Code flows one way: lib and components/ui → features → app. A feature never reaches into
// another feature; shared code never reaches into features or the app.
const src = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : /\.tsx?$/.test(name) ? [full] : [];
  });
}

function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:from|import)\s*\(?\s*'(\.[^']+)'/g)].map((m) =>
    path.relative(src, path.resolve(path.dirname(file), m[1] ?? '')),
  );
}

const area = (relative: string) => relative.split(path.sep).slice(0, 2).join('/');

describe('architecture', () => {
  const all = files(src).filter((f) => !f.includes(`${path.sep}testing${path.sep}`));

  it('features do not import one another', () => {
    const crossings = all.flatMap((file) => {
      const own = path.relative(src, file);
      if (!own.startsWith(`features${path.sep}`)) return [];
      return imports(file)
        .filter((target) => target.startsWith(`features${path.sep}`) && area(target) !== area(own))
        .map((target) => `${own} → ${target}`);
    });
    expect(crossings).toEqual([]);
  });

  it('shared code does not import features or the app', () => {
    const upward = all.flatMap((file) => {
      const own = path.relative(src, file);
      if (!own.startsWith('lib') && !own.startsWith('components')) return [];
      return imports(file)
        .filter((target) => target.startsWith('features') || target.startsWith('app'))
        .map((target) => `${own} → ${target}`);
    });
    expect(upward).toEqual([]);
  });
});
