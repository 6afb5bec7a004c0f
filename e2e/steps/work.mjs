// The work itself: a ticket and a job with devices, editing in place, moving, live lists,
// a task, the daily total and its copy, deleting with undo.
import assert from 'node:assert/strict';

/** Signs the person in from "another device" (this script) and lists their sessions. */
async function signInElsewhere(server, person, device) {
  const login = await fetch(`${server.baseUrl}/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: person.email, password: person.password, device_info: device }),
  });
  assert.equal(login.status, 200);
  const { access_token: token } = await login.json();
  const auth = { Authorization: `Bearer ${token}` };
  const listed = await (await fetch(`${server.baseUrl}/auth/sessions`, { headers: auth })).json();
  return {
    sessions: Array.isArray(listed) ? listed : listed.sessions,
    async revoke(id) {
      const response = await fetch(`${server.baseUrl}/auth/sessions/${id}`, {
        method: 'DELETE',
        headers: auth,
      });
      assert.ok(response.ok, `revoking a session: ${response.status}`);
    },
  };
}

export function workSteps(ctx) {
  const { server, go, visit, ticketNumber, state, person } = ctx;
  return [
    [
      'a new ticket and a job entry with devices',
      async (page) => {
        await go(page, '/jobs/new');
        await page.getByLabel('Ticket number').fill(ticketNumber);
        const building = page.getByLabel(`Building of new ticket #${ticketNumber}`);
        await building.waitFor();
        await building.selectOption({ label: 'Harbor Medical Center' });
        await page.getByLabel('AHU-1 (air handler)').waitFor();
        await page.getByLabel('Job name').fill('Replace belts');
        state.jobDate = await page.getByLabel('Date').inputValue();
        await page.getByLabel('Start time').fill('08:00');
        await page.getByLabel('End time').fill('10:30');
        await page.getByLabel('Description').fill('Both supply fans');
        await page.getByLabel('Materials needed').fill('2 belts B-52');
        await page.getByLabel('AHU-1 (air handler)').check();
        await page.getByLabel('AHU-2 (air handler)').check();
        await visit(page, 'job-new');
        await page.getByRole('button', { name: 'Save job' }).click();
        await page.waitForURL(/\/jobs\/\d+$/);
        state.entryUrl = new URL(page.url()).pathname;
        // Devices are linked in a second request, which the database already counts as a
        // change; the flag is checked after the in-place edit below.
        await page
          .getByText(/since creation|after creation/)
          .first()
          .waitFor();
        await page.getByText(/Alert open: materials needed/).waitFor();
        // The links load after the entry: wait until both boxes show as ticked.
        for (const device of ['AHU-1 (air handler)', 'AHU-2 (air handler)']) {
          await page.getByLabel(device).and(page.locator(':checked')).waitFor();
        }
      },
    ],
    [
      'editing in place: Escape cancels, Enter saves, the changed flag appears',
      async (page) => {
        await page.getByRole('button', { name: /^Job name Replace belts/ }).click();
        const input = page.getByRole('textbox', { name: 'Job name' });
        await input.fill('Something else');
        await input.press('Escape');
        await page.getByRole('button', { name: /^Job name Replace belts/ }).waitFor();
        await page.getByRole('button', { name: /^Job name Replace belts/ }).click();
        await input.fill('Replace belts and bearings');
        await input.press('Enter');
        await page.getByRole('button', { name: /^Job name Replace belts and bearings/ }).waitFor();
        await page.getByText('Changed after creation', { exact: true }).waitFor();
        await page.reload();
        await page.getByRole('button', { name: /^Job name Replace belts and bearings/ }).waitFor();
        await page.getByText('Changed after creation', { exact: true }).waitFor();
        await visit(page, 'job');
      },
    ],
    [
      'a session ended elsewhere: sign in again on top of the page, the typed text survives',
      async (page) => {
        await go(page, state.entryUrl);
        await page.getByRole('button', { name: /^Materials used/ }).click();
        const field = page.getByRole('textbox', { name: 'Materials used' });
        await field.fill('Belt dressing');
        // Another device signs in and ends this browser's session.
        const office = await signInElsewhere(server, person, 'Office PC');
        for (const session of office.sessions.filter((s) => !s.is_current)) {
          await office.revoke(session.session_id);
        }
        await field.press('Enter');
        const dialog = page.getByRole('dialog', { name: 'Your session has ended' });
        await dialog.waitFor();
        await visit(page, 'session-expired');
        await dialog.getByLabel('Password').fill(person.password);
        await dialog.getByRole('button', { name: 'Sign in' }).click();
        await dialog.waitFor({ state: 'detached' });
        assert.equal(await field.inputValue(), 'Belt dressing');
        await field.press('Enter');
        await page.getByRole('button', { name: /^Materials used Belt dressing/ }).waitFor();
        await office.revoke(office.sessions.find((s) => s.is_current).session_id);
      },
    ],
    [
      'moving the job to a ticket in another building is refused in words',
      async (page) => {
        await page.getByRole('button', { name: 'Change ticket' }).click();
        await page.getByLabel('Ticket number').fill(`${ticketNumber}-B`);
        const building = page.getByLabel(`Building of new ticket #${ticketNumber}-B`);
        await building.waitFor();
        await building.selectOption({ label: 'Northgate School' });
        await page.getByRole('button', { name: 'Move to this ticket' }).click();
        await page
          .getByRole('alert')
          .filter({ hasText: /devices of another building/ })
          .waitFor();
        await page.getByRole('button', { name: 'Cancel' }).click();
        await page.getByText(`Ticket #${ticketNumber} — Harbor Medical Center`).waitFor();
      },
    ],
    [
      'the jobs list shows the entry, and follows an edit made on another tab live',
      async (page) => {
        await go(page, '/jobs');
        await page.getByRole('link', { name: 'Replace belts and bearings' }).waitFor();
        await visit(page, 'jobs');
        const other = await page.context().newPage();
        try {
          await other.goto(`${server.baseUrl}${state.entryUrl}`);
          await other.getByRole('button', { name: /^Job name Replace belts and bearings/ }).click();
          const input = other.getByRole('textbox', { name: 'Job name' });
          await input.fill('Replace belts and bearings (both fans)');
          await input.press('Enter');
          await other.getByRole('button', { name: /\(both fans\)/ }).waitFor();
        } finally {
          await other.close();
        }
        // No reload here: the change hint from /ws makes the list read it again.
        await page.getByRole('link', { name: 'Replace belts and bearings (both fans)' }).waitFor();
      },
    ],
    [
      'a misc task, and the daily view totals both',
      async (page) => {
        await go(page, '/tasks');
        await page.getByLabel('Task', { exact: true }).fill('Stores run');
        await page.getByLabel('Date').fill(state.jobDate);
        await page.getByLabel('Start').fill('11:00');
        await page.getByLabel('End').fill('11:45');
        await page.getByRole('button', { name: 'Add' }).click();
        await page.getByRole('link', { name: 'Stores run' }).waitFor();
        await visit(page, 'tasks');
        await page.getByRole('link', { name: 'Stores run' }).click();
        await page.getByRole('button', { name: /^Task Stores run/ }).waitFor();
        await visit(page, 'task');
        await go(page, `/dailies?date=${state.jobDate}`);
        await page.getByRole('link', { name: 'Replace belts and bearings' }).waitFor();
        await page.getByRole('link', { name: 'Stores run' }).waitFor();
        assert.equal((await page.getByTestId('daily-total').textContent())?.trim(), '3 h 15 min');
        await page.getByRole('button', { name: 'Copy day as text' }).click();
        await page.getByText('Copied to the clipboard.').waitFor();
        const copied = await page.evaluate(() => navigator.clipboard.readText());
        assert.match(copied, /08:00–10:30 {2}Replace belts and bearings.*\[#E2E-/);
        assert.match(copied, /Total: 3 h 15 min \(3\.25 h\)/);
        await visit(page, 'dailies');
      },
    ],
    [
      'deleting a job can be undone',
      async (page) => {
        await go(page, state.entryUrl);
        await page.getByRole('button', { name: 'Delete job' }).click();
        await page.waitForURL(/\/jobs$/);
        await page.getByRole('button', { name: 'Undo' }).click();
        await page.getByText('Job restored.').waitFor();
        await page.waitForURL(new RegExp(`${state.entryUrl}$`));
        await page.getByRole('button', { name: /^Job name Replace belts and bearings/ }).waitFor();
      },
    ],
  ];
}
