// The data API as another device of a person sees it: the test script signs in with fetch
// and calls /api with that person's token.
import assert from 'node:assert/strict';
import { DEMO } from './demo.mjs';

/**
 * Signs `email` in and returns `api(path, init)`, which calls `/api<path>` as them, asks for
 * the written rows back, fails the test on any error answer, and returns the parsed body.
 */
export async function apiSignIn(server, email, password = DEMO.password) {
  const response = await fetch(`${server.baseUrl}/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  assert.equal(response.status, 200, await response.clone().text());
  const { access_token: token } = await response.json();
  return async (path, init = {}) => {
    const answer = await fetch(`${server.baseUrl}/api${path}`, {
      ...init,
      headers: {
        'Content-Type': 'application/json',
        Authorization: `Bearer ${token}`,
        Prefer: 'return=representation',
        ...init.headers,
      },
    });
    const text = await answer.text();
    assert.ok(answer.ok, `${init.method ?? 'GET'} ${path}: ${answer.status} ${text}`);
    return text ? JSON.parse(text) : null;
  };
}
