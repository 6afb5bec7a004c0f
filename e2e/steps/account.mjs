// The account: summary, profile, preferences (picture, timezone, contrast), sessions, new
// terms, the phone navigation, signing out.
import assert from 'node:assert/strict';
import { demoTeamAgrees } from '../lib/demo.mjs';

export function accountSteps(ctx) {
  const { server, go, visit, person, stamp, TINY_PNG } = ctx;
  return [
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
        await demoTeamAgrees(server);
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
  ];
}
