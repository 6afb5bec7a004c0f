#!/usr/bin/env node
// `npm run build`: builds the web app into web/dist and prints what a first visit downloads
// (the entry chunk and its static imports, gzipped). Fails above the 200 KB budget.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const BUDGET = 200 * 1024;
const root = path.dirname(fileURLToPath(import.meta.url));
const dist = path.join(root, 'dist');

await build({ configFile: path.join(root, 'vite.config.ts'), logLevel: 'warn' });

const manifest = JSON.parse(readFileSync(path.join(dist, '.vite', 'manifest.json'), 'utf8'));
const entry = Object.values(manifest).find((chunk) => chunk.isEntry);
const seen = new Set();
const visit = (key) => {
  if (seen.has(key)) return;
  seen.add(key);
  for (const next of manifest[key]?.imports ?? []) visit(next);
};
visit(Object.keys(manifest).find((key) => manifest[key] === entry));

const gz = (file) => gzipSync(readFileSync(path.join(dist, file))).length;
let js = 0;
let css = 0;
for (const key of seen) {
  const chunk = manifest[key];
  js += gz(chunk.file);
  for (const sheet of chunk.css ?? []) css += gz(sheet);
}
const lazy = Object.values(manifest).filter((c) => c.isDynamicEntry).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(`initial JavaScript: ${kb(js)} gzipped (budget ${kb(BUDGET)}); CSS ${kb(css)} gzipped`);
console.log(`${lazy} code-split route chunks`);
if (js > BUDGET) {
  console.error('the initial JavaScript is over budget');
  process.exit(1);
}
