#!/usr/bin/env node
// Before `npm start`: build the web app when web/dist is missing or older than its sources,
// so a fresh checkout serves a working UI. Without the build tools (a production install
// that left out devDependencies) an existing build is served as it is.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(fileURLToPath(import.meta.url));
const built = path.join(root, 'dist', 'index.html');

function newest(target) {
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = stat.mtimeMs;
  for (const name of readdirSync(target))
    latest = Math.max(latest, newest(path.join(target, name)));
  return latest;
}

const sources = ['src', 'public', 'service-worker', 'index.html', 'vite.config.ts']
  .map((name) => path.join(root, name))
  .filter((p) => existsSync(p));
const sourceTime = Math.max(...sources.map(newest));
const builtTime = existsSync(built) ? statSync(built).mtimeMs : 0;

if (builtTime >= sourceTime) process.exit(0);

let canBuild = true;
try {
  await import('vite');
} catch {
  canBuild = false;
}
if (!canBuild) {
  if (builtTime > 0) {
    console.warn(
      'web app sources changed but the build tools are not installed; serving the old build',
    );
    process.exit(0);
  }
  console.warn(
    'web app not built and the build tools are not installed (npm install); starting without it',
  );
  process.exit(0);
}
console.log(
  builtTime ? 'web app sources changed: rebuilding' : 'building the web app (first start)',
);
const result = spawnSync(process.execPath, [path.join(root, 'build.mjs')], { stdio: 'inherit' });
process.exit(result.status ?? 1);
