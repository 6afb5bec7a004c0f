import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';

const ASSETS: Record<string, string> = {
  'swagger-ui.css': 'text/css; charset=utf-8',
  'swagger-ui-bundle.js': 'text/javascript; charset=utf-8',
  'swagger-ui-standalone-preset.js': 'text/javascript; charset=utf-8',
};

function page(prefix: string): string {
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Crewlog data API</title>
  <link rel="stylesheet" href="${prefix}/docs/swagger-ui.css">
</head>
<body>
  <div id="swagger-ui"></div>
  <script src="${prefix}/docs/swagger-ui-bundle.js"></script>
  <script src="${prefix}/docs/init.js"></script>
</body>
</html>`;
}

function initScript(prefix: string): string {
  return `window.ui = SwaggerUIBundle({ url: ${JSON.stringify(`${prefix}/`)}, dom_id: '#swagger-ui', deepLinking: true });`;
}

/**
 * A readable reference of the API at `<prefix>/docs`: Swagger UI, served from the
 * installed package (no network needed), pointed at the OpenAPI document of the root.
 */
export function registerDocsPage(app: FastifyInstance): void {
  const prefix = app.prefix;
  const dir = path.dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));
  app.get('/docs', (_request, reply) => reply.type('text/html; charset=utf-8').send(page(prefix)));
  app.get('/docs/init.js', (_request, reply) =>
    reply.type('text/javascript; charset=utf-8').send(initScript(prefix)),
  );
  app.get<{ Params: { asset: string } }>('/docs/:asset', async (request, reply) => {
    const type = ASSETS[request.params.asset];
    if (!type) return reply.status(404).type('text/plain').send('Not found');
    reply.header('Cache-Control', 'public, max-age=86400');
    return reply.type(type).send(await readFile(path.join(dir, request.params.asset)));
  });
}
