/** Where each landing-page preference leads; anything unknown falls back to Dailies. */
const LANDING_PATHS: Record<string, string> = {
  dailies: '/dailies',
  profile: '/profile',
  jobs: '/jobs',
  tasks: '/tasks',
  summary: '/summary',
  calendar: '/calendar',
  stats: '/stats',
  team: '/team',
  management: '/management',
  administration: '/administration',
};

/** Landing pages that need a role; a preference the person no longer holds falls back. */
const NEEDS_ROLE: Record<string, 'manager' | 'admin'> = {
  management: 'manager',
  administration: 'admin',
};

export function landingPath(
  preference: string | null | undefined,
  roles: { user_is_admin: boolean; user_is_manager: boolean } | null = null,
): string {
  const path = (preference && LANDING_PATHS[preference]) || '/dailies';
  const needs = preference ? NEEDS_ROLE[preference] : undefined;
  if (!needs) return path;
  const allowed =
    needs === 'admin' ? roles?.user_is_admin : roles?.user_is_admin || roles?.user_is_manager;
  return allowed ? path : '/dailies';
}

/** A `next` parameter is followed only when it is a path of this site (no open redirect). */
export function safeNext(next: string | null): string | null {
  return next?.startsWith('/') && !next.startsWith('//') ? next : null;
}
