import { describe, expect, it } from 'vitest';
import { landingPath, safeNext } from './landing';

describe('landing', () => {
  it('follows the preference, and falls back to Dailies', () => {
    expect(landingPath('jobs')).toBe('/jobs');
    expect(landingPath('summary')).toBe('/summary');
    expect(landingPath(null)).toBe('/dailies');
    expect(landingPath('nonsense')).toBe('/dailies');
    expect(landingPath('calendar')).toBe('/calendar');
  });
  it('sends nobody to a page their role does not open', () => {
    const field = { user_is_admin: false, user_is_manager: false };
    const manager = { user_is_admin: false, user_is_manager: true };
    const admin = { user_is_admin: true, user_is_manager: false };
    expect(landingPath('management', field)).toBe('/dailies');
    expect(landingPath('management', manager)).toBe('/management');
    expect(landingPath('management', admin)).toBe('/management');
    expect(landingPath('administration', manager)).toBe('/dailies');
    expect(landingPath('administration', admin)).toBe('/administration');
    expect(landingPath('administration')).toBe('/dailies');
  });
  it('only follows `next` to this site', () => {
    expect(safeNext('/jobs/4')).toBe('/jobs/4');
    expect(safeNext('//evil.example')).toBeNull();
    expect(safeNext('https://evil.example')).toBeNull();
    expect(safeNext(null)).toBeNull();
  });
});
