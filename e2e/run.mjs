#!/usr/bin/env node
// Browser tests (`npm test` runs this last): starts a real Crewlog server on free ports with a
// throw-away data folder, drives the machine's Chromium through the journey, runs axe-core on
// every page and saves screenshots under e2e/screenshots/. Without Chromium the tests are
// skipped loudly — except in CI, where that is a failure.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { journey } from './journey.mjs';
import { findChromium, launch } from './lib/browser.mjs';
import { startCrewlog } from './lib/server.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const screenshotDir = path.join(here, 'screenshots');
const inCI = process.env.CI === 'true' || process.env.CI === '1';
// Another start command (a wrapper script) can be given by a caller that imports this file.
const startOptions = globalThis.crewlogE2eStartOptions ?? {};

let chromiumPath = findChromium();
if (!chromiumPath && inCI && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
  // A fresh CI machine: install the distribution's Chromium rather than fail.
  console.log('no Chromium on this CI machine: installing it with apt-get');
  spawnSync('apt-get', ['update'], { stdio: 'inherit' });
  spawnSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], {
    stdio: 'inherit',
  });
  chromiumPath = findChromium();
}
if (!chromiumPath) {
  const banner = '!'.repeat(78);
  const message = [
    banner,
    'BROWSER TESTS SKIPPED: no Chromium found (looked at CHROMIUM_PATH, /usr/bin/chromium,',
    '/usr/bin/chromium-browser, /usr/bin/google-chrome). Install it, e.g.',
    '  apt-get install -y chromium',
    'and run `node e2e/run.mjs` again.',
    banner,
  ].join('\n');
  console.error(message);
  process.exit(inCI ? 1 : 0);
}

// The server serves web/dist: build it if it is missing or older than its sources.
const build = spawnSync(process.execPath, [path.join(root, 'web', 'ensure-build.mjs')], {
  cwd: root,
  stdio: 'inherit',
});
if (build.status !== 0) process.exit(build.status ?? 1);

mkdirSync(screenshotDir, { recursive: true });
let server;
let browser;
let failed = 0;
try {
  console.log('starting Crewlog for the browser tests…');
  server = await startCrewlog({ root, verbose: process.env.E2E_VERBOSE === '1', ...startOptions });
  console.log(`server at ${server.baseUrl}; Chromium at ${chromiumPath}`);
  browser = await launch(chromiumPath);
  const contexts = [];
  /** A fresh browser (its own cookies and storage), as a second person at another desk. */
  const newPage = async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    contexts.push(context);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: server.baseUrl,
    });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    page.on('pageerror', (error) => consoleErrors.push(String(error)));
    return page;
  };
  const consoleErrors = [];

  const { suites, a11y } = journey({ server, screenshotDir, newPage });
  // E2E_ONLY=suite,suite runs only those suites (while working on one page).
  const only = process.env.E2E_ONLY?.split(',').filter(Boolean);
  for (const suite of suites) {
    if (only && !only.includes(suite.name)) continue;
    console.log(`${suite.name}:`);
    // Each suite starts signed out in a browser of its own.
    const page = await newPage();
    for (const [name, run] of suite.steps) {
      const started = Date.now();
      try {
        await run(page);
        console.log(`  ✓ ${name} (${Date.now() - started} ms)`);
      } catch (error) {
        failed++;
        console.error(
          `  ✗ ${name}\n    ${String(error?.stack ?? error)
            .split('\n')
            .slice(0, 6)
            .join('\n    ')}`,
        );
        const shot = path.join(screenshotDir, `failure-${name.replace(/\W+/g, '-')}.png`);
        await page.screenshot({ path: shot, fullPage: true }).catch(() => {});
        console.error(`    screenshot: ${path.relative(root, shot)}`);
        // Later steps of a suite build on earlier ones; stop the suite at its first failure.
        break;
      }
    }
  }
  if (a11y.length > 0) {
    failed++;
    console.error(`\naxe found ${a11y.length} serious or critical problem(s):`);
    for (const problem of a11y) console.error(`  - ${problem}`);
  } else {
    console.log('  ✓ axe: no serious or critical violations on any checked page');
  }
  if (consoleErrors.length > 0) {
    failed++;
    console.error('\nuncaught errors in the page:');
    for (const error of consoleErrors) console.error(`  - ${error}`);
  }
  for (const context of contexts) await context.close();
} catch (error) {
  failed++;
  console.error(error);
  if (server) console.error(server.logLines.slice(-30).join('\n'));
} finally {
  await browser?.close().catch(() => {});
  await server?.stop().catch((error) => console.error('stopping the server:', error));
}
console.log(
  failed
    ? '\nbrowser tests FAILED'
    : `\nbrowser tests passed; screenshots in ${path.relative(root, screenshotDir)}/`,
);
process.exit(failed ? 1 : 0);
