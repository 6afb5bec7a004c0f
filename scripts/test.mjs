#!/usr/bin/env node
// `npm test`: the whole gate, in order — type check, lint, the web app's build, unit and
// database tests with coverage, then the browser tests. Stops at the first failing step.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const steps = [
  ['type check', 'npx', ['tsc', '-p', 'tsconfig.json']],
  ['type check (web)', 'npx', ['tsc', '-p', 'web/tsconfig.json']],
  ['lint', 'npx', ['biome', 'check', '.']],
  // The topology tests serve the built web app through nginx, as production does.
  ['web app build', 'node', ['web/ensure-build.mjs']],
  ['unit and database tests', 'npx', ['vitest', 'run', '--coverage']],
];
if (existsSync('e2e/run.mjs')) steps.push(['browser tests', 'node', ['e2e/run.mjs']]);

for (const [title, command, args] of steps) {
  console.log(`\n=== ${title} ===`);
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`\n${title} failed`);
    process.exit(result.status ?? 1);
  }
}
console.log('\nall checks passed');
