import assert from 'node:assert/strict';

// Who the browser suites sign in as: the seeded demo team (`crewlog seed-demo`).
/** The seeded demo team (bin/crewlog.mjs seed-demo); jon is left to the lock-out test. */
export const DEMO = {
  admin: 'ada@example.com',
  manager: 'mia@example.com',
  field: 'tom@example.com',
  otherField: 'lee@example.com',
  password: 'crewlog-demo',
};

/**
 * After a terms update: everyone the later suites sign in as agrees, as each would on their
 * next sign-in, so those suites start on their own pages (jon stays locked out).
 */
export async function demoTeamAgrees(server) {
  const people = ['ada', 'mia', 'tom', 'lee', 'sam', 'ria', 'eva'];
  for (const alias of people) {
    const login = await fetch(`${server.baseUrl}/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        email: `${alias}@example.com`,
        password: DEMO.password,
        device_info: 'e2e: agreeing to new terms',
      }),
    });
    assert.equal(login.status, 200, `signing in ${alias}`);
    const { access_token: token } = await login.json();
    const agreed = await fetch(`${server.baseUrl}/auth/terms`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ agree_terms: true }),
    });
    assert.equal(agreed.status, 200, `${alias} agrees to the terms`);
  }
}
