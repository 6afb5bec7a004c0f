import type { ToastInput } from '../../../components/ui/toaster/toast-context';
import type { Profile } from '../../../lib/auth/profile';
import { type ChangeHint, useChangeHints } from '../../../lib/realtime/use-live-updates';
import { type AlertRow, fetchAlert } from './alerts';

const KIND: Record<AlertRow['alert_type'], string> = {
  job: 'Job alert',
  site: 'Site alert',
  security: 'Security alert',
  system: 'System alert',
};

const VARIANT: Record<AlertRow['severity'], ToastInput['variant']> = {
  info: 'info',
  warning: 'warning',
  critical: 'danger',
};

/**
 * The toast for a newly raised alert, or null when the person turned that alert type off
 * (a missing key counts as off, as the preferences form shows it), raised it themselves,
 * or it is already resolved.
 */
export function alertToast(
  alert: AlertRow,
  profile: Pick<Profile, 'user_id' | 'user_preferred_enable_alerts'>,
): ToastInput | null {
  if (!profile.user_preferred_enable_alerts?.[alert.alert_type]) return null;
  if (alert.created_by === profile.user_id || alert.resolved_at) return null;
  return {
    message: `${KIND[alert.alert_type] ?? 'Alert'}: ${alert.title}`,
    variant: VARIANT[alert.severity] ?? 'info',
  };
}

/**
 * Toasts alerts as they are raised (INSERT hints only: never what was there at load).
 * The hint names the row; the alert itself is read through the API under my own rights.
 */
export function useAlertToasts(
  profile: Profile | undefined,
  show: (toast: ToastInput) => void,
): void {
  useChangeHints((hint: ChangeHint) => {
    if (hint.table !== 'alerts' || hint.op !== 'INSERT' || !profile) return;
    void fetchAlert(hint.id)
      .then((alert) => {
        const toast = alert && alertToast(alert, profile);
        if (toast) show(toast);
      })
      .catch(() => {
        // A toast that could not be read is skipped; the pages show the alert anyway.
      });
  });
}
