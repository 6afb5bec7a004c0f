/**
 * The nginx site in front of Crewlog, rendered from one description so that the Docker
 * deployment (deploy/nginx/crewlog.conf) and the loopback topology of the tests are the
 * same proxy: TLS with HSTS, HTTP redirected to HTTPS, the built web app's files served
 * by nginx, /api to PostgREST (or Crewlog's own engine), /auth, /ws and the rest to Crewlog.
 */
export interface NginxUpstream {
  name: string;
  /** `host:port` of each server; the first healthy one in turn gets a request. */
  servers: string[];
}

export interface NginxHttpsServer {
  /** What `listen` gets, e.g. `443` or `127.0.0.1:8443`. */
  listen: string;
  /** Upstream of Crewlog (web, auth, realtime, files). */
  app: string;
  /** Upstream of the data API. */
  api: string;
  /**
   * PostgREST serves its schema at `/`, so `/api/x` goes to it as `/x`; Crewlog's own
   * engine lives under `/api` and gets the path unchanged.
   */
  apiServesRoot: boolean;
}

export interface NginxSite {
  upstreams: NginxUpstream[];
  https: NginxHttpsServer[];
  /** Plain-HTTP listener that only redirects; `redirectPort` is the HTTPS port to name. */
  http: { listen: string; redirectPort: number };
  certificate: string;
  certificateKey: string;
  /** The built web app (web/dist). */
  webRoot: string;
}

/** Largest request body in general, and for /import (many mail files at once). */
const BODY_LIMIT = '12m';
const IMPORT_BODY_LIMIT = '256m';
const HSTS = 'add_header Strict-Transport-Security "max-age=31536000; includeSubDomains" always;';

/** The http-level part: upstreams, the redirecting listener and each HTTPS server. */
export function renderSite(site: NginxSite): string {
  return [
    ...site.upstreams.map(renderUpstream),
    // Keep-alive to the upstreams, but pass a WebSocket's upgrade on.
    block('map $http_upgrade $connection_upgrade', ['default upgrade;', "'' '';"]),
    renderRedirect(site.http),
    ...site.https.map((server) => renderHttps(site, server)),
  ].join('\n');
}

function renderUpstream(upstream: NginxUpstream): string {
  return block(`upstream ${upstream.name}`, [
    // A server that refuses a connection is skipped for 10 s; the request goes to the next.
    ...upstream.servers.map((server) => `server ${server} max_fails=1 fail_timeout=10s;`),
    'keepalive 32;',
  ]);
}

function renderRedirect(http: NginxSite['http']): string {
  const port = http.redirectPort === 443 ? '' : `:${http.redirectPort}`;
  return block('server', [
    `listen ${http.listen};`,
    'server_tokens off;',
    `return 301 https://$host${port}$request_uri;`,
  ]);
}

function renderHttps(site: NginxSite, server: NginxHttpsServer): string {
  const apiTarget = server.apiServesRoot ? `http://${server.api}/` : `http://${server.api}`;
  return block('server', [
    `listen ${server.listen} ssl http2;`,
    'server_tokens off;',
    `ssl_certificate ${site.certificate};`,
    `ssl_certificate_key ${site.certificateKey};`,
    'ssl_protocols TLSv1.2 TLSv1.3;',
    'ssl_session_cache shared:crewlog_tls:10m;',
    HSTS,
    `client_max_body_size ${BODY_LIMIT};`,
    'gzip on;',
    'gzip_types text/css application/javascript application/json image/svg+xml;',
    `root ${site.webRoot};`,
    '',
    ...proxyDefaults(),
    '',
    block('location /api/', [`proxy_pass ${apiTarget};`]),
    block('location = /api', ['return 301 /api/;']),
    block('location = /ws', [
      `proxy_pass http://${server.app};`,
      // A location with its own proxy_set_header inherits none: all of them again.
      ...forwardedHeaders(),
      'proxy_set_header Upgrade $http_upgrade;',
      'proxy_set_header Connection $connection_upgrade;',
      // Sockets stay open for hours; the client pings well within this.
      'proxy_read_timeout 1h;',
      'proxy_send_timeout 1h;',
    ]),
    block('location /import', [
      `client_max_body_size ${IMPORT_BODY_LIMIT};`,
      'proxy_request_buffering off;',
      `proxy_pass http://${server.app};`,
    ]),
    // Hashed bundle files never change.
    block('location /assets/', [
      'try_files $uri =404;',
      HSTS,
      'add_header Cache-Control "public, max-age=31536000, immutable" always;',
    ]),
    // Metrics are for the monitoring network, which reaches the instances directly.
    block('location = /metrics', ['return 404;']),
    // Other files of the web app from disk; pages, /auth, /files, /export… from Crewlog,
    // which answers page addresses with index.html and unknown server paths with 404.
    block('location /', ['try_files $uri @crewlog;']),
    block('location @crewlog', [`proxy_pass http://${server.app};`]),
  ]);
}

/** Server-level proxy settings every location inherits. */
function proxyDefaults(): string[] {
  return [
    'proxy_http_version 1.1;',
    ...forwardedHeaders(),
    'proxy_set_header Connection "";',
    // A refused connection or a stopping instance: try the next server, even for a POST
    // that never reached the first one (nginx never resends one that did).
    'proxy_next_upstream error timeout http_502 http_503;',
    'proxy_next_upstream_tries 2;',
    'proxy_connect_timeout 2s;',
  ];
}

function forwardedHeaders(): string[] {
  return [
    // $http_host keeps the port, so Crewlog's same-origin check matches the browser's Origin.
    'proxy_set_header Host $http_host;',
    'proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;',
    'proxy_set_header X-Forwarded-Proto $scheme;',
    'proxy_set_header X-Request-Id $request_id;',
  ];
}

function block(head: string, lines: string[]): string {
  const body = lines
    .flatMap((line) => line.replace(/\n+$/, '').split('\n'))
    .map((line) => (line ? `  ${line}` : ''));
  return `${head} {\n${body.join('\n')}\n}\n`;
}
