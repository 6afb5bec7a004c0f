import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTeam, type Team } from '../../../db/tests/team';
import { bearer } from '../../test/access-token';
import { multipartBody } from '../../test/multipart-body';
import { buildTestApp } from '../../test/test-app';
import { createTestDatabase, type TestDatabase } from '../../test/test-database';

let db: TestDatabase;
let team: Team;
let app: FastifyInstance;
let dataDir: string;

beforeAll(async () => {
  db = await createTestDatabase();
  team = await createTeam(db);
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'crewlog-files-'));
  app = await buildTestApp(db, {
    CREWLOG_DATA_DIR: dataDir,
    PROFILE_PICTURE_MAX_BYTES: String(2 * 1024 * 1024),
    IMAGE_MAX_INPUT_PIXELS: String(20_000_000),
  });
});
afterAll(async () => {
  await app?.close();
  await db?.drop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

async function upload(userId: number, data: Buffer, fileName = 'me.jpg') {
  const { payload, headers } = multipartBody([{ field: 'file', fileName, data }]);
  return app.inject({
    method: 'PUT',
    url: '/files/profile-picture',
    payload,
    headers: { ...headers, ...(await bearer(userId)) },
  });
}

/** A JPEG carrying EXIF with a GPS position, as a phone writes it. */
function photoWithGps(): Promise<Buffer> {
  return sharp({ create: { width: 1200, height: 800, channels: 3, background: '#336699' } })
    .jpeg()
    .withExif({ IFD0: { Make: 'PhoneCo', Model: 'X1' }, IFD3: { GPSLatitudeRef: 'N' } })
    .toBuffer();
}

async function storedFiles(): Promise<string[]> {
  return readdir(path.join(dataDir, 'files'), { recursive: true }).catch(() => []);
}

describe('PUT /files/profile-picture', () => {
  it('re-encodes the picture without metadata, sets the preference, and serves it to signed-in users', async () => {
    const input = await photoWithGps();
    expect((await sharp(input).metadata()).exif).toBeDefined();
    const response = await upload(team.ids.field1, input);
    expect(response.statusCode).toBe(200);
    const { url } = response.json();
    expect(url).toMatch(/^\/files\/[0-9a-f-]{36}$/);

    const [me] = await team.as(
      'field1',
      'select user_preferred_profile_picture from api.users where user_id = $1',
      [team.ids.field1],
    );
    expect(me?.user_preferred_profile_picture).toBe(url);

    const anonymous = await app.inject({ method: 'GET', url });
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.headers['www-authenticate']).toBe('Bearer');

    const seen = await app.inject({ method: 'GET', url, headers: await bearer(team.ids.field2) });
    expect(seen.statusCode).toBe(200);
    expect(seen.headers['content-type']).toBe('image/webp');
    expect(seen.headers['cache-control']).toMatch(/private/);
    const meta = await sharp(seen.rawPayload).metadata();
    expect(meta.format).toBe('webp');
    expect(meta.width).toBe(512);
    expect(meta.exif).toBeUndefined();

    const again = await app.inject({
      method: 'GET',
      url,
      headers: { ...(await bearer(team.ids.field2)), 'if-none-match': String(seen.headers.etag) },
    });
    expect(again.statusCode).toBe(304);
  });

  it('retires the previous picture', async () => {
    const first = (await upload(team.ids.field2, await photoWithGps())).json().url;
    const second = (await upload(team.ids.field2, await photoWithGps())).json().url;
    expect(second).not.toBe(first);
    const old = await app.inject({
      method: 'GET',
      url: first,
      headers: await bearer(team.ids.field2),
    });
    expect(old.statusCode).toBe(404);
  });

  it('refuses hostile files and changes nothing', async () => {
    const before = await storedFiles();
    const exe = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(2000, 0x90)]);
    const renamed = await upload(team.ids.manager1, exe, 'innocent.jpg');
    expect(renamed.statusCode).toBe(415);
    expect(renamed.json().code).toBe('unsupported_media_type');

    const bomb = await sharp({
      create: { width: 5000, height: 5000, channels: 3, background: '#fff' },
    })
      .png({ compressionLevel: 9 })
      .toBuffer();
    const bombed = await upload(team.ids.manager1, bomb, 'bomb.png');
    expect(bombed.statusCode).toBe(422);
    expect(bombed.json().code).toBe('image_too_large');

    const truncated = (await photoWithGps()).subarray(0, 600);
    const broken = await upload(team.ids.manager1, truncated);
    expect(broken.statusCode).toBe(422);
    expect(broken.json().code).toBe('unreadable_image');

    const huge = Buffer.concat([await photoWithGps(), Buffer.alloc(3 * 1024 * 1024)]);
    const tooBig = await upload(team.ids.manager1, huge);
    expect(tooBig.statusCode).toBe(413);

    expect(await storedFiles()).toEqual(before);
    const [me] = await team.as(
      'manager1',
      'select user_preferred_profile_picture from api.users where user_id = $1',
      [team.ids.manager1],
    );
    expect(me?.user_preferred_profile_picture).toBeNull();
  });

  it('needs a valid token', async () => {
    const response = await app.inject({
      method: 'PUT',
      url: '/files/profile-picture',
      headers: { authorization: 'Bearer not.a.token' },
    });
    expect(response.statusCode).toBe(401);
    expect(response.json().code).toBe('unauthorized');
  });
});
