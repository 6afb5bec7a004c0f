import { describe, expect, it } from 'vitest';
import { isAllowedOrigin } from './guards';

describe('isAllowedOrigin', () => {
  it.each([
    ['http://crewlog.test', 'crewlog.test', [], true],
    ['https://crewlog.test:8443', 'crewlog.test:8443', [], true],
    ['https://evil.test', 'crewlog.test', [], false],
    ['https://crewlog.test.evil.test', 'crewlog.test', [], false],
    ['null', 'crewlog.test', [], false],
    ['http://crewlog.test/path', 'crewlog.test', [], false],
    ['https://app.example.org', 'internal:3000', ['https://app.example.org'], true],
    ['http://crewlog.test', undefined, [], false],
  ])('%s against Host %s (trusted %j) → %s', (origin, host, trusted, allowed) => {
    expect(isAllowedOrigin(origin, host, trusted)).toBe(allowed);
  });
});
