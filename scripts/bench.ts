// `npm run bench`: every benchmark, one after the other, each printing its own figures.
// They use TEST_DATABASE_URL's server (default: local PostgreSQL on 5432) and measure side
// by side within one run; nothing here is a pass/fail test.
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const benches: [string, string[]][] = [
  ['data API against the raw driver', ['bench-api.ts']],
  ['live hints to 500 sockets', ['bench-realtime.ts', '500', '100']],
  ['import of 1,000 .eml files', ['bench-import.ts']],
  ['team statistics over 1,000,000 entries', ['bench-stats.ts']],
];

let failed = 0;
for (const [title, [script, ...args]] of benches) {
  console.log(`\n=== ${title} ===`);
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', path.join(import.meta.dirname, script as string), ...args],
    { stdio: 'inherit' },
  );
  if (result.status !== 0) failed += 1;
}
process.exit(failed > 0 ? 1 : 0);
