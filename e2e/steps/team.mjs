// Browser suites for the statistics and team pages. Each suite runs in a browser of its own
// (see journey.mjs). Figures are checked against work logged through the API in this run and
// summed here independently: numbers, not "a chart rendered".
import assert from 'node:assert/strict';
import { apiSignIn } from '../lib/api-client.mjs';
import { DEMO } from '../lib/demo.mjs';

// eva is a seeded field technician no other suite logs work as; ria only looks.
const EVA = 'eva@example.com';
const RIA = 'ria@example.com';
// A month of long ago that only these suites fill, so the figures are all ours.
const RANGE = { from: '2001-03-01', to: '2001-03-31' };

const minutes = (t) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));
/** Hours of rows with start and end times, summed in minutes, as "x.xx". */
function hoursOf(rows, start, end) {
  const total = rows.reduce((sum, r) => sum + minutes(r[end]) - minutes(r[start]), 0);
  return (total / 60).toFixed(2);
}

async function logJob(as, { ticketId, name, date, start, end, followup = false }) {
  const [row] = await as('/ticket_entries', {
    method: 'POST',
    body: JSON.stringify({
      ticket_id: ticketId,
      job_name: name,
      job_date: date,
      job_start_time: start,
      job_end_time: end,
      job_followup_required: followup,
    }),
  });
  return row.entry_id;
}

async function newTicket(as, number) {
  const [building] = await as(
    '/buildings?select=building_id,building_name&order=building_id&limit=1',
  );
  const [ticket] = await as('/tickets', {
    method: 'POST',
    body: JSON.stringify({ ticket_number: number, building_id: building.building_id }),
  });
  return { ticketId: ticket.ticket_id, building: building.building_name };
}

/** The cells of the table row whose header is `rowHeader`, in the table captioned `caption`. */
async function tableRow(page, caption, rowHeader) {
  const table = page.getByRole('table', { name: caption });
  await table.waitFor({ state: 'attached' });
  const row = table
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: rowHeader, exact: true }) });
  return row.getByRole('cell').allInnerTexts();
}

async function openTable(page, title) {
  await page.getByText(`Table of ${title.toLowerCase()}`, { exact: true }).click();
}

function todayIn(timeZone) {
  return new Intl.DateTimeFormat('en-CA', { timeZone }).format(new Date());
}

export function teamSuites({ server, go, visit, signIn, newPage, stamp }) {
  const known = {
    evaJobs: '',
    evaTasks: '',
    evaDay: '',
    teamJobs: '',
    building: '',
    evaBuildingEntries: 0,
  };
  const today = { date: todayIn('America/Los_Angeles'), evaJob: '', evaJobId: 0, miaJobId: 0 };

  const statistics = {
    name: 'team-statistics',
    steps: [
      [
        'eva and mia log known work in a month of their own, through the API',
        async () => {
          const asEva = await apiSignIn(server, EVA);
          const asMia = await apiSignIn(server, DEMO.manager);
          const { ticketId, building } = await newTicket(asEva, `ST-${stamp}`.toUpperCase());
          known.building = building;
          await logJob(asEva, {
            ticketId,
            name: 'Stats A',
            date: '2001-03-05',
            start: '08:00',
            end: '10:30',
          });
          await logJob(asEva, {
            ticketId,
            name: 'Stats B',
            date: '2001-03-07',
            start: '09:15',
            end: '10:00',
          });
          await asEva('/ticket_misc_entries', {
            method: 'POST',
            body: JSON.stringify({
              misc_name: 'Stats task',
              misc_start_date: '2001-03-05',
              misc_start_time: '13:00',
              misc_end_time: '13:30',
            }),
          });
          const mia = await newTicket(asMia, `SM-${stamp}`.toUpperCase());
          await logJob(asMia, {
            ticketId: mia.ticketId,
            name: 'Stats M',
            date: '2001-03-06',
            start: '07:00',
            end: '08:00',
          });
          // The expected figures, from the rows themselves: eva reads her own, mia everyone's.
          const range = `gte.${RANGE.from}&job_date=lte.${RANGE.to}`;
          const evaRows = await asEva(
            `/ticket_entries?select=job_date,job_start_time,job_end_time&user_id=eq.${await myId(asEva)}&job_date=${range}`,
          );
          known.evaJobs = hoursOf(evaRows, 'job_start_time', 'job_end_time');
          known.evaBuildingEntries = evaRows.length;
          known.evaDay = hoursOf(
            evaRows.filter((r) => r.job_date === '2001-03-05'),
            'job_start_time',
            'job_end_time',
          );
          const evaTasks = await asEva(
            `/ticket_misc_entries?select=misc_start_time,misc_end_time&user_id=eq.${await myId(asEva)}&misc_start_date=gte.${RANGE.from}&misc_start_date=lte.${RANGE.to}`,
          );
          known.evaTasks = hoursOf(evaTasks, 'misc_start_time', 'misc_end_time');
          const allRows = await asMia(
            `/ticket_entries?select=job_start_time,job_end_time&job_date=${range}`,
          );
          known.teamJobs = hoursOf(allRows, 'job_start_time', 'job_end_time');
          assert.ok(
            Number(known.evaJobs) >= 3.25 && Number(known.teamJobs) > Number(known.evaJobs),
          );
        },
      ],
      [
        'my statistics show exactly eva’s hours, per day and per building, in the tables',
        async (page) => {
          await signIn(page, EVA);
          await go(page, `/stats?from=${RANGE.from}&to=${RANGE.to}`);
          await assertFigure(page, 'stats-jobs-hours', known.evaJobs);
          await assertFigure(page, 'stats-tasks-hours', known.evaTasks);
          await openTable(page, 'Hours per day');
          const day = await tableRow(page, 'Hours per day', 'Mon, 5 Mar 2001');
          assert.equal(day[0], known.evaDay);
          await openTable(page, 'Entries per building');
          const building = await tableRow(page, 'Entries per building', known.building);
          assert.equal(building[0], String(known.evaBuildingEntries));
          await visit(page, 'stats-mine');
        },
      ],
      [
        'a quick range and a reversed range: the address follows, the mistake is explained',
        async (page) => {
          await page.getByRole('button', { name: 'This year' }).click();
          await page.waitForURL((url) => url.searchParams.get('from')?.endsWith('-01-01') ?? false);
          await page.getByLabel('From', { exact: true }).fill('2001-03-31');
          await page.getByLabel('To', { exact: true }).fill('2001-03-01');
          await page
            .getByRole('alert')
            .filter({ hasText: 'The start date is after the end date.' })
            .waitFor();
        },
      ],
      [
        'team statistics show the whole team’s hours to a field user',
        async (page) => {
          await go(page, `/team/stats?from=${RANGE.from}&to=${RANGE.to}`);
          await assertFigure(page, 'stats-jobs-hours', known.teamJobs);
          await openTable(page, 'Hours per member');
          const eva = await tableRow(page, 'Hours per member', 'eva');
          assert.deepEqual(eva.slice(0, 2), [known.evaJobs, known.evaTasks]);
          await visit(page, 'stats-team');
        },
      ],
    ],
  };

  const views = {
    name: 'team-views',
    steps: [
      [
        'eva logs a job needing a follow-up today and mia a job of her own, through the API',
        async () => {
          const asEva = await apiSignIn(server, EVA);
          const asMia = await apiSignIn(server, DEMO.manager);
          const eva = await newTicket(asEva, `TV-${stamp}`.toUpperCase());
          today.evaJob = `Team view ${stamp}`;
          today.evaJobId = await logJob(asEva, {
            ticketId: eva.ticketId,
            name: today.evaJob,
            date: today.date,
            start: '06:00',
            end: '07:15',
            followup: true,
          });
          const mia = await newTicket(asMia, `TM-${stamp}`.toUpperCase());
          today.miaJobId = await logJob(asMia, {
            ticketId: mia.ticketId,
            name: `Manager job ${stamp}`,
            date: today.date,
            start: '05:00',
            end: '05:30',
          });
        },
      ],
      [
        'a field user’s team overview: everyone’s whereabouts, only her own follow-ups',
        async (page) => {
          await signIn(page, EVA);
          await go(page, '/team');
          const today_ = page.getByRole('list', { name: 'Who is working where today' });
          await today_.getByText('eva', { exact: true }).waitFor();
          await today_.getByText('mia', { exact: true }).waitFor();
          await page.locator(`a[href="/jobs/${today.evaJobId}"]`).waitFor();
          const week = await tableRow(page, /^Hours from/, 'eva');
          assert.ok(Number(week[2]) >= 1.25, `eva's week total ${week[2]}`);
          await page
            .getByRole('navigation', { name: 'Team pages' })
            .getByRole('link', { name: 'Dailies' })
            .click();
          await page.getByRole('heading', { name: 'Team dailies' }).waitFor();
          await visit(page, 'team-overview-field');
        },
      ],
      [
        'a field user’s team dailies: her job by name, the manager’s only as where and when',
        async (page) => {
          await go(page, `/team/dailies?date=${today.date}`);
          const evaList = page.getByRole('list', { name: 'Work of eva' });
          await evaList.getByRole('link', { name: today.evaJob }).waitFor();
          const miaList = page.getByRole('list', { name: 'Work of mia' });
          await miaList.getByText('05:00–05:30').waitFor();
          assert.equal(
            await miaList.getByRole('link').count(),
            0,
            'mia’s job is not eva’s to open',
          );
          assert.equal(await page.getByText(`Manager job ${stamp}`).count(), 0);
          await visit(page, 'team-dailies-field');
        },
      ],
      [
        'another field user does not see eva’s follow-up; the manager mia does, and her job names',
        async () => {
          const ria = await newPage();
          await signIn(ria, RIA);
          await go(ria, '/team');
          await ria.getByRole('heading', { name: 'Open follow-ups' }).waitFor();
          await ria
            .getByRole('list', { name: 'Who is working where today' })
            .getByText('eva', { exact: true })
            .waitFor();
          await ria.getByRole('table', { name: /^Hours from/ }).waitFor();
          await ria.getByText(/(No|\d+) open follow-ups?/).waitFor();
          assert.equal(await ria.locator(`a[href="/jobs/${today.evaJobId}"]`).count(), 0);
          const page = await newPage();
          await signIn(page, DEMO.manager);
          await go(page, '/team');
          await page.locator(`a[href="/jobs/${today.evaJobId}"]`).waitFor();
          await visit(page, 'team-overview-manager');
          await go(page, `/team/dailies?date=${today.date}`);
          await page
            .getByRole('list', { name: 'Work of eva' })
            .getByRole('link', { name: today.evaJob })
            .waitFor();
          await page
            .getByRole('list', { name: 'Work of mia' })
            .getByRole('link', { name: `Manager job ${stamp}` })
            .waitFor();
          await visit(page, 'team-dailies-manager');
        },
      ],
    ],
  };
  return [statistics, views];
}

async function myId(as) {
  const [row] = await as('/users?select=user_id&alias=eq.eva');
  return row.user_id;
}

async function assertFigure(page, testId, expected) {
  const figure = page.getByTestId(testId);
  const deadline = Date.now() + 10_000;
  let text = '';
  while (Date.now() < deadline) {
    text = ((await figure.textContent()) ?? '').replace(/\s+/g, ' ').trim();
    if (text === expected) return;
    await page.waitForTimeout(200);
  }
  assert.equal(text, expected, testId);
}
