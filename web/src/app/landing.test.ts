import { describe, expect, it } from 'vitest';
import { landingPath, safeNext } from './landing';

describe('landing', () => {
  it('follows the preference, and falls back to Dailies', () => {
    expect(landingPath('jobs')).toBe('/jobs');
    expect(landingPath('summary')).toBe('/summary');
    expect(landingPath(null)).toBe('/dailies');
    expect(landingPath('nonsense')).toBe('/dailies');
  });
  it('only follows `next` to this site', () => {
    expect(safeNext('/jobs/4')).toBe('/jobs/4');
    expect(safeNext('//evil.example')).toBeNull();
    expect(safeNext('https://evil.example')).toBeNull();
    expect(safeNext(null)).toBeNull();
  });
});
