// The technician's day, end to end, in a real browser against the real server:
// register → verify → sign in → ticket + job with devices → edit in place → changed flag →
// dailies total → tasks → delete and undo → sign out. Every page is checked with axe and
// photographed at two widths in both colour modes.
import { checkPage } from './lib/browser.mjs';
import { DEMO } from './lib/demo.mjs';
import { accountSteps } from './steps/account.mjs';
import { administrationSuites } from './steps/administration.mjs';
import { calendarSuites } from './steps/calendar.mjs';
import { importsSuites } from './steps/imports.mjs';
import { managementSuites } from './steps/management.mjs';
import { notificationsSuites } from './steps/notifications.mjs';
import { offlineSuites } from './steps/offline.mjs';
import { publicSteps } from './steps/public.mjs';
import { teamSuites } from './steps/team.mjs';
import { workSteps } from './steps/work.mjs';

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

export function journey({ server, screenshotDir, newPage }) {
  const a11y = [];
  const visit = async (page, name) => {
    await page.waitForLoadState('networkidle');
    a11y.push(...(await checkPage(page, name, screenshotDir)));
  };
  const go = async (page, path) => {
    await page.goto(`${server.baseUrl}${path}`);
    await page.locator('#page-title').waitFor();
  };
  // What later steps need from earlier ones (the job's date and address).
  const state = { jobDate: '', entryUrl: '' };
  /** Signs a seeded person in through the login page and waits for their landing page. */
  const signIn = async (page, email, password = DEMO.password) => {
    await go(page, '/login');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
    await page.locator('#page-title').waitFor();
  };
  const ctx = {
    server,
    go,
    visit,
    signIn,
    newPage,
    person,
    ticketNumber,
    stamp,
    state,
    TINY_PNG,
  };
  // Each suite runs in a browser of its own; E2E_ONLY=name,name picks some.
  return {
    a11y,
    suites: [
      {
        name: 'technician-journey',
        steps: [...publicSteps(ctx), ...workSteps(ctx), ...accountSteps(ctx)],
      },
      ...notificationsSuites(ctx),
      ...managementSuites(ctx),
      ...administrationSuites(ctx),
      ...calendarSuites(ctx),
      ...teamSuites(ctx),
      ...importsSuites(ctx),
      ...offlineSuites(ctx),
    ],
  };
}
