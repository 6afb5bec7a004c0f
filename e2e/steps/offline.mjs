// Technicians without signal: the app opens from the service worker, new jobs and edits wait
// on the device and reach the server in order when the network is back; a change made
// meanwhile elsewhere asks the technician to choose; photos are stored without their GPS.
import assert from 'node:assert/strict';
import sharp from 'sharp';
import { DEMO } from '../lib/demo.mjs';

const SAM = 'sam@example.com';
const EVA = 'eva@example.com';
const RIA = 'ria@example.com';
const BUILDING = 'Harbor Medical Center';

/** Another device of a person: the API with their own token (this script is never offline). */
async function deviceOf(server, email) {
  const login = await fetch(`${server.baseUrl}/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password: DEMO.password, device_info: 'offline e2e' }),
  });
  assert.equal(login.status, 200, `signing in ${email}`);
  const { access_token: token } = await login.json();
  const call = async (method, path, body) => {
    const response = await fetch(`${server.baseUrl}${path}`, {
      method,
      headers: {
        Authorization: `Bearer ${token}`,
        'Content-Type': 'application/json',
        Prefer: 'return=representation',
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return response;
  };
  const api = async (method, path, body) => {
    const response = await call(method, `/api${path}`, body);
    const text = await response.text();
    assert.ok(response.ok, `${method} ${path}: ${response.status} ${text}`);
    return text ? JSON.parse(text) : null;
  };
  return { call, api };
}

/** A ticket and one job entry of this person, made on their other device. */
async function jobOf(device, ticketNumber, jobName) {
  const [building] = await device.api(
    'GET',
    `/buildings?building_name=eq.${encodeURIComponent(BUILDING)}`,
  );
  const [ticket] = await device.api('POST', '/tickets', {
    ticket_number: ticketNumber,
    building_id: building.building_id,
  });
  const [entry] = await device.api('POST', '/ticket_entries', {
    ticket_id: ticket.ticket_id,
    job_name: jobName,
    job_date: new Date().toISOString().slice(0, 10),
  });
  return { ticket, entry };
}

/** The first visit installs the service worker; after a reload it answers the page's requests. */
async function underServiceWorker(page) {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
  await page.reload();
  await page.locator('#page-title').waitFor();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** Loads a page while online so its data is in the service worker's cache. */
async function warm(ctx, page, path, text) {
  await ctx.go(page, path);
  await page.getByText(text).first().waitFor();
  await page.waitForLoadState('networkidle');
}

export function offlineSuites(ctx) {
  const { server, go, visit, signIn, stamp } = ctx;
  const queued = { ticket: `OFF-${stamp}`.toUpperCase(), entryId: 0 };
  const conflict = { entryId: 0, device: null };
  const photo = { entryId: 0, device: null };
  return [
    {
      name: 'offline-queue',
      steps: [
        [
          'a field user loads the app online once; the service worker takes over',
          async (page) => {
            const device = await deviceOf(server, SAM);
            const { entry } = await jobOf(device, queued.ticket, 'Check panel');
            queued.entryId = entry.entry_id;
            queued.device = device;
            await signIn(page, SAM);
            await go(page, '/jobs');
            await underServiceWorker(page);
            await warm(ctx, page, `/jobs/${entry.entry_id}`, 'Check panel');
            await warm(ctx, page, '/jobs/new', 'Fill from an email');
            await page.getByLabel('Job name').waitFor();
            await warm(ctx, page, '/jobs', 'Check panel');
          },
        ],
        [
          'offline: two new jobs and an edit wait on the device',
          async (page) => {
            await page.context().setOffline(true);
            for (const name of ['Offline one', 'Offline two']) {
              await go(page, '/jobs/new');
              await page.getByLabel('Ticket number').fill(queued.ticket);
              const building = page.getByLabel(`Building of new ticket #${queued.ticket}`);
              await building.waitFor();
              await building.selectOption({ label: BUILDING });
              await page.getByLabel('Job name').fill(name);
              await page.getByLabel('Start time').fill('08:00');
              await page.getByRole('button', { name: 'Save job' }).click();
              await page.waitForURL(/\/jobs$/);
              const waiting = page.getByRole('list', { name: 'New jobs on this device' });
              await waiting.getByText(name).waitFor();
            }
            // A waiting new job is changed before it is ever sent; it keeps its place.
            await page.getByRole('link', { name: 'Change waiting job Offline two' }).click();
            await page.getByRole('heading', { name: 'Change waiting job' }).waitFor();
            const name = page.getByLabel('Job name');
            assert.equal(await name.inputValue(), 'Offline two');
            await name.fill('Offline two, changed');
            await page.getByRole('button', { name: 'Save job' }).click();
            await page.waitForURL(/\/jobs$/);
            await page
              .getByRole('list', { name: 'New jobs on this device' })
              .getByText('Offline two, changed')
              .waitFor();
            await go(page, `/jobs/${queued.entryId}`);
            await page.getByRole('button', { name: /^Job name Check panel/ }).click();
            const input = page.getByRole('textbox', { name: 'Job name' });
            await input.fill('Check panel again');
            await input.press('Enter');
            await page.getByRole('button', { name: /^Job name Check panel again/ }).waitFor();
            await page.getByText('Waiting to sync', { exact: true }).waitFor();
            await page
              .getByText('3 changes waiting to sync when the connection is back.')
              .waitFor();
          },
        ],
        [
          'a reload while still offline opens the app from the service worker, changes still waiting',
          async (page) => {
            await page.reload();
            await page.getByRole('button', { name: /^Job name Check panel again/ }).waitFor();
            await page.getByText('Waiting to sync', { exact: true }).waitFor();
            await go(page, '/jobs');
            const waiting = page.getByRole('list', { name: 'New jobs on this device' });
            await waiting.getByText('Offline one').waitFor();
            await waiting.getByText('Offline two, changed').waitFor();
            await visit(page, 'offline-queue');
          },
        ],
        [
          'back online, the changes reach the server in the order they were made',
          async (page) => {
            await page.context().setOffline(false);
            await page
              .getByRole('list', { name: 'New jobs on this device' })
              .waitFor({ state: 'detached', timeout: 20_000 });
            await page.getByRole('link', { name: 'Offline two, changed' }).waitFor();
            const rows = await queued.device.api(
              'GET',
              `/ticket_entries?ticket_id=eq.${(await ticketId(queued)).ticket_id}&order=entry_id`,
            );
            assert.deepEqual(
              rows.map((r) => r.job_name),
              ['Check panel again', 'Offline one', 'Offline two, changed'],
            );
            assert.equal(rows[1].job_start_time.slice(0, 5), '08:00');
            assert.ok(rows[1].created_at < rows[2].created_at, 'created in order');
          },
        ],
      ],
    },
    {
      name: 'offline-conflict',
      steps: [
        [
          'an edit made offline meets a change made meanwhile on another device',
          async (page) => {
            const device = await deviceOf(server, EVA);
            const { entry } = await jobOf(device, `CON-${stamp}`.toUpperCase(), 'Reset alarm');
            conflict.entryId = entry.entry_id;
            conflict.device = device;
            await signIn(page, EVA);
            await go(page, `/jobs/${entry.entry_id}`);
            await underServiceWorker(page);
            await page.getByRole('button', { name: /^Job name Reset alarm/ }).waitFor();
            await page.waitForLoadState('networkidle');
            await page.context().setOffline(true);
            await page.getByRole('button', { name: /^Job name Reset alarm/ }).click();
            const input = page.getByRole('textbox', { name: 'Job name' });
            await input.fill('Reset alarm, zone 4');
            await input.press('Enter');
            await page.getByText('Waiting to sync', { exact: true }).waitFor();
            await device.api('PATCH', `/ticket_entries?entry_id=eq.${entry.entry_id}`, {
              job_name: 'Reset alarm and panel',
            });
            await page.context().setOffline(false);
            const table = page.getByRole('table', { name: /changed elsewhere/ });
            await table.waitFor({ timeout: 20_000 });
            const row = table.getByRole('row', { name: /Job name/ });
            await row.getByText('Reset alarm, zone 4').waitFor();
            await row.getByText('Reset alarm and panel').waitFor();
            await visit(page, 'offline-conflict');
          },
        ],
        [
          'choosing "Edit" sends a version made from both, and nothing else is lost',
          async (page) => {
            await page.getByRole('button', { name: 'Edit', exact: true }).click();
            const field = page.getByRole('textbox', { name: 'Job name' }).last();
            await field.fill('Reset alarm and panel, zone 4');
            await page.getByRole('button', { name: 'Send this version' }).click();
            await page
              .getByRole('table', { name: /changed elsewhere/ })
              .waitFor({ state: 'detached' });
            await page
              .getByText(/waiting to sync|needs your choice/)
              .waitFor({ state: 'detached' });
            const [row] = await conflict.device.api(
              'GET',
              `/ticket_entries?entry_id=eq.${conflict.entryId}`,
            );
            assert.equal(row.job_name, 'Reset alarm and panel, zone 4');
            await page
              .getByRole('button', { name: /^Job name Reset alarm and panel, zone 4/ })
              .waitFor();
          },
        ],
      ],
    },
    {
      name: 'photos',
      steps: [
        [
          'a photo from the phone appears as a thumbnail and opens in a viewer',
          async (page) => {
            const device = await deviceOf(server, SAM);
            const { entry } = await jobOf(device, `PHO-${stamp}`.toUpperCase(), 'Label risers');
            photo.entryId = entry.entry_id;
            photo.device = device;
            await signIn(page, SAM);
            await go(page, `/jobs/${entry.entry_id}`);
            await page.getByText('No photos yet.').waitFor();
            const jpeg = await phoneJpeg();
            await page.getByLabel('Add photos from files').setInputFiles({
              name: 'riser.jpg',
              mimeType: 'image/jpeg',
              buffer: jpeg,
            });
            const thumbnail = page.getByRole('img', { name: /^Photo 1 of “Label risers”/ });
            await thumbnail.waitFor();
            await visit(page, 'photos');
            await page.getByRole('button', { name: /^Photo 1 of “Label risers”/ }).click();
            const dialog = page.getByRole('dialog', { name: 'Photo 1 of 1' });
            await dialog.getByRole('img', { name: /^Photo 1 of “Label risers”/ }).waitFor();
            await page.keyboard.press('Escape');
            await dialog.waitFor({ state: 'detached' });
          },
        ],
        [
          'the stored photo has no GPS; another field user cannot fetch it',
          async () => {
            const [stored] = await photo.device.api(
              'GET',
              `/entry_photos?entry_id=eq.${photo.entryId}`,
            );
            const own = await photo.device.call('GET', stored.url);
            assert.equal(own.status, 200);
            const metadata = await sharp(Buffer.from(await own.arrayBuffer())).metadata();
            assert.equal(metadata.exif, undefined, 'no EXIF block (so no GPS) is kept');
            const ria = await deviceOf(server, RIA);
            for (const url of [stored.url, stored.thumbnail_url]) {
              const other = await ria.call('GET', url);
              assert.ok([403, 404].includes(other.status), `${url} for ria: ${other.status}`);
            }
            const listed = await ria.api('GET', `/entry_photos?entry_id=eq.${photo.entryId}`);
            assert.deepEqual(listed, []);
          },
        ],
      ],
    },
  ];
}

async function ticketId(queued) {
  const [ticket] = await queued.device.api(
    'GET',
    `/tickets?ticket_number=eq.${encodeURIComponent(queued.ticket)}`,
  );
  return ticket;
}

/** A phone's JPEG: a camera, the time it was taken, and where (GPS). */
async function phoneJpeg() {
  const jpeg = await sharp({
    create: { width: 640, height: 480, channels: 3, background: '#c0392b' },
  })
    .jpeg()
    .withExif({
      IFD0: { Make: 'PhoneCo', Model: 'X1', DateTime: '2026:11:20 14:05:09' },
      IFD3: { GPSLatitudeRef: 'N', GPSLongitudeRef: 'E' },
    })
    .toBuffer();
  assert.ok((await sharp(jpeg).metadata()).exif, 'the test photo carries EXIF');
  return jpeg;
}
