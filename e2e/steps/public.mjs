// Before signing in: the public pages, registration with its mailed link, the lock-out, sign-in.
import assert from 'node:assert/strict';

export function publicSteps(ctx) {
  const { server, go, visit, person } = ctx;
  return [
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
  ];
}
