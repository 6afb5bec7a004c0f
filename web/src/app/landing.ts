/** Where each landing-page preference leads. Pages built elsewhere fall back to Dailies. */
const LANDING_PATHS: Record<string, string> = {
  dailies: '/dailies',
  profile: '/profile',
  jobs: '/jobs',
  tasks: '/tasks',
  summary: '/summary',
};

export function landingPath(preference: string | null | undefined): string {
  return (preference && LANDING_PATHS[preference]) || '/dailies';
}

/** A `next` parameter is followed only when it is a path of this site (no open redirect). */
export function safeNext(next: string | null): string | null {
  return next?.startsWith('/') && !next.startsWith('//') ? next : null;
}
