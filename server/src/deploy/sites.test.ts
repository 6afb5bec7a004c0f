import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_NGINX } from './local-topology';
import { PRODUCTION_SITE, productionConf, standaloneConf } from './sites';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const nginx = process.env.NGINX ?? DEFAULT_NGINX;
const dir = mkdtempSync(path.join(os.tmpdir(), 'crewlog-nginx-conf-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the Docker deployment nginx site', () => {
  it('is the committed deploy/nginx/crewlog.conf', () => {
    const committed = readFileSync(path.join(ROOT, 'deploy/nginx/crewlog.conf'), 'utf8');
    expect(committed).toBe(productionConf());
  });

  it('redirects HTTP, sends HSTS, and routes /api, /ws and the rest', () => {
    const conf = productionConf();
    expect(conf).toContain('return 301 https://$host$request_uri;');
    expect(conf).toMatch(/location \/api\/ \{\n\s+proxy_pass http:\/\/data_api\/;/);
    expect(conf).toMatch(/location = \/ws \{[^}]*Upgrade \$http_upgrade;[^}]*\$connection_upgrade/);
    // Every location that sets its own headers repeats HSTS (nginx inherits none then).
    for (const location of conf.split('location ').slice(1)) {
      if (location.includes('add_header')) expect(location).toContain('Strict-Transport-Security');
    }
  });

  it.skipIf(!existsSync(nginx))('passes nginx -t (service names resolved to loopback)', () => {
    const certs = path.join(dir, 'certs');
    const made = spawnSync('bash', [path.join(ROOT, 'deploy/make-self-signed-cert.sh'), certs]);
    expect(made.status, String(made.stderr)).toBe(0);
    const site = {
      ...PRODUCTION_SITE,
      // Compose's service names do not resolve here; nginx -t resolves upstreams.
      upstreams: PRODUCTION_SITE.upstreams.map((u) => ({ ...u, servers: ['127.0.0.1:3000'] })),
      http: { listen: '127.0.0.1:8080', redirectPort: 443 },
      https: PRODUCTION_SITE.https.map((s) => ({ ...s, listen: '127.0.0.1:8443' })),
      certificate: path.join(certs, 'fullchain.pem'),
      certificateKey: path.join(certs, 'privkey.pem'),
    };
    const conf = path.join(dir, 'nginx.conf');
    writeFileSync(conf, standaloneConf({ prefix: dir, site, asRoot: process.getuid?.() === 0 }));
    const result = spawnSync(nginx, ['-t', '-p', dir, '-c', conf], { encoding: 'utf8' });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toContain('test is successful');
  });
});
