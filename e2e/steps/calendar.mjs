// Browser suites for the calendar pages. Each suite runs in a browser of its own (see journey.mjs).
// A field technician drags their own job to another day and time with the mouse, the move is
// read back through the API, and Undo restores it; on the team calendar other people's work
// cannot be moved; a phone gets the list view.
import assert from 'node:assert/strict';
import { apiSignIn } from '../lib/api-client.mjs';
import { DEMO } from '../lib/demo.mjs';

// sam is a seeded field technician no other suite signs in as.
const SAM = 'sam@example.com';
// Demo users keep the default preferred timezone.
const SAM_TIMEZONE = 'America/Los_Angeles';

/** Today's date in `timeZone`, and a day in the same Monday-first week beside it. */
function todayAndNeighbour(timeZone) {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone }).format(new Date());
  const date = new Date(`${today}T00:00:00Z`);
  // On a Sunday the next day would be in the following week: move back a day instead.
  const step = date.getUTCDay() === 0 ? -1 : 1;
  date.setUTCDate(date.getUTCDate() + step);
  return { today, neighbour: date.toISOString().slice(0, 10) };
}

/** Presses on `locator`, moves past the drag threshold, then to (x, y), and lets go. */
async function dragTo(page, locator, x, y) {
  const box = await locator.boundingBox();
  assert.ok(box, 'the event to drag is on screen');
  const startX = box.x + box.width / 2;
  const startY = box.y + 6;
  await page.mouse.move(startX, startY);
  await page.mouse.down();
  await page.mouse.move(startX + 8, startY + 8, { steps: 4 });
  await page.mouse.move(x, y + 6, { steps: 15 });
  await page.mouse.up();
  return { dx: x - box.x, dy: y - box.y };
}

async function waitFor(read, expected, message) {
  const deadline = Date.now() + 10_000;
  let last;
  while (Date.now() < deadline) {
    last = await read();
    if (JSON.stringify(last) === JSON.stringify(expected)) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  assert.deepEqual(last, expected, message);
}

export function calendarSuites({ server, go, visit, signIn, stamp }) {
  const job = { name: `Calendar drag ${stamp}`, id: 0 };
  const { today, neighbour } = todayAndNeighbour(SAM_TIMEZONE);
  let asSam;
  const readJob = async () => {
    const [row] = await asSam(
      `/ticket_entries?entry_id=eq.${job.id}&select=job_date,job_start_time,job_end_time`,
    );
    return row;
  };

  return [
    {
      name: 'calendar-drag',
      steps: [
        [
          'a technician has a job at 18:00 today (made through the API)',
          async () => {
            asSam = await apiSignIn(server, SAM);
            const [building] = await asSam('/buildings?select=building_id&limit=1');
            const [ticket] = await asSam('/tickets', {
              method: 'POST',
              body: JSON.stringify({
                ticket_number: `CAL-${stamp}`.toUpperCase(),
                building_id: building.building_id,
              }),
            });
            const [entry] = await asSam('/rpc/create_ticket_entry', {
              method: 'POST',
              body: JSON.stringify({
                entry: {
                  ticket_id: ticket.ticket_id,
                  job_name: job.name,
                  job_date: today,
                  job_start_time: '18:00',
                  job_end_time: '19:00',
                },
                device_ids: [],
              }),
            });
            job.id = entry.entry_id;
          },
        ],
        [
          'the calendar opens in week view with the job in its place',
          async (page) => {
            await signIn(page, SAM);
            await go(page, '/calendar');
            await page.getByRole('button', { name: 'Week', pressed: true }).waitFor();
            const event = page.locator('.fc-timegrid-event', { hasText: job.name });
            await event.waitFor();
            assert.match(await event.getAttribute('class'), /fc-event-draggable/);
            assert.equal(
              await page
                .locator(`td.fc-timegrid-col[data-date="${today}"] .fc-timegrid-event`, {
                  hasText: job.name,
                })
                .count(),
              1,
            );
            await visit(page, 'calendar');
          },
        ],
        [
          'dragging the job with the mouse to another day, an hour later, saves the move',
          async (page) => {
            const event = page.locator('.fc-timegrid-event', { hasText: job.name });
            await event.scrollIntoViewIfNeeded();
            const six = await page
              .locator('td.fc-timegrid-slot-lane[data-time="18:00:00"]')
              .boundingBox();
            const seven = await page
              .locator('td.fc-timegrid-slot-lane[data-time="19:00:00"]')
              .boundingBox();
            const column = await page
              .locator(`td.fc-timegrid-col[data-date="${neighbour}"]`)
              .boundingBox();
            const box = await event.boundingBox();
            await dragTo(page, event, column.x + column.width / 2, box.y + (seven.y - six.y));
            await page.getByText(`“${job.name}” moved to`).waitFor();
            await waitFor(
              readJob,
              { job_date: neighbour, job_start_time: '19:00:00', job_end_time: '20:00:00' },
              'the API has the new day and times',
            );
            await page
              .locator(`td.fc-timegrid-col[data-date="${neighbour}"] .fc-timegrid-event`, {
                hasText: job.name,
              })
              .waitFor();
          },
        ],
        [
          'Undo in the message puts the job back',
          async (page) => {
            await page.getByRole('button', { name: 'Undo' }).click();
            await page.getByText(`“${job.name}” is back at`).waitFor();
            await waitFor(
              readJob,
              { job_date: today, job_start_time: '18:00:00', job_end_time: '19:00:00' },
              'the API has the old day and times again',
            );
            await page
              .locator(`td.fc-timegrid-col[data-date="${today}"] .fc-timegrid-event`, {
                hasText: job.name,
              })
              .waitFor();
          },
        ],
        [
          'clicking the job opens its page, and Back returns to the same view',
          async (page) => {
            await page.getByRole('button', { name: 'Month' }).click();
            await page.getByRole('button', { name: 'Month', pressed: true }).waitFor();
            await page.waitForURL(/view=dayGridMonth/);
            await page.locator('.fc-daygrid-event', { hasText: job.name }).click();
            await page.waitForURL(new RegExp(`/jobs/${job.id}$`));
            await page.getByRole('heading', { name: 'Job', exact: true }).waitFor();
            await page.goBack();
            await page.getByRole('button', { name: 'Month', pressed: true }).waitFor();
            await page.locator('.fc-daygrid-event', { hasText: job.name }).waitFor();
          },
        ],
      ],
    },
    {
      name: 'calendar-team',
      steps: [
        [
          'the team calendar shows everyone, and other people’s work cannot be dragged',
          async (page) => {
            await signIn(page, SAM);
            await go(page, '/team/calendar');
            await page.getByRole('heading', { name: 'Colours' }).waitFor();
            // Last week is a full week of the seeded team's work.
            await page.getByRole('button', { name: 'Previous week' }).click();
            const others = page.locator('.fc-event.calendar-event-other');
            await others.first().waitFor();
            assert.equal(
              await page.locator('.fc-event.calendar-event-other.fc-event-draggable').count(),
              0,
              'no one else’s event is draggable',
            );
            assert.equal(
              await page.locator('.fc-event.calendar-event-other[href]').count(),
              0,
              'a technician cannot open other people’s jobs, so they are not links',
            );
            const other = page.locator('.fc-timegrid-event.calendar-event-other').first();
            const title = await other.locator('.fc-event-title').textContent();
            const before = await other.boundingBox();
            await dragTo(page, other, before.x + before.width / 2 + 120, before.y + 80);
            await page.waitForTimeout(500);
            const after = await page
              .locator('.fc-timegrid-event.calendar-event-other', { hasText: title })
              .first()
              .boundingBox();
            assert.deepEqual(after, before, 'the other person’s event stayed where it was');
            assert.equal(await page.getByText(/moved to/).count(), 0);
          },
        ],
        [
          'filtering by person shows only that person’s work',
          async (page) => {
            // Someone who worked this week, as the calendar shows them ("lee: …").
            const first = await page
              .locator('.fc-event.calendar-event-other .fc-event-title')
              .first()
              .textContent();
            const alias = first.slice(0, first.indexOf(':'));
            const option = page.getByLabel('Person').locator('option', { hasText: `(${alias})` });
            await page.getByLabel('Person').selectOption(await option.getAttribute('value'));
            await page.waitForFunction((who) => {
              const titles = [...document.querySelectorAll('.fc-event .fc-event-title')].map(
                (el) => el.textContent ?? '',
              );
              return titles.length > 0 && titles.every((t) => t.startsWith(`${who}:`));
            }, alias);
            await page.getByLabel('Person').selectOption({ label: 'Everyone' });
            await visit(page, 'team-calendar');
          },
        ],
      ],
    },
    {
      name: 'calendar-manager',
      steps: [
        [
          'a manager sees the team’s jobs by name and can open them by keyboard, but not move them',
          async (page) => {
            await signIn(page, DEMO.manager);
            await go(page, '/team/calendar');
            await page.getByRole('button', { name: 'Previous week' }).click();
            const others = page.locator('.fc-timegrid-event.calendar-event-other[href^="/jobs/"]');
            await others.first().waitFor();
            assert.equal(
              await page.locator('.fc-event.calendar-event-other.fc-event-draggable').count(),
              0,
            );
            // The keyboard way in: focus the event and press Enter.
            await others.first().focus();
            await page.keyboard.press('Enter');
            await page.waitForURL(/\/jobs\/\d+$/);
            await page.getByRole('heading', { name: 'Job', exact: true }).waitFor();
          },
        ],
      ],
    },
    {
      name: 'calendar-phone',
      steps: [
        [
          'on a phone the calendar opens as a list',
          async (page) => {
            await page.setViewportSize({ width: 375, height: 800 });
            await signIn(page, 'ria@example.com');
            await go(page, '/calendar');
            await page.getByRole('button', { name: 'List', pressed: true }).waitFor();
            await page.locator('.fc-list').waitFor();
            await visit(page, 'calendar-list');
          },
        ],
      ],
    },
  ];
}
