// Import throughput: 1,000 generated .eml files sent to POST /import (in requests of 100
// files) and confirmed; prints the time of each phase. Uses TEST_DATABASE_URL's server (a
// superuser connection), creating and dropping a scratch database there.
//   node --import tsx scripts/bench-import.ts [files] [files-per-request]
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { SignJWT } from 'jose';
import pino from 'pino';
import { buildApp } from '../server/src/app';
import { loadConfig } from '../server/src/config/config';
import { createPool, urlForRole } from '../server/src/db/pools';
import { createRequestTx } from '../server/src/db/request-tx';
import { plainEml } from '../server/src/imports/fixtures/sample-messages';
import { insertUser, withOwnerTx } from '../server/src/users/create-user';
import { multipartBody } from '../server/test/multipart-body';
import { createScratchDatabase } from './scratch-database';

const FILES = Number(process.argv[2] ?? 1000);
const PER_REQUEST = Number(process.argv[3] ?? 100);
const jwtSecret = randomBytes(32).toString('hex');
const encryptionKey = randomBytes(32).toString('hex');

const seconds = (from: number) => `${((performance.now() - from) / 1000).toFixed(2)} s`;

const scratch = await createScratchDatabase('bench_import');
const { ownerUrl, authenticatorPassword } = scratch;
const owner = createPool(ownerUrl, 2);
const dataDir = await mkdtemp(path.join(os.tmpdir(), 'crewlog-bench-'));
try {
  const userId = await withOwnerTx(owner, encryptionKey, async (client) => {
    await client.query(`insert into app.buildings (building_name) values ('North Plant')`);
    return insertUser(client, {
      email: 'bench@example.com',
      password: 'correct horse battery',
      name: 'Bench',
      alias: 'bench',
      role: 'field',
    });
  });
  const pool = createPool(urlForRole(ownerUrl, 'authenticator', authenticatorPassword));
  const settings = { encryption_key: encryptionKey };
  const app = await buildApp({
    config: loadConfig({
      NODE_ENV: 'production',
      LOG_LEVEL: 'silent',
      JWT_SECRET: jwtSecret,
      ENCRYPTION_KEY: encryptionKey,
      CREWLOG_DATA_DIR: dataDir,
      // The request path is what is measured: no batch here goes to the background job.
      IMPORT_BACKGROUND_ABOVE_FILES: '5000',
    }),
    db: {
      ownerUrl,
      pool,
      settings,
      withRequestTx: createRequestTx(pool, { settings, preRequest: 'api.pre_request' }),
      close: () => pool.end(),
    },
    logger: pino({ level: 'silent' }),
    secrets: { jwtSecret, encryptionKey, authenticatorPassword, embeddedSuperuserPassword: '' },
  });
  const token = await new SignJWT({ role: 'authenticated' })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(String(userId))
    .setAudience('crewlog')
    .setExpirationTime('1h')
    .sign(new TextEncoder().encode(jwtSecret));
  const authorization = `Bearer ${token}`;

  const files = await Promise.all(
    Array.from({ length: FILES }, async (_, i) => ({
      fileName: `job-${i}.eml`,
      data: await plainEml(i),
    })),
  );
  let started = performance.now();
  const imports: { import_id: string; drafts: unknown[] }[] = [];
  for (let i = 0; i < files.length; i += PER_REQUEST) {
    const { payload, headers } = multipartBody(files.slice(i, i + PER_REQUEST));
    const response = await app.inject({
      method: 'POST',
      url: '/import',
      payload,
      headers: { ...headers, authorization },
    });
    if (response.statusCode !== 200) throw new Error(`import failed: ${response.body}`);
    imports.push(response.json());
  }
  const proposeTime = seconds(started);
  started = performance.now();
  let entries = 0;
  for (const { import_id, drafts } of imports) {
    const response = await app.inject({
      method: 'POST',
      url: `/import/${import_id}/confirm`,
      payload: { drafts },
      headers: { authorization },
    });
    if (response.statusCode !== 201) throw new Error(`confirm failed: ${response.body}`);
    entries += response.json().entries_created;
  }
  console.log(
    `import: ${FILES} .eml files in requests of ${PER_REQUEST}: parsed and proposed in ${proposeTime}, ` +
      `${entries} entries confirmed in ${seconds(started)}`,
  );
  await app.close();
  await pool.end().catch(() => {});
} finally {
  await owner.end();
  await scratch.drop();
  await rm(dataDir, { recursive: true, force: true });
}
