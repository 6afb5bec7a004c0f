// Notifications and alerts, live: an administrator writes through the API while a field
// technician's page is open; the bell, the toasts, the list, the banner and a second tab
// follow without a reload.
import assert from 'node:assert/strict';
import { DEMO } from '../lib/demo.mjs';

// Until the count has loaded the bell is just "Notifications".
const COUNTED_BELL = /^Notifications, (\d+|none) unread$/;

/** The unread count the bell announces ("Notifications, 3 unread"; none is 0). */
async function bellCount(page) {
  const bell = page.getByRole('button', { name: COUNTED_BELL });
  await bell.waitFor();
  const label = (await bell.getAttribute('aria-label')) ?? '';
  const match = COUNTED_BELL.exec(label);
  assert.ok(match, `the bell says how many are unread: "${label}"`);
  return match[1] === 'none' ? 0 : Number(match[1]);
}

function bellNamed(page, count) {
  const name = `Notifications, ${count === 0 ? 'none' : count} unread`;
  return page.getByRole('button', { name, exact: true });
}

/** Resolves when the page's live socket has been accepted (hints flow from then on). */
function socketReady(page) {
  return new Promise((resolve) => {
    page.on('websocket', (socket) => {
      socket.on('framereceived', (frame) => {
        if (String(frame.payload).includes('"ready"')) resolve();
      });
    });
  });
}

export function notificationsSuites(ctx) {
  const { server, go, visit, signIn, stamp } = ctx;
  const title = `Crane lift at North Plant ${stamp}`;
  const message = 'Keep the loading dock clear from 07:00 until the crane leaves.';
  const siteTitle = `Maintenance tonight ${stamp}`;
  let before = 0;
  let adminToken = '';
  let siteAlertId = 0;

  /** The data API as the seeded administrator (signed in by fetch, as another device). */
  const asAdmin = async (method, path, body) => {
    if (!adminToken) {
      const login = await fetch(`${server.baseUrl}/auth/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email: DEMO.admin, password: DEMO.password }),
      });
      assert.equal(login.status, 200, await login.clone().text());
      adminToken = (await login.json()).access_token;
    }
    const response = await fetch(`${server.baseUrl}/api${path}`, {
      method,
      headers: {
        'Content-Type': 'application/json',
        Authorization: `Bearer ${adminToken}`,
        Prefer: 'return=representation',
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    assert.ok(
      response.ok,
      `${method} ${path}: ${response.status} ${await response.clone().text()}`,
    );
    return response.json();
  };

  return [
    {
      name: 'notifications',
      steps: [
        [
          "an admin's notification raises tom's bell count and shows a toast without a reload",
          async (page) => {
            const ready = socketReady(page);
            await signIn(page, DEMO.field);
            await ready;
            before = await bellCount(page);
            const [tom] = await asAdmin('GET', '/users?alias=eq.tom&select=user_id');
            await asAdmin('POST', '/notifications', {
              recipient_user_id: tom.user_id,
              title,
              message,
            });
            await bellNamed(page, before + 1).waitFor();
            await page.getByText(`New notification: ${title}`).waitFor();
          },
        ],
        [
          'tom reads it from the bell; the count drops, and another open tab follows',
          async (page) => {
            const other = await page.context().newPage();
            await go(other, '/notifications');
            await other.getByText(message).waitFor();
            await other.getByRole('button', { name: `Mark read “${title}”` }).waitFor();

            await bellNamed(page, before + 1).click();
            const panel = page.getByRole('dialog', { name: 'Notifications' });
            await panel.getByText(message).waitFor();
            await visit(page, 'notification-panel');
            await panel.getByRole('button', { name: `Mark read “${title}”` }).click();
            await panel.getByRole('button', { name: `Mark unread “${title}”` }).waitFor();

            // The other tab hears of it from this one (no reload, no hint from the server).
            await other.getByRole('button', { name: `Mark unread “${title}”` }).waitFor();
            await other.close();
            await panel.getByRole('button', { name: 'Close notifications' }).click();
            await panel.waitFor({ state: 'detached' });
            await bellNamed(page, before).waitFor();
          },
        ],
        [
          'the notifications page lists it with its message, and can dismiss and restore it',
          async (page) => {
            await go(page, '/notifications');
            const list = page.getByRole('list', { name: 'Notifications' });
            await list.getByText(title).waitFor();
            await list.getByText(message).waitFor();
            await visit(page, 'notifications');
            await list.getByRole('button', { name: `Dismiss “${title}”` }).click();
            await list.getByText(title).waitFor({ state: 'detached' });
            await page.getByLabel('Show dismissed').check();
            await list.getByRole('button', { name: `Restore “${title}”` }).click();
            await list.getByRole('button', { name: `Dismiss “${title}”` }).waitFor();
            await page.getByLabel('Show dismissed').uncheck();
            await list.getByText(title).waitFor();
          },
        ],
        [
          'a site-wide alert appears as a banner on the open page, and can be hidden',
          async (page) => {
            const [alert] = await asAdmin('POST', '/alerts', {
              alert_type: 'site',
              severity: 'warning',
              title: siteTitle,
              message: 'Crewlog will be unavailable from 22:00 to 22:30.',
            });
            siteAlertId = alert.alert_id;
            try {
              const banner = page.getByRole('region', { name: 'Site announcements' });
              await banner.getByText(siteTitle).waitFor();
              await page.getByText(`Site alert: ${siteTitle}`).waitFor();
              await visit(page, 'site-alert-banner');
              await banner
                .getByRole('button', { name: `Hide “${siteTitle}” for this session` })
                .click();
              await page.getByText(siteTitle, { exact: true }).waitFor({ state: 'detached' });
              await go(page, '/jobs');
              assert.equal(await page.getByText(siteTitle, { exact: true }).count(), 0);
            } finally {
              // Resolved, so the banner does not follow the other suites' pages.
              await asAdmin('PATCH', `/alerts?alert_id=eq.${siteAlertId}`, {
                resolved_at: new Date().toISOString(),
              });
            }
          },
        ],
      ],
    },
  ];
}
