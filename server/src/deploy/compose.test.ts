import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { crewlogEnv, postgrestEnv } from './crewlog-env';

// The loopback topology the tests run and the Docker deployment must stay the same
// configuration: every variable the tests give their processes is set in the compose file.

const ROOT = path.resolve(import.meta.dirname, '../../..');
const compose = readFileSync(path.join(ROOT, 'deploy/docker-compose.yml'), 'utf8');
const shared = {
  databaseUrl: 'postgres://postgres@db:5432/crewlog',
  jwtSecret: 'j',
  encryptionKey: 'e',
  authenticatorPassword: 'a',
  redisUrl: 'redis://redis:6379',
};
// Set by the image (deploy/Dockerfile) rather than the compose file.
const FROM_IMAGE = ['HOST', 'PORT', 'CREWLOG_DATA_DIR'];

describe('deploy/docker-compose.yml', () => {
  it('gives PostgREST the configuration the topology tests prove', () => {
    for (const name of Object.keys(postgrestEnv(shared, { host: '0.0.0.0', port: 3000 }))) {
      if (name === 'PGRST_SERVER_HOST') continue;
      expect(compose).toMatch(new RegExp(`^\\s+${name}: `, 'm'));
    }
  });

  it('gives Crewlog servers and the worker the configuration the topology tests prove', () => {
    const env = crewlogEnv(shared, { port: 3000, publicUrl: 'https://x', dataDir: '/d' });
    const anchor = compose.split('services:')[0] as string;
    for (const [name, value] of Object.entries(env)) {
      if (FROM_IMAGE.includes(name)) continue;
      expect(anchor).toMatch(new RegExp(`^\\s+${name}: `, 'm'));
      if (['API_ENGINE', 'JOBS_IN_PROCESS', 'TRUST_PROXY'].includes(name)) {
        expect(anchor).toContain(`${name}: "${value}"`);
      }
    }
    expect(compose).toMatch(/crewlog:\n[\s\S]*?environment: \*crewlog-env/);
    expect(compose).toMatch(/worker:\n[\s\S]*?command: \["worker"\]/);
  });

  it('checks the health of every service', () => {
    const services = compose.split('\nservices:\n')[1]?.split('\nvolumes:\n')[0] ?? '';
    const blocks = services.split(/\n(?= {2}\w)/);
    expect(blocks.length).toBe(6);
    for (const block of blocks) expect(block, block.split('\n')[0]).toContain('healthcheck:');
  });
});
