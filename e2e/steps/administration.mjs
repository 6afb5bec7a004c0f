// Browser suites for the administration page. Each suite runs in a browser of its own (see journey.mjs).
import assert from 'node:assert/strict';
import { DEMO, demoTeamAgrees } from '../lib/demo.mjs';

/** Opens a section of the Administration page by its tab, as an admin would. */
async function openSection(page, name) {
  await page
    .getByRole('navigation', { name: 'Administration sections' })
    .getByRole('link', { name, exact: true })
    .click();
  await page
    .getByRole('link', { name, exact: true })
    .and(page.locator('[aria-current="page"]'))
    .waitFor();
}

/** Reloads until `locator` shows up: the notification reaches inboxes through a background job. */
async function eventuallyVisible(page, locator, timeoutMs = 30_000) {
  const end = Date.now() + timeoutMs;
  for (;;) {
    try {
      await locator.first().waitFor({ timeout: 3_000 });
      return;
    } catch (error) {
      if (Date.now() > end) throw error;
      await page.reload();
      await page.locator('#page-title').waitFor();
    }
  }
}

function notifySteps(ctx) {
  const { go, visit, signIn, newPage, stamp } = ctx;
  const title = `Site notice ${stamp}`;
  const message = `The yard gate code changes on Monday (${stamp}).`;
  return [
    [
      'an admin sends a site-wide notification from the Administration page',
      async (page) => {
        await signIn(page, DEMO.admin);
        await page.getByRole('link', { name: 'Administration', exact: true }).click();
        await page.locator('#page-title', { hasText: 'Administration' }).waitFor();
        await openSection(page, 'Notify');
        await visit(page, 'administration-notify');
        await page.getByLabel('Everyone (site-wide)').check();
        await page.getByLabel('Title', { exact: true }).fill(title);
        await page.getByLabel('Message', { exact: true }).fill(message);
        await page.getByRole('button', { name: 'Send notification' }).click();
        await page.getByText(`Sent “${title}”.`).waitFor();
        await go(page, '/administration?section=notify');
      },
    ],
    [
      'a field technician in another browser finds it in their notifications',
      async () => {
        const tom = await newPage();
        await signIn(tom, DEMO.field);
        await go(tom, '/notifications');
        await eventuallyVisible(tom, tom.getByText(title));
        await tom.getByText(message).first().waitFor();
      },
    ],
  ];
}

function eventLogSteps(ctx) {
  const { go, visit, signIn } = ctx;
  return [
    [
      'an admin makes sam a manager and a field technician again',
      async (page) => {
        await signIn(page, DEMO.admin);
        await go(page, '/administration?section=users');
        const role = page.getByLabel('Role of sam', { exact: true });
        await role.selectOption('manager');
        await page.getByText('sam is now manager.').waitFor();
        await visit(page, 'administration-people');
        await role.selectOption('field');
        await page.getByText('sam is now field technician.').waitFor();
        assert.equal(await role.inputValue(), 'field');
      },
    ],
    [
      'the event log filters by table and action and expands a change into before and after',
      async (page) => {
        await go(page, '/administration');
        await page.getByRole('table', { name: /^Event log/ }).waitFor();
        await visit(page, 'administration-event-log');
        await page.getByLabel('Table', { exact: true }).selectOption('users');
        await page.getByLabel('Action', { exact: true }).selectOption('update');
        await page.waitForURL(/table=users/);
        const log = page.getByRole('table', { name: /^Event log/ });
        await log
          .getByRole('button', { name: /^Show changes: Changed in users / })
          .first()
          .waitFor();
        const tables = await log.locator('tbody > tr > td:nth-child(3)').allTextContents();
        assert.ok(tables.length > 0, 'some events are listed');
        assert.deepEqual([...new Set(tables)], ['users']);
        await log
          .getByRole('button', { name: /^Show changes: Changed in users / })
          .first()
          .click();
        const diff = page.getByRole('table', { name: /^Changes: Changed in users / });
        await diff.waitFor();
        assert.deepEqual(await diff.getByRole('columnheader').allTextContents(), [
          'Field',
          'Before',
          'After',
        ]);
        const manager = diff.getByRole('row', { name: /^Manager/ });
        assert.deepEqual(await manager.getByRole('cell').allTextContents(), ['Yes', 'No']);
        await visit(page, 'administration-event-log-expanded');
        await page
          .getByRole('button', { name: /^Hide changes/ })
          .first()
          .click();
        assert.equal(await diff.count(), 0);
      },
    ],
    [
      'the alerts and system sections show what needs attention and how the system is',
      async (page) => {
        await openSection(page, 'Alerts');
        await page.getByRole('heading', { name: 'Security and system alerts' }).waitFor();
        await page
          .getByText(/open alerts?$|Nothing needs attention/)
          .first()
          .waitFor();
        await visit(page, 'administration-alerts');
        await openSection(page, 'System');
        await page.getByText('Database size').waitFor();
        await page.getByText('Failed jobs').waitFor();
        await visit(page, 'administration-status');
      },
    ],
  ];
}

async function assertNotAllowed(ctx, page, email) {
  await ctx.signIn(page, email);
  await page.getByRole('link', { name: 'Jobs', exact: true }).waitFor();
  assert.equal(await page.getByRole('link', { name: 'Administration', exact: true }).count(), 0);
  await ctx.go(page, '/administration');
  await page.locator('#page-title', { hasText: 'Not allowed' }).waitFor();
  await page.getByText('This page is for administrators only.').waitFor();
  assert.equal(await page.getByRole('navigation', { name: 'Administration sections' }).count(), 0);
}

function notAllowedSteps(ctx) {
  return [
    [
      'a field technician opening /administration gets “Not allowed” and has no link to it',
      async (page) => {
        await assertNotAllowed(ctx, page, DEMO.otherField);
        await ctx.visit(page, 'administration-not-allowed');
      },
    ],
    [
      'a manager gets the same',
      async () => {
        const mia = await ctx.newPage();
        await assertNotAllowed(ctx, mia, DEMO.manager);
        await mia.getByRole('link', { name: 'Management', exact: true }).waitFor();
      },
    ],
  ];
}

function termsSteps(ctx) {
  const { go, visit, signIn, newPage, server, stamp } = ctx;
  return [
    [
      'an admin issues a terms update',
      async (page) => {
        await signIn(page, DEMO.admin);
        await go(page, '/administration?section=site');
        // Whatever the version is now (an earlier suite may have set one by hand), it moves on.
        const current = page
          .locator('p', { hasText: /^Current terms version: / })
          .locator('strong');
        const version = (await current.textContent())?.trim();
        assert.ok(version, 'the current version is shown');
        await visit(page, 'administration-site');
        await page
          .getByLabel('What changed (optional)')
          .fill(`Photos of sites stay in Crewlog (${stamp}).`);
        await page.getByRole('button', { name: 'Issue terms update' }).click();
        await page.getByText('Tick this to confirm the terms update.').waitFor();
        await page.getByLabel(/everyone, including me, must agree/).check();
        await page.getByRole('button', { name: 'Issue terms update' }).click();
        const moved = page.getByText(/Terms version \S+ is now current\./);
        await moved.waitFor();
        const next = /Terms version (\S+) is now current/.exec(
          (await moved.textContent()) ?? '',
        )?.[1];
        assert.ok(next && next !== version, `the version moved on from ${version} (to ${next})`);
        if (/^\d+$/.test(version)) assert.equal(next, String(Number(version) + 1));
        await page
          .getByRole('list', { name: 'Site-wide alerts' })
          .getByText('The terms and conditions have changed')
          .first()
          .waitFor();
      },
    ],
    [
      'a technician signing in afterwards must agree to the terms again',
      async () => {
        const lee = await newPage();
        try {
          await signIn(lee, DEMO.otherField);
          await lee.waitForURL(/\/terms\/agree/);
          await lee.locator('#page-title', { hasText: 'The terms have changed' }).waitFor();
          await go(lee, '/jobs');
          await lee.waitForURL(/\/terms\/agree/);
          await lee.getByLabel('I have read and agree to the updated terms and conditions').check();
          await lee
            .getByRole('button', { name: /agree|continue/i })
            .first()
            .click();
          await lee.waitForURL((url) => !url.pathname.startsWith('/terms'));
          await lee.locator('#page-title').waitFor();
        } finally {
          await demoTeamAgrees(server);
        }
      },
    ],
  ];
}

export function administrationSuites(ctx) {
  return [
    { name: 'administration-notify', steps: notifySteps(ctx) },
    { name: 'administration-event-log', steps: eventLogSteps(ctx) },
    { name: 'administration-not-allowed', steps: notAllowedSteps(ctx) },
    // Last: it moves the terms for everyone (and has them agree again afterwards).
    { name: 'administration-terms', steps: termsSteps(ctx) },
  ];
}
