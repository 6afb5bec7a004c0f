import { Page } from '../../components/ui/page/page';
import { NotificationInbox } from '../../features/notifications/components/notification-inbox';
import { useTimezone } from '../../lib/auth/profile';

export function Component() {
  const timeZone = useTimezone();
  return (
    <Page title="Notifications" width="lg">
      <NotificationInbox timeZone={timeZone} />
    </Page>
  );
}
