import { mkdtemp, readFile, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';
import { loadDevSecrets } from './dev-secrets';
import { resolveSecrets } from './runtime-secrets';

describe('loadConfig', () => {
  it('needs nothing in development', () => {
    const config = loadConfig({}, '/srv/crewlog');
    expect(config).toMatchObject({
      env: 'development',
      port: 3000,
      databaseUrl: undefined,
      dataDir: '/srv/crewlog/data',
    });
  });
  it('treats empty variables as unset', () => {
    expect(loadConfig({ DATABASE_URL: '', PORT: '' }).databaseUrl).toBeUndefined();
  });
  it('honours CREWLOG_DATA_DIR and DATABASE_URL', () => {
    const config = loadConfig({
      CREWLOG_DATA_DIR: '/var/lib/crewlog',
      DATABASE_URL: 'postgres://u@db:5432/crewlog',
    });
    expect(config.dataDir).toBe('/var/lib/crewlog');
    expect(config.databaseUrl).toBe('postgres://u@db:5432/crewlog');
  });
  it('refuses production without its secrets, in one line naming them', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrowError(
      new ConfigError(
        'NODE_ENV=production needs JWT_SECRET and ENCRYPTION_KEY to be set (they are generated only in development)',
      ),
    );
    expect(() => loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40) })).toThrow(
      /needs ENCRYPTION_KEY to be set/,
    );
  });
  it('reads TRUST_PROXY as a flag, a hop count or a list of proxies', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: 'true' }).trustProxy).toBe(true);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.0/8, 127.0.0.1' }).trustProxy).toEqual([
      '10.0.0.0/8',
      '127.0.0.1',
    ]);
    const hops = loadConfig({ TRUST_PROXY: '1' }).trustProxy as (a: string, hop: number) => boolean;
    expect([hops('x', 0), hops('x', 1)]).toEqual([true, false]);
  });
  it('names the variable that is wrong', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/^invalid configuration: PORT:/);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL/);
    expect(() => loadConfig({ JWT_SECRET: 'short' })).toThrow(
      /JWT_SECRET must be at least 32 characters/,
    );
  });
});

describe('development secrets', () => {
  it('are generated once, kept with mode 0600, and reused', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'crewlog-secrets-'));
    const first = await loadDevSecrets(dir);
    const file = path.join(dir, 'secrets.json');
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(first.jwtSecret.length).toBeGreaterThanOrEqual(32);
    expect(await loadDevSecrets(dir)).toEqual(first);
  });
  it('keep existing values when new ones are added', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'crewlog-secrets-'));
    await writeFile(path.join(dir, 'secrets.json'), JSON.stringify({ encryptionKey: 'kept-key' }));
    const secrets = await loadDevSecrets(dir);
    expect(secrets.encryptionKey).toBe('kept-key');
    expect(JSON.parse(await readFile(path.join(dir, 'secrets.json'), 'utf8')).jwtSecret).toBe(
      secrets.jwtSecret,
    );
  });
  it('refuse an unreadable secrets file rather than replacing it', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'crewlog-secrets-'));
    await writeFile(path.join(dir, 'secrets.json'), '{not json');
    await expect(loadDevSecrets(dir)).rejects.toThrow(/cannot read/);
  });
  it('give way to configured values', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'crewlog-secrets-'));
    const config = loadConfig({
      CREWLOG_DATA_DIR: dir,
      JWT_SECRET: 'j'.repeat(32),
      ENCRYPTION_KEY: 'e'.repeat(32),
    });
    const secrets = await resolveSecrets(config);
    expect(secrets).toMatchObject({ jwtSecret: 'j'.repeat(32), encryptionKey: 'e'.repeat(32) });
  });
});
