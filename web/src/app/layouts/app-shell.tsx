import { Suspense } from 'react';
import { Link, Outlet, ScrollRestoration, useNavigate, useNavigation } from 'react-router';
import { Loading } from '../../components/ui/loading';
import { useToast } from '../../components/ui/toaster/toast-context';
import { useAlertToasts } from '../../features/alerts/api/alert-toasts';
import { SiteAlertBanner } from '../../features/alerts/components/site-alert-banner';
import { useNotificationToasts } from '../../features/notifications/api/notification-toasts';
import { useReadStateSync } from '../../features/notifications/api/read-state-sync';
import { SyncStatus } from '../../features/outbox/components/sync-status';
import { useProfile } from '../../lib/auth/profile';
import { useSession } from '../../lib/auth/session-context';
import { useLiveUpdates } from '../../lib/realtime/use-live-updates';
import { useApplyTheme } from '../../lib/theme/use-apply-theme';
import { MainNav } from './main-nav';

/** The frame of every page: skip link, navigation, the page, and a footer. */
export function AppShell() {
  const { status } = useSession();
  const { data: profile } = useProfile();
  const navigation = useNavigation();
  const navigate = useNavigate();
  const toast = useToast();
  const signedIn = status === 'signed-in';
  useLiveUpdates(signedIn);
  useReadStateSync(signedIn);
  useNotificationToasts(signedIn ? profile : undefined, toast, () => navigate('/notifications'));
  useAlertToasts(signedIn ? profile : undefined, toast);
  useApplyTheme(
    (status === 'signed-in' || status === 'expired') && profile
      ? {
          mobile: profile.user_preferred_light_or_dark_mode_mobile,
          desktop: profile.user_preferred_light_or_dark_mode_desktop,
          highContrast: profile.user_preferred_high_contrast,
          accent: profile.user_preferred_color,
        }
      : null,
  );

  return (
    <div className="app-frame">
      <a href="#main" className="visually-hidden-focusable skip-link">
        Skip to main content
      </a>
      <MainNav />
      <main id="main" tabIndex={-1} className="container-lg py-3 py-md-4 flex-grow-1">
        {signedIn && <SiteAlertBanner enabled={signedIn} />}
        <SyncStatus />
        {navigation.state === 'loading' && (
          <div className="route-progress" role="progressbar" aria-label="Loading page" />
        )}
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </main>
      <footer className="app-footer container-lg py-3 small">
        <span>Crewlog</span>
        <nav aria-label="Site information" className="d-flex gap-3">
          <Link to="/terms">Terms and conditions</Link>
          <Link to="/contact">Contact</Link>
        </nav>
      </footer>
      <ScrollRestoration />
    </div>
  );
}
