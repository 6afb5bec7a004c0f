import path from 'node:path';
import { type NginxSite, renderSite } from './nginx-config';

/** Paths inside the official nginx image where the compose file mounts and copies things. */
export const PRODUCTION_SITE: NginxSite = {
  upstreams: [
    { name: 'crewlog', servers: ['crewlog:3000'] },
    { name: 'data_api', servers: ['postgrest:3000'] },
  ],
  http: { listen: '80', redirectPort: 443 },
  https: [{ listen: '443', app: 'crewlog', api: 'data_api', apiServesRoot: true }],
  certificate: '/etc/nginx/certs/fullchain.pem',
  certificateKey: '/etc/nginx/certs/privkey.pem',
  webRoot: '/usr/share/nginx/html',
};

/** deploy/nginx/crewlog.conf: the Docker deployment's site, rendered (a test keeps it so). */
export function productionConf(site: NginxSite = PRODUCTION_SITE): string {
  return [
    '# Generated from server/src/deploy/sites.ts; do not edit here. To change it, edit that',
    '# file and run: node --import tsx scripts/topology.ts --print-nginx-conf > deploy/nginx/crewlog.conf',
    '',
    renderSite(site),
  ].join('\n');
}

export interface StandaloneNginx {
  /** Folder for nginx's pid, logs and temporary files. */
  prefix: string;
  site: NginxSite;
  /** Run as root: workers must be allowed into the temporary folders nginx makes. */
  asRoot: boolean;
}

/** A whole nginx.conf that runs in the foreground with everything under `prefix`. */
export function standaloneConf({ prefix, site, asRoot }: StandaloneNginx): string {
  const at = (name: string) => path.join(prefix, name);
  return [
    asRoot ? 'user root;' : '',
    'daemon off;',
    'worker_processes 1;',
    `pid ${at('nginx.pid')};`,
    `error_log ${at('error.log')} warn;`,
    'events { worker_connections 1024; }',
    'http {',
    '  include /etc/nginx/mime.types;',
    `  access_log ${at('access.log')};`,
    `  client_body_temp_path ${at('body')};`,
    `  proxy_temp_path ${at('proxy')};`,
    `  fastcgi_temp_path ${at('fastcgi')};`,
    `  uwsgi_temp_path ${at('uwsgi')};`,
    `  scgi_temp_path ${at('scgi')};`,
    ...renderSite(site)
      .split('\n')
      .map((line) => (line ? `  ${line}` : '')),
    '}',
    '',
  ].join('\n');
}
