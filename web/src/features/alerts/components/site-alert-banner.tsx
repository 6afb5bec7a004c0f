import { useSiteAlerts } from '../api/alerts';
import { useDismissedAlerts } from '../api/dismissed-alerts';

const TONE = { info: 'info', warning: 'warning', critical: 'danger' } as const;

/**
 * Site-wide announcements at the top of every signed-in page, kept live by alert hints.
 * The region exists before anything is in it, so screen readers announce (politely) an
 * alert that appears while the page is open; closing one hides it for this session.
 */
export function SiteAlertBanner({ enabled }: { enabled: boolean }) {
  const alerts = useSiteAlerts(enabled);
  const [dismissed, dismiss] = useDismissedAlerts();
  const shown = (alerts.data ?? []).filter((a) => !dismissed.has(a.alert_id));
  return (
    <div aria-live="polite">
      {shown.length > 0 && (
        <section aria-label="Site announcements" className="content-box-lg mx-auto">
          {shown.map((alert) => (
            <div
              key={alert.alert_id}
              className={`alert alert-${TONE[alert.severity] ?? 'info'} d-flex align-items-start gap-2 mb-2`}
            >
              <div className="flex-grow-1 text-break">
                <strong>{alert.title}</strong>
                {alert.message && <span className="d-block">{alert.message}</span>}
              </div>
              <button
                type="button"
                className="btn-close"
                aria-label={`Hide “${alert.title}” for this session`}
                onClick={() => {
                  dismiss(alert.alert_id);
                  // The button goes away with its alert; keyboard focus goes to the page.
                  document.getElementById('main')?.focus({ preventScroll: true });
                }}
              />
            </div>
          ))}
        </section>
      )}
    </div>
  );
}
