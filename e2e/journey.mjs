// The technician's day, end to end, in a real browser against the real server:
// register → verify → sign in → ticket + job with devices → edit in place → changed flag →
// dailies total → tasks → delete and undo → sign out. Every page is checked with axe and
// photographed at two widths in both colour modes.
import assert from 'node:assert/strict';
import { checkPage } from './lib/browser.mjs';

const stamp = Date.now().toString(36);
const person = {
  name: 'Erin Tester',
  alias: `erin${stamp}`,
  email: `erin.${stamp}@example.com`,
  password: 'a long enough password',
};
const ticketNumber = `E2E-${stamp}`.toUpperCase();
// An 8×8 orange PNG for the profile picture upload.
const TINY_PNG =
  'iVBORw0KGgoAAAANSUhEUgAAAAgAAAAICAIAAABLbSncAAAAEklEQVR4nGP438CAFWEXHbQSAKmzX8FBxi1QAAAAAElFTkSuQmCC';

export function journey({ server, screenshotDir }) {
  const a11y = [];
  const visit = async (page, name) => {
    await page.waitForLoadState('networkidle');
    a11y.push(...(await checkPage(page, name, screenshotDir)));
  };
  const go = async (page, path) => {
    await page.goto(`${server.baseUrl}${path}`);
    await page.locator('#page-title').waitFor();
  };
  let jobDate = '';
  let entryUrl = '';

  return {
    a11y,
    steps: [
      [
        'public pages render and pass axe',
        async (page) => {
          await go(page, '/');
          assert.equal(await page.locator('h1').textContent(), 'Crewlog');
          await visit(page, 'main');
          await go(page, '/terms');
          await visit(page, 'terms');
          await go(page, '/contact');
          await visit(page, 'contact');
          await go(page, '/login');
          await visit(page, 'login');
        },
      ],
      [
        'keyboard: the skip link is the first stop and moves focus to the content',
        async (page) => {
          await go(page, '/');
          await page.keyboard.press('Tab');
          const focused = await page.evaluate(() => document.activeElement?.textContent);
          assert.equal(focused, 'Skip to main content');
          await page.keyboard.press('Enter');
          assert.equal(await page.evaluate(() => location.hash), '#main');
        },
      ],
      [
        'registration validates live and registers',
        async (page) => {
          await go(page, '/register');
          const password = page.getByLabel('Password (at least 8 characters)');
          await password.fill('short');
          await password.blur();
          await page.getByText('Use at least 8 characters.').waitFor();
          assert.equal(await password.getAttribute('aria-invalid'), 'true');
          await visit(page, 'register-invalid');
          await page.getByLabel('Full name').fill(person.name);
          await page.getByLabel(/^Alias/).fill(person.alias);
          await page.getByLabel('Email').fill(person.email);
          await password.fill(person.password);
          await page.getByLabel('Password again').fill(person.password);
          await page.getByLabel(/I agree/).check();
          await page.getByRole('button', { name: 'Create account' }).click();
          await page.getByText('Almost done').waitFor();
          await visit(page, 'register-done');
        },
      ],
      [
        'the verification link from the mail log confirms the address',
        async (page) => {
          const mail = await server.waitForMail(person.email, /verify\?token=/);
          const link = /(https?:\/\/\S+\/verify\?token=\S+)/.exec(mail.text)?.[1];
          assert.ok(link, `no link in: ${mail.text}`);
          await page.goto(link);
          await page.getByText('Your email address is confirmed').waitFor();
          await visit(page, 'verify');
        },
      ],
      [
        'repeated wrong passwords lock sign-in and say how long to wait',
        async (page) => {
          await go(page, '/login');
          const locked = page.getByText('Too many failed sign-ins');
          for (let attempt = 0; attempt < 8 && !(await locked.isVisible()); attempt++) {
            await page.getByLabel('Email').fill('jon@example.com');
            await page.getByLabel('Password').fill(`wrong ${attempt}`);
            // One attempt at a time: wait for the server's answer and for the form to show it.
            const answered = page.waitForResponse((r) => r.url().endsWith('/auth/login'));
            await page.getByRole('button', { name: 'Sign in', exact: true }).click();
            const status = (await answered).status();
            if (status === 429) break;
            await page.getByText('The email or password is not right').waitFor();
          }
          await locked.waitFor();
          assert.match(
            await page.locator('.alert-warning').textContent(),
            /Try again in \d+ minutes?/,
          );
          assert.equal(await page.getByRole('button', { name: 'Sign in' }).isDisabled(), true);
          await visit(page, 'login-locked');
        },
      ],
      [
        'a wrong password is explained; the right one signs in to the landing page',
        async (page) => {
          await go(page, '/login');
          await page.getByLabel('Email').fill(person.email);
          await page.getByLabel('Password').fill('not my password');
          await page.getByRole('button', { name: 'Sign in' }).click();
          await page.getByText('The email or password is not right').waitFor();
          await visit(page, 'login-error');
          await page.getByLabel('Password').fill(person.password);
          await page.getByRole('button', { name: 'Sign in' }).click();
          await page.waitForURL(/\/(dailies|jobs|profile|tasks|summary)/);
          await page.locator('#page-title').waitFor();
        },
      ],
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
          jobDate = await page.getByLabel('Date').inputValue();
          await page.getByLabel('Start time').fill('08:00');
          await page.getByLabel('End time').fill('10:30');
          await page.getByLabel('Description').fill('Both supply fans');
          await page.getByLabel('Materials needed').fill('2 belts B-52');
          await page.getByLabel('AHU-1 (air handler)').check();
          await page.getByLabel('AHU-2 (air handler)').check();
          await visit(page, 'job-new');
          await page.getByRole('button', { name: 'Save job' }).click();
          await page.waitForURL(/\/jobs\/\d+$/);
          entryUrl = new URL(page.url()).pathname;
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
          await page
            .getByRole('button', { name: /^Job name Replace belts and bearings/ })
            .waitFor();
          await page.getByText('Changed after creation', { exact: true }).waitFor();
          await page.reload();
          await page
            .getByRole('button', { name: /^Job name Replace belts and bearings/ })
            .waitFor();
          await page.getByText('Changed after creation', { exact: true }).waitFor();
          await visit(page, 'job');
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
            await other.goto(`${server.baseUrl}${entryUrl}`);
            await other
              .getByRole('button', { name: /^Job name Replace belts and bearings/ })
              .click();
            const input = other.getByRole('textbox', { name: 'Job name' });
            await input.fill('Replace belts and bearings (both fans)');
            await input.press('Enter');
            await other.getByRole('button', { name: /\(both fans\)/ }).waitFor();
          } finally {
            await other.close();
          }
          // No reload here: the change hint from /ws makes the list read it again.
          await page
            .getByRole('link', { name: 'Replace belts and bearings (both fans)' })
            .waitFor();
        },
      ],
      [
        'a misc task, and the daily view totals both',
        async (page) => {
          await go(page, '/tasks');
          await page.getByLabel('Task', { exact: true }).fill('Stores run');
          await page.getByLabel('Date').fill(jobDate);
          await page.getByLabel('Start').fill('11:00');
          await page.getByLabel('End').fill('11:45');
          await page.getByRole('button', { name: 'Add' }).click();
          await page.getByRole('link', { name: 'Stores run' }).waitFor();
          await visit(page, 'tasks');
          await page.getByRole('link', { name: 'Stores run' }).click();
          await page.getByRole('button', { name: /^Task Stores run/ }).waitFor();
          await visit(page, 'task');
          await go(page, `/dailies?date=${jobDate}`);
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
        'summary, profile, preferences and sessions',
        async (page) => {
          await go(page, '/summary');
          await page.getByText('Follow-ups still open').waitFor();
          await visit(page, 'summary');
          await go(page, '/profile');
          await page.getByText('Team this week').waitFor();
          await page.getByRole('rowheader', { name: person.alias }).waitFor();
          await visit(page, 'profile');
          await go(page, '/preferences');
          await page.getByLabel(/^Timezone \(/).waitFor();
          await page.getByLabel('Filter').fill('Chicago');
          await page.getByLabel(/^Timezone \(/).selectOption('America/Chicago');
          await page.getByLabel('Profile picture').setInputFiles({
            name: 'me.png',
            mimeType: 'image/png',
            buffer: Buffer.from(TINY_PNG, 'base64'),
          });
          await page.getByText('Picture updated.').waitFor();
          await page.getByAltText('Your current profile picture').waitFor();
          await page.getByLabel('High contrast').check();
          await page.getByRole('button', { name: 'Save preferences' }).click();
          await page.getByText('Saved.').waitFor();
          assert.equal(
            await page.evaluate(() => document.documentElement.hasAttribute('data-high-contrast')),
            true,
          );
          await visit(page, 'preferences-high-contrast');
          await page.getByLabel('High contrast').uncheck();
          await page.getByRole('button', { name: 'Save preferences' }).click();
          await page.getByText('Saved.').waitFor();
          await visit(page, 'preferences');
          // A second device signs in; this one can end that session.
          const other = await fetch(`${server.baseUrl}/auth/login`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify({
              email: person.email,
              password: person.password,
              device_info: 'Field tablet',
            }),
          });
          assert.equal(other.status, 200);
          await go(page, '/sessions');
          await page.getByText('This device').waitFor();
          await page.getByText('Field tablet').waitFor();
          await visit(page, 'sessions');
          await page.getByRole('button', { name: 'Sign out Field tablet' }).click();
          await page.getByText('Field tablet').waitFor({ state: 'detached' });
        },
      ],
      [
        'deleting a job can be undone',
        async (page) => {
          await go(page, entryUrl);
          await page.getByRole('button', { name: 'Delete job' }).click();
          await page.waitForURL(/\/jobs$/);
          await page.getByRole('button', { name: 'Undo' }).click();
          await page.getByText('Job restored.').waitFor();
          await page.waitForURL(new RegExp(`${entryUrl}$`));
          await page
            .getByRole('button', { name: /^Job name Replace belts and bearings/ })
            .waitFor();
        },
      ],
      [
        'new terms must be agreed before anything else opens',
        async (page) => {
          const admin = await fetch(`${server.baseUrl}/auth/login`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify({ email: 'ada@example.com', password: 'crewlog-demo' }),
          });
          assert.equal(admin.status, 200, await admin.clone().text());
          const { access_token: token } = await admin.json();
          const bump = await fetch(
            `${server.baseUrl}/api/site_settings?setting_key=eq.terms_version`,
            {
              method: 'PATCH',
              headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
              body: JSON.stringify({ setting_value: `e2e-${stamp}` }),
            },
          );
          assert.ok(bump.ok, `raising the terms version: ${bump.status} ${await bump.text()}`);
          await page.goto(`${server.baseUrl}/dailies`);
          await page.waitForURL(/\/terms\/agree/);
          await page.getByText('The terms have changed').waitFor();
          await visit(page, 'terms-agree');
          await page.getByRole('button', { name: 'Agree and continue' }).click();
          await page.getByText('Tick the box to agree').waitFor();
          await page.getByLabel(/I have read and agree/).check();
          await page.getByRole('button', { name: 'Agree and continue' }).click();
          await page.waitForURL(/\/dailies/);
          await page.locator('#page-title').waitFor();
        },
      ],
      [
        'the phone layout collapses the navigation behind a menu button',
        async (page) => {
          await page.setViewportSize({ width: 375, height: 800 });
          const menu = page.getByRole('button', { name: 'Menu' });
          await menu.waitFor();
          assert.equal(await page.getByRole('link', { name: 'Jobs' }).isVisible(), false);
          await menu.click();
          await page.getByRole('link', { name: 'Jobs' }).click();
          await page.waitForURL(/\/jobs$/);
          // The new page's heading takes focus, so screen readers announce it.
          await page.waitForFunction(() => document.activeElement?.id === 'page-title');
          await page.setViewportSize({ width: 1280, height: 900 });
        },
      ],
      [
        'signing out ends the session on this device',
        async (page) => {
          await page.getByRole('button', { name: person.alias }).click();
          await page.getByRole('button', { name: 'Sign out' }).click();
          await page.getByText('You are signed out on this device').waitFor();
          // The refresh cookie is gone too: a reload does not sign back in.
          await page.goto(`${server.baseUrl}/dailies`);
          await page.waitForURL(/\/login\?next=/);
        },
      ],
    ],
  };
}
