import Nav from 'react-bootstrap/Nav';
import { Link, useSearchParams } from 'react-router';
import { Panel } from '../../../components/ui/page/page';
import { AdminEventLog } from './admin-event-log';
import { AlertList } from './alert-list';
import { SendNotificationForm } from './send-notification-form';
import { SiteAlertForm } from './site-alert-form';
import { SystemStatusPanel } from './system-status-panel';
import { TermsUpdateForm } from './terms-update-form';
import { UserManagement } from './user-management';

export const SECTIONS = [
  { id: 'log', label: 'Event log' },
  { id: 'alerts', label: 'Alerts' },
  { id: 'notify', label: 'Notify' },
  { id: 'site', label: 'Site alerts' },
  { id: 'users', label: 'People' },
  { id: 'status', label: 'System' },
] as const;
export type SectionId = (typeof SECTIONS)[number]['id'];

export function sectionFrom(value: string | null): SectionId {
  return SECTIONS.find((s) => s.id === value)?.id ?? 'log';
}

/** The Administration page: one section at a time, chosen by `?section=` (bookmarkable). */
export function AdministrationSections({
  timeZone,
  myUserId,
}: {
  timeZone: string;
  myUserId: number | null;
}) {
  const [params] = useSearchParams();
  const section = sectionFrom(params.get('section'));
  return (
    <>
      <Nav
        as="nav"
        variant="pills"
        className="flex-wrap gap-1 mb-3"
        aria-label="Administration sections"
      >
        {SECTIONS.map((s) => (
          <Nav.Item key={s.id}>
            <Nav.Link
              as={Link}
              to={`?section=${s.id}`}
              active={s.id === section}
              aria-current={s.id === section ? 'page' : undefined}
            >
              {s.label}
            </Nav.Link>
          </Nav.Item>
        ))}
      </Nav>
      <Section id={section} timeZone={timeZone} myUserId={myUserId} />
    </>
  );
}

function Section({
  id,
  timeZone,
  myUserId,
}: {
  id: SectionId;
  timeZone: string;
  myUserId: number | null;
}) {
  switch (id) {
    case 'log':
      return (
        <Panel title="Event log" id="admin-log">
          <AdminEventLog timeZone={timeZone} />
        </Panel>
      );
    case 'alerts':
      return (
        <Panel title="Security and system alerts" id="admin-alerts">
          <AlertList scope="admin" label="Security and system alerts" timeZone={timeZone} />
        </Panel>
      );
    case 'notify':
      return (
        <Panel title="Send a notification" id="admin-notify">
          <SendNotificationForm />
        </Panel>
      );
    case 'site':
      return (
        <>
          <Panel title="Issue a site-wide alert" id="admin-site-alert">
            <SiteAlertForm />
          </Panel>
          <Panel title="Terms update" id="admin-terms">
            <TermsUpdateForm timeZone={timeZone} />
          </Panel>
          <Panel title="Site-wide alerts" id="admin-site-alerts">
            <AlertList scope="site" label="Site-wide alerts" timeZone={timeZone} />
          </Panel>
        </>
      );
    case 'users':
      return (
        <Panel title="People" id="admin-users">
          <UserManagement myUserId={myUserId} />
        </Panel>
      );
    case 'status':
      return (
        <Panel title="System status" id="admin-status">
          <SystemStatusPanel timeZone={timeZone} />
        </Panel>
      );
  }
}
