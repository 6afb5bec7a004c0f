import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

/** Where `npm run build` puts the web app. */
export const DEFAULT_WEB_DIST = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../web/dist',
);

// Paths that belong to the server: an unknown URL under them is a 404, never the web app.
const SERVER_PREFIXES = [
  '/api',
  '/auth',
  '/ws',
  '/files',
  '/import',
  '/export',
  '/push',
  '/healthz',
];

// Page addresses under a server prefix: the import page is GET /import (the API there is
// POST /import and /import/<id>).
const WEB_PAGES_UNDER_SERVER_PREFIXES = new Set(['/import']);

function isServerPath(url: string): boolean {
  const pathname = url.split('?')[0] ?? '';
  if (WEB_PAGES_UNDER_SERVER_PREFIXES.has(pathname)) return false;
  return SERVER_PREFIXES.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));
}

/**
 * Serves the built web app at `/`: its files, and index.html for every other page address so
 * the browser router can take over (deep links and reloads work). Does nothing when the app
 * has not been built, so the API runs on its own.
 */
export async function registerWebApp(
  app: FastifyInstance,
  options: { distDir?: string } = {},
): Promise<boolean> {
  const root = options.distDir ?? DEFAULT_WEB_DIST;
  if (!existsSync(path.join(root, 'index.html'))) {
    app.log.info({ root }, 'web app not built; serving the API only (npm run build)');
    return false;
  }
  await app.register(fastifyStatic, {
    root,
    // Files are routed one by one (not a catch-all), so the SPA fallback below can own `/*`.
    wildcard: false,
    index: false,
    // Our own Cache-Control (below) instead of the plugin's max-age=0 everywhere.
    cacheControl: false,
    setHeaders(res, filePath) {
      // Hashed bundle files never change; index.html and the service worker (sw.js) must
      // always be checked again, or a new version would never reach the browsers.
      const immutable = filePath.includes(`${path.sep}assets${path.sep}`);
      res.setHeader(
        'Cache-Control',
        immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    },
  });
  const sendApp = (
    request: { url: string; headers: Record<string, unknown> },
    reply: {
      callNotFound(): void;
      header(k: string, v: string): unknown;
      sendFile(f: string): unknown;
    },
  ) => {
    const accept = String(request.headers.accept ?? '');
    // Only page loads (browsers ask for text/html) get the app; API-style callers get a 404.
    if (isServerPath(request.url) || !/text\/html|\*\/\*/.test(accept)) {
      return reply.callNotFound();
    }
    reply.header('Cache-Control', 'no-cache');
    return reply.sendFile('index.html');
  };
  app.get('/', (request, reply) => sendApp(request, reply));
  app.get('/*', (request, reply) => sendApp(request, reply));
  return true;
}
