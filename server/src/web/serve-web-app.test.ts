import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerWebApp } from './serve-web-app';

let dist: string;
let app: FastifyInstance;

beforeAll(async () => {
  dist = mkdtempSync(path.join(tmpdir(), 'crewlog-web-'));
  mkdirSync(path.join(dist, 'assets'));
  writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>Crewlog</title>');
  writeFileSync(path.join(dist, 'assets', 'index-abc123.js'), 'console.log(1)');
  writeFileSync(path.join(dist, 'favicon.svg'), '<svg/>');
  app = Fastify();
  app.get('/api/users', async () => []);
  expect(await registerWebApp(app, { distDir: dist })).toBe(true);
  await app.ready();
});

afterAll(async () => {
  await app.close();
  rmSync(dist, { recursive: true, force: true });
});

describe('registerWebApp', () => {
  it('serves the app at / and at every page address', async () => {
    for (const url of ['/', '/jobs/12', '/dailies?date=2026-11-25', '/import?id=x']) {
      const response = await app.inject({ url, headers: { accept: 'text/html' } });
      expect(response.statusCode).toBe(200);
      expect(response.body).toContain('<title>Crewlog</title>');
      expect(response.headers['cache-control']).toBe('no-cache');
    }
  });

  it('serves hashed files as immutable', async () => {
    const response = await app.inject({ url: '/assets/index-abc123.js' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toContain('immutable');
    expect((await app.inject({ url: '/favicon.svg' })).statusCode).toBe(200);
  });

  it('leaves server paths and non-page requests alone', async () => {
    expect((await app.inject({ url: '/api/users' })).json()).toEqual([]);
    expect(
      (await app.inject({ url: '/api/nothing', headers: { accept: 'text/html' } })).statusCode,
    ).toBe(404);
    expect((await app.inject({ url: '/auth/unknown' })).statusCode).toBe(404);
    expect(
      (
        await app.inject({
          url: '/assets/missing.js',
          headers: { accept: 'application/javascript' },
        })
      ).statusCode,
    ).toBe(404);
  });

  it('is skipped when the app was not built', async () => {
    const bare = Fastify();
    expect(await registerWebApp(bare, { distDir: path.join(dist, 'nope') })).toBe(false);
    await bare.close();
  });
});
