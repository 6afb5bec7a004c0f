import { createBrowserRouter, type RouteObject } from 'react-router';
import { Loading } from '../components/ui/loading';
import { AppShell } from './layouts/app-shell';
import { RequireRole } from './layouts/require-role';
import { RequireSession } from './layouts/require-session';
import { RouteError } from './layouts/route-error';

// Every page is its own chunk: a phone on a slow connection downloads only the shell and
// the page it opens.
const page = (
  load: () => Promise<{ Component: React.ComponentType }>,
): Pick<RouteObject, 'lazy'> => ({
  lazy: load,
});

export function createRouter() {
  return createBrowserRouter([
    {
      element: <AppShell />,
      errorElement: <RouteError />,
      // Shown while the first page's chunk loads.
      hydrateFallbackElement: <Loading />,
      children: [
        { index: true, ...page(() => import('./routes/main')) },
        { path: 'login', ...page(() => import('./routes/login')) },
        { path: 'register', ...page(() => import('./routes/register')) },
        { path: 'verify', ...page(() => import('./routes/verify')) },
        { path: 'terms', ...page(() => import('./routes/terms')) },
        { path: 'contact', ...page(() => import('./routes/contact')) },
        {
          element: <RequireSession allowPendingTerms />,
          children: [{ path: 'terms/agree', ...page(() => import('./routes/terms-agree')) }],
        },
        {
          element: <RequireSession />,
          children: [
            { path: 'home', ...page(() => import('./routes/home')) },
            { path: 'profile', ...page(() => import('./routes/profile')) },
            { path: 'preferences', ...page(() => import('./routes/preferences')) },
            { path: 'sessions', ...page(() => import('./routes/sessions')) },
            { path: 'jobs', ...page(() => import('./routes/jobs')) },
            { path: 'jobs/new', ...page(() => import('./routes/job-new')) },
            { path: 'jobs/:entryId', ...page(() => import('./routes/job')) },
            { path: 'tasks', ...page(() => import('./routes/tasks')) },
            { path: 'tasks/:taskId', ...page(() => import('./routes/task')) },
            { path: 'dailies', ...page(() => import('./routes/dailies')) },
            { path: 'summary', ...page(() => import('./routes/summary')) },
            { path: 'calendar', ...page(() => import('./routes/calendar')) },
            { path: 'stats', ...page(() => import('./routes/stats')) },
            { path: 'team', ...page(() => import('./routes/team')) },
            { path: 'team/dailies', ...page(() => import('./routes/team-dailies')) },
            { path: 'team/stats', ...page(() => import('./routes/team-stats')) },
            { path: 'team/calendar', ...page(() => import('./routes/team-calendar')) },
            { path: 'notifications', ...page(() => import('./routes/notifications')) },
            { path: 'import', ...page(() => import('./routes/import')) },
            {
              element: <RequireRole needs="manager" />,
              children: [{ path: 'management', ...page(() => import('./routes/management')) }],
            },
            {
              element: <RequireRole needs="admin" />,
              children: [
                { path: 'administration', ...page(() => import('./routes/administration')) },
              ],
            },
          ],
        },
        { path: '*', ...page(() => import('./routes/not-found')) },
      ],
    },
  ]);
}
