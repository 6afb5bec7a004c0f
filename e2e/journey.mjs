// The technician's day, end to end, in a real browser against the real server:
// register → verify → sign in → ticket + job with devices → edit in place → changed flag →
// dailies total → tasks → delete and undo → sign out. Every page is checked with axe and
// photographed at two widths in both colour modes.
import { checkPage } from './lib/browser.mjs';
import { accountSteps } from './steps/account.mjs';
import { publicSteps } from './steps/public.mjs';
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
  // What later steps need from earlier ones (the job's date and address).
  const state = { jobDate: '', entryUrl: '' };
  const ctx = { server, go, visit, person, ticketNumber, stamp, state, TINY_PNG };
  return { a11y, steps: [...publicSteps(ctx), ...workSteps(ctx), ...accountSteps(ctx)] };
}
