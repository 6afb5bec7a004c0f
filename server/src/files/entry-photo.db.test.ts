import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTeam, createWork, type Team } from '../../../db/tests/team';
import { bearer } from '../../test/access-token';
import { multipartBody } from '../../test/multipart-body';
import { buildTestApp } from '../../test/test-app';
import { createTestDatabase, type TestDatabase } from '../../test/test-database';
import { exifIfd0Tags, GPS_IFD_TAG } from './exif-tags';

let db: TestDatabase;
let team: Team;
let work: Awaited<ReturnType<typeof createWork>>;
let app: FastifyInstance;
let dataDir: string;

beforeAll(async () => {
  db = await createTestDatabase();
  team = await createTeam(db);
  work = await createWork(team);
  await team.as(
    'field1',
    `update api.users set user_preferred_timezone = 'Europe/Berlin'
    where user_id = app.current_user_id()`,
  );
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'crewlog-photos-'));
  app = await buildTestApp(db, {
    CREWLOG_DATA_DIR: dataDir,
    ENTRY_PHOTO_MAX_BYTES: String(3 * 1024 * 1024),
    IMAGE_MAX_INPUT_PIXELS: String(20_000_000),
  });
});
afterAll(async () => {
  await app?.close();
  await db?.drop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

/** A phone's JPEG: camera model, the time it was taken and a GPS position. */
function phonePhoto(width = 3000, height = 2000): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: '#557799' } })
    .jpeg()
    .withExif({
      IFD0: { Make: 'PhoneCo', Model: 'X1', DateTime: '2026:11:20 14:05:09' },
      IFD3: { GPSLatitudeRef: 'N', GPSLongitudeRef: 'E' },
    })
    .toBuffer();
}

async function upload(userId: number, entryId: number | string, data: Buffer, query = '') {
  const { payload, headers } = multipartBody([{ field: 'file', fileName: 'IMG_0001.jpg', data }]);
  return app.inject({
    method: 'POST',
    url: `/files/entries/${entryId}/photos${query}`,
    payload,
    headers: { ...headers, ...(await bearer(userId)) },
  });
}

const get = async (userId: number, url: string) =>
  app.inject({ method: 'GET', url, headers: await bearer(userId) });

const photosOf = async (userId: number, entryId: number) =>
  (await get(userId, `/api/entry_photos?entry_id=eq.${entryId}`)).json();

const storedFiles = async () =>
  (await readdir(path.join(dataDir, 'files'), { recursive: true }).catch(() => [] as string[]))
    .filter((name) => name.includes('.'))
    .sort();

describe('photos on job entries', () => {
  it('stores a resized copy and a thumbnail without EXIF, for whoever may read the entry', async () => {
    const entryId = work.work.field1.entryId;
    const response = await upload(team.ids.field1, entryId, await phonePhoto());
    expect(response.statusCode).toBe(201);
    const saved = response.json();
    expect(saved).toMatchObject({ entry_id: entryId, taken_at: null });
    expect(saved.url).toMatch(/^\/files\/[0-9a-f-]{36}$/);

    const photo = await get(team.ids.field1, saved.url);
    expect(photo.statusCode).toBe(200);
    expect(photo.headers['content-type']).toBe('image/jpeg');
    const meta = await sharp(photo.rawPayload).metadata();
    expect([meta.width, meta.height]).toEqual([2048, 1365]);
    expect(meta.exif).toBeUndefined();
    const thumbnail = await get(team.ids.field1, saved.thumbnail_url);
    expect((await sharp(thumbnail.rawPayload).metadata()).width).toBe(320);

    // A manager reads every entry, so its photos too; another technician does not.
    expect((await get(team.ids.manager1, saved.url)).statusCode).toBe(200);
    expect((await get(team.ids.field2, saved.url)).statusCode).toBe(404);
    expect((await get(team.ids.field2, saved.thumbnail_url)).statusCode).toBe(404);
    expect(await photosOf(team.ids.field2, entryId)).toEqual([]);
    expect(await photosOf(team.ids.manager1, entryId)).toHaveLength(1);
  });

  it('keeps only the time when asked, read in the technician’s timezone', async () => {
    const response = await upload(
      team.ids.field1,
      work.work.field1.entryId,
      await phonePhoto(800, 600),
      '?keep_time=true',
    );
    expect(response.statusCode).toBe(201);
    // 14:05:09 in Berlin in November is 13:05:09 UTC.
    expect(new Date(response.json().taken_at).toISOString()).toBe('2026-11-20T13:05:09.000Z');
    const photo = await get(team.ids.field1, response.json().url);
    const exif = (await sharp(photo.rawPayload).metadata()).exif as Buffer;
    expect(exif.toString('latin1')).toContain('2026:11:20 14:05:09');
    expect(exif.toString('latin1')).not.toContain('PhoneCo');
    expect(exifIfd0Tags(exif)).not.toContain(GPS_IFD_TAG);
  });

  it('hides the photos with a deleted entry and shows them again when it is restored', async () => {
    const entryId = work.work.field1.entryId;
    const [first] = await photosOf(team.ids.field1, entryId);
    await team.as('field1', 'delete from api.ticket_entries where entry_id = $1', [entryId]);
    expect((await get(team.ids.field1, first.url)).statusCode).toBe(404);
    expect((await get(team.ids.manager1, first.url)).statusCode).toBe(404);
    expect(await photosOf(team.ids.manager1, entryId)).toEqual([]);
    const refused = await upload(team.ids.field1, entryId, await phonePhoto(400, 300));
    expect(refused.statusCode).toBe(403);

    await team.as('admin1', 'select api.restore_ticket_entry($1)', [entryId]);
    expect((await get(team.ids.field1, first.url)).statusCode).toBe(200);
  });

  it('lets the author remove a photo, not another technician', async () => {
    const entryId = work.work.field1.entryId;
    const [photo] = await photosOf(team.ids.field1, entryId);
    const byOther = await app.inject({
      method: 'DELETE',
      url: `/api/entry_photos?photo_id=eq.${photo.photo_id}`,
      headers: await bearer(team.ids.field2),
    });
    expect(await photosOf(team.ids.field1, entryId)).toHaveLength(2);
    expect(byOther.statusCode).toBeLessThan(500);
    const byAuthor = await app.inject({
      method: 'DELETE',
      url: `/api/entry_photos?photo_id=eq.${photo.photo_id}`,
      headers: await bearer(team.ids.field1),
    });
    expect(byAuthor.statusCode).toBe(204);
    expect(await photosOf(team.ids.field1, entryId)).toHaveLength(1);
    expect((await get(team.ids.field1, photo.url)).statusCode).toBe(404);
  });

  it('refuses hostile and unauthorized uploads with a clear error, storing nothing', async () => {
    const before = await storedFiles();
    const mine = work.work.field1.entryId;
    const others = await upload(team.ids.field2, mine, await phonePhoto(400, 300));
    expect(others.statusCode).toBe(403);
    expect(others.json().code).toBe('forbidden');
    expect((await upload(team.ids.field1, 999999999, await phonePhoto(400, 300))).statusCode).toBe(
      403,
    );
    expect((await upload(team.ids.field1, 'abc', await phonePhoto(400, 300))).statusCode).toBe(400);
    expect(
      (await upload(team.ids.field1, mine, await phonePhoto(400, 300), '?keep_time=maybe'))
        .statusCode,
    ).toBe(400);

    const exe = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(2000, 0x90)]);
    const renamed = await upload(team.ids.field1, mine, exe);
    expect(renamed.statusCode).toBe(415);
    const bomb = await sharp({
      create: { width: 5000, height: 5000, channels: 3, background: '#fff' },
    })
      .png({ compressionLevel: 9 })
      .toBuffer();
    const bombed = await upload(team.ids.field1, mine, bomb);
    expect(bombed.statusCode).toBe(422);
    expect(bombed.json().code).toBe('image_too_large');
    const truncated = await upload(team.ids.field1, mine, (await phonePhoto()).subarray(0, 700));
    expect(truncated.json().code).toBe('unreadable_image');
    const huge = Buffer.concat([await phonePhoto(400, 300), Buffer.alloc(4 * 1024 * 1024)]);
    expect((await upload(team.ids.field1, mine, huge)).statusCode).toBe(413);

    const anonymous = await app.inject({ method: 'POST', url: `/files/entries/${mine}/photos` });
    expect(anonymous.statusCode).toBe(401);
    const empty = await app.inject({
      method: 'POST',
      url: `/files/entries/${mine}/photos`,
      headers: { ...(await bearer(team.ids.field1)), 'content-type': 'application/json' },
      payload: '{}',
    });
    expect(empty.statusCode).toBeGreaterThanOrEqual(400);
    expect(empty.statusCode).toBeLessThan(500);
    expect(await storedFiles()).toEqual(before);
  });
});
