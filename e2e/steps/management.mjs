// Browser suites for the management page. Each suite runs in a browser of its own (see journey.mjs).
import assert from 'node:assert/strict';
import { DEMO } from '../lib/demo.mjs';

/** A field user's own API session (as a phone would have), for preparing their work. */
async function apiAs(server, email) {
  const login = await fetch(`${server.baseUrl}/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password: DEMO.password, device_info: 'management e2e' }),
  });
  assert.equal(login.status, 200, `signing in ${email}`);
  const { access_token: token } = await login.json();
  return async (method, path, body) => {
    const response = await fetch(`${server.baseUrl}/api${path}`, {
      method,
      headers: {
        Authorization: `Bearer ${token}`,
        'Content-Type': 'application/json',
        Prefer: 'return=representation',
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    assert.ok(response.ok, `${method} ${path}: ${response.status} ${text}`);
    return text ? JSON.parse(text) : null;
  };
}

/** Mia watches the alerts while Tom, in another browser, logs a job that needs a follow-up. */
function liveAlertSteps(ctx) {
  const { go, visit, signIn, newPage, stamp } = ctx;
  const ticket = `MGT-${stamp}`.toUpperCase();
  const alertTitle = `Ticket ${ticket}: follow-up required`;
  return [
    [
      'a manager opens Management on the open job alerts',
      async (page) => {
        await signIn(page, DEMO.manager);
        await page.getByRole('link', { name: 'Management', exact: true }).click();
        await page.locator('#page-title', { hasText: 'Management' }).waitFor();
        await page.getByRole('list', { name: 'Job alerts' }).waitFor();
        await visit(page, 'management');
      },
    ],
    [
      'a field user’s new follow-up appears and is announced without a reload; she resolves it',
      async (page) => {
        const before = page.url();
        // Survives anything but a reload or a navigation to another document.
        await page.evaluate(() => {
          window.__managementStayed = true;
        });
        const tom = await newPage();
        try {
          await signIn(tom, DEMO.field);
          await go(tom, '/jobs/new');
          await tom.getByLabel('Ticket number').fill(ticket);
          const building = tom.getByLabel(`Building of new ticket #${ticket}`);
          await building.waitFor();
          await building.selectOption({ label: 'Riverside Office Park' });
          await tom.getByLabel('Job name').fill('Check damper actuator');
          await tom.getByLabel('Follow-up required').check();
          await tom.getByRole('button', { name: 'Save job' }).click();
          await tom.waitForURL(/\/jobs\/\d+$/);
        } finally {
          await tom.close();
        }
        const alerts = page.getByRole('list', { name: 'Job alerts' });
        await alerts.getByRole('link', { name: alertTitle }).waitFor();
        await page
          .getByRole('status')
          .filter({ hasText: `New job alert: ${alertTitle} (tom).` })
          .waitFor();
        assert.equal(await page.evaluate(() => window.__managementStayed), true, 'page reloaded');
        assert.equal(page.url(), before);
        await visit(page, 'management-new-alert');

        await page.getByRole('button', { name: `Resolve alert ${alertTitle} (tom)` }).click();
        await page.getByText(`Resolved: ${alertTitle}.`).waitFor();
        await alerts.getByRole('link', { name: alertTitle }).waitFor({ state: 'detached' });
        await page.getByLabel('Show').selectOption({ label: 'Resolved' });
        const resolved = page.getByRole('list', { name: 'Job alerts' }).getByRole('listitem');
        await resolved.filter({ hasText: alertTitle }).filter({ hasText: 'by mia' }).waitFor();
      },
    ],
  ];
}

/** Mia deletes one of Sam's entries with a reason, finds it on the deleted list, restores it. */
function moderationSteps(ctx) {
  const { server, go, visit, signIn, stamp } = ctx;
  const jobName = `Duplicate visit ${stamp}`;
  const reason = 'Logged twice by mistake';
  const state = { entryId: 0 };
  const row = (page) =>
    page
      .getByRole('list', { name: 'Job entries' })
      .getByRole('listitem')
      .filter({ hasText: jobName });
  return [
    [
      'a field user’s entry is listed for the manager',
      async (page) => {
        const sam = await apiAs(server, 'sam@example.com');
        const [building] = await sam('GET', '/buildings?building_name=eq.Northgate%20School');
        const [ticket] = await sam('POST', '/tickets', {
          ticket_number: `MOD-${stamp}`.toUpperCase(),
          building_id: building.building_id,
        });
        const [entry] = await sam('POST', '/ticket_entries', {
          ticket_id: ticket.ticket_id,
          job_name: jobName,
          job_date: new Date().toISOString().slice(0, 10),
        });
        state.entryId = entry.entry_id;
        await signIn(page, DEMO.manager);
        await go(page, '/management');
        await page.getByRole('link', { name: 'Job entries' }).click();
        await page.getByLabel('Person').selectOption({ label: 'sam — Sam Okafor' });
        await page.getByLabel('Building').selectOption({ label: 'Northgate School' });
        await row(page).getByRole('link', { name: jobName }).waitFor();
        await visit(page, 'management-entries');
      },
    ],
    [
      'deleting asks for a reason, then the entry leaves the list',
      async (page) => {
        await row(page)
          .getByRole('button', { name: `Delete job “${jobName}” of sam` })
          .click();
        const dialog = page.getByRole('dialog', { name: `Delete job “${jobName}”?` });
        await dialog.waitFor();
        await dialog.getByRole('button', { name: 'Delete job' }).click();
        await dialog.getByText('Say why it is deleted.').waitFor();
        await dialog.getByLabel('Reason').fill(reason);
        await visit(page, 'management-delete');
        await dialog.getByRole('button', { name: 'Delete job' }).click();
        await dialog.waitFor({ state: 'detached' });
        await page
          .getByText(`Deleted job “${jobName}” of sam. Reason recorded: ${reason}`)
          .waitFor();
        await row(page).waitFor({ state: 'detached' });
        // The row took the focus with it: the keyboard carries on from the section heading.
        await page.waitForFunction(() => document.activeElement?.textContent === 'Job entries');
      },
    ],
    [
      'the deleted list shows who deleted it and why',
      async (page) => {
        await page.getByLabel('Show').selectOption({ label: 'Deleted' });
        const deleted = row(page);
        await deleted.filter({ hasText: `by mia — reason: ${reason}` }).waitFor();
        await visit(page, 'management-deleted');
      },
    ],
    [
      'restoring brings it back; its job page’s history records the delete with its reason and the restore',
      async (page) => {
        await row(page)
          .getByRole('button', { name: `Restore job “${jobName}” of sam` })
          .click();
        await page.getByText(`Restored job “${jobName}”.`).waitFor();
        await row(page).waitFor({ state: 'detached' });
        await page.getByLabel('Show').selectOption({ label: 'All current' });
        await row(page).getByRole('link', { name: jobName }).click();
        await page.waitForURL(new RegExp(`/jobs/${state.entryId}$`));
        await page.getByRole('button', { name: new RegExp(`^Job name ${jobName}`) }).waitFor();
        // The job page's history lists the soft delete with its reason field, then the restore.
        await page.getByText(/soft_delete: .*deleted reason/).waitFor();
        await page.getByText(/restore: .*deleted reason/).waitFor();
      },
    ],
  ];
}

function notAllowedSteps(ctx) {
  const { go, visit, signIn } = ctx;
  return [
    [
      'a field user opening /management gets “Not allowed” and has no Management link',
      async (page) => {
        await signIn(page, DEMO.field);
        await page.getByRole('link', { name: 'Jobs', exact: true }).waitFor();
        assert.equal(await page.getByRole('link', { name: 'Management', exact: true }).count(), 0);
        await go(page, '/management');
        await page.locator('#page-title', { hasText: 'Not allowed' }).waitFor();
        await page.getByText('This page is for managers and administrators only.').waitFor();
        assert.equal(await page.getByRole('list', { name: 'Job alerts' }).count(), 0);
        await visit(page, 'management-not-allowed');
      },
    ],
  ];
}

export function managementSuites(ctx) {
  return [
    { name: 'management-live-alerts', steps: liveAlertSteps(ctx) },
    { name: 'management-moderation', steps: moderationSteps(ctx) },
    { name: 'management-not-allowed', steps: notAllowedSteps(ctx) },
  ];
}
