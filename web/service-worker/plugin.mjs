// A Vite plugin that writes dist/sw.js from sw.js with the list of every file the build
// produced, and a version that changes whenever any of them changes.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
// Files a browser never needs from the cache.
const SKIPPED = [/^\.vite\//, /\.map$/, /^sw\.js$/];

export function serviceWorker() {
  return {
    name: 'crewlog-service-worker',
    apply: 'build',
    // After Vite's own plugins, so index.html is in the bundle.
    enforce: 'post',
    generateBundle(_options, bundle) {
      const files = Object.keys(bundle).filter((name) => !SKIPPED.some((re) => re.test(name)));
      // Files of web/public are copied as they are, outside the bundle.
      const publicDir = path.join(here, '..', 'public');
      const publicFiles = readdirSync(publicDir, { recursive: true })
        .map(String)
        .filter((name) => statSync(path.join(publicDir, name)).isFile())
        .map((name) => name.split(path.sep).join('/'));
      const urls = [...new Set([...files, ...publicFiles])].map((name) => `/${name}`).sort();
      const hash = createHash('sha256');
      for (const name of files) {
        const item = bundle[name];
        hash.update(name);
        hash.update(item.type === 'chunk' ? item.code : item.source);
      }
      const source = readFileSync(path.join(here, 'sw.js'), 'utf8')
        .replace("'__CREWLOG_VERSION__'", JSON.stringify(hash.digest('hex').slice(0, 16)))
        .replace('__CREWLOG_PRECACHE__', JSON.stringify(urls));
      this.emitFile({ type: 'asset', fileName: 'sw.js', source });
    },
  };
}
