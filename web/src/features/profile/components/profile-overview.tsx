import Badge from 'react-bootstrap/Badge';
import Table from 'react-bootstrap/Table';
import { Link } from 'react-router';
import { AuthedImage } from '../../../components/ui/authed-image';
import { ErrorMessage } from '../../../components/ui/error-message';
import { Loading } from '../../../components/ui/loading';
import { Panel } from '../../../components/ui/page/page';
import type { Profile } from '../../../lib/auth/profile';
import {
  durationMinutes,
  formatDate,
  formatHours,
  formatInstant,
  formatTime,
} from '../../../lib/time';
import { useOpenFollowUps, useRecentWork, useTeamSummary } from '../api/profile-activity';

function Roles({ profile }: { profile: Profile }) {
  if (profile.user_is_admin) return <Badge bg="danger">Administrator</Badge>;
  if (profile.user_is_manager) return <Badge bg="primary">Manager</Badge>;
  return <Badge bg="secondary">Field technician</Badge>;
}

/** Who I am, my recent work and open follow-ups, and how the team's week looks. */
export function ProfileOverview({
  profile,
  timeZone,
  week,
}: {
  profile: Profile;
  timeZone: string;
  week: { from: string; to: string };
}) {
  const recent = useRecentWork(profile.user_id);
  const followups = useOpenFollowUps(profile.user_id);
  const team = useTeamSummary(week.from, week.to);

  return (
    <div className="row g-3">
      <div className="col-md-5">
        <Panel title="Me" id="me">
          <div className="d-flex align-items-center gap-3 mb-2">
            {profile.user_preferred_profile_picture ? (
              <AuthedImage
                src={profile.user_preferred_profile_picture}
                alt=""
                size={56}
                className="rounded-circle"
              />
            ) : (
              <span
                aria-hidden="true"
                className="rounded-circle d-inline-block"
                style={{
                  width: 56,
                  height: 56,
                  background: profile.user_preferred_color ?? '#0b5ed7',
                }}
              />
            )}
            <div>
              <div className="fw-semibold">{profile.name}</div>
              <div className="text-body-secondary">@{profile.alias}</div>
            </div>
          </div>
          <dl className="mb-0">
            <dt className="small">Role</dt>
            <dd>
              <Roles profile={profile} />
            </dd>
            <dt className="small">Email</dt>
            <dd>{profile.email ?? '—'}</dd>
            <dt className="small">Timezone</dt>
            <dd>{timeZone.replace(/_/g, ' ')}</dd>
            <dt className="small">Member since</dt>
            <dd className="mb-0">{formatInstant(profile.created_at, timeZone)}</dd>
          </dl>
        </Panel>
      </div>
      <div className="col-md-7">
        <Panel title="My recent work" id="recent-work">
          {recent.isPending ? (
            <Loading />
          ) : recent.isError ? (
            <ErrorMessage error={recent.error} />
          ) : recent.data.length === 0 ? (
            <p>
              Nothing logged yet. <Link to="/jobs/new">Log a job</Link>.
            </p>
          ) : (
            <ul className="list-unstyled m-0">
              {recent.data.map((r) => (
                <li key={`${r.kind}-${r.item_id}`} className="list-row">
                  <Link
                    to={r.kind === 'entry' ? `/jobs/${r.item_id}` : `/tasks/${r.item_id}`}
                    className="flex-grow-1"
                  >
                    {r.kind === 'entry'
                      ? `Ticket #${r.ticket_number} · ${r.building_name}`
                      : 'Misc task'}
                  </Link>
                  <span className="small">
                    {formatDate(r.work_date)}{' '}
                    {r.start_time && `${formatTime(r.start_time)}–${formatTime(r.end_time)}`} ·{' '}
                    {formatHours(durationMinutes(r.start_time, r.end_time))}
                  </span>
                </li>
              ))}
            </ul>
          )}
          <h3 className="h6 mt-3">Open follow-ups ({followups.data?.count ?? '…'})</h3>
          {followups.data && followups.data.data.length === 0 && <p className="m-0">None.</p>}
          {followups.data && followups.data.data.length > 0 && (
            <ul className="m-0 ps-3">
              {followups.data.data.map((f) => (
                <li key={f.entry_id}>
                  <Link to={`/jobs/${f.entry_id}`}>{f.job_name ?? 'Untitled job'}</Link> —{' '}
                  {formatDate(f.job_date)}
                </li>
              ))}
              {followups.data.count > followups.data.data.length && (
                <li>
                  <Link to="/summary">All {followups.data.count} on the summary</Link>
                </li>
              )}
            </ul>
          )}
        </Panel>
      </div>
      <div className="col-12">
        <Panel title="Team this week" id="team-week">
          {team.isPending ? (
            <Loading />
          ) : team.isError ? (
            <ErrorMessage error={team.error} />
          ) : team.data.length === 0 ? (
            <p className="m-0">Nobody has logged work this week yet.</p>
          ) : (
            <Table size="sm" className="m-0">
              <caption className="caption-top">
                {formatDate(week.from)} – {formatDate(week.to)}
              </caption>
              <thead>
                <tr>
                  <th scope="col">Who</th>
                  <th scope="col" className="text-end">
                    Days
                  </th>
                  <th scope="col" className="text-end">
                    Hours
                  </th>
                </tr>
              </thead>
              <tbody>
                {team.data.map((m) => (
                  <tr key={m.userId}>
                    <th scope="row" className="fw-normal">
                      <span
                        aria-hidden="true"
                        className="d-inline-block rounded-circle me-2"
                        style={{ width: 10, height: 10, background: m.color ?? '#6c757d' }}
                      />
                      {m.alias}
                    </th>
                    <td className="text-end">{m.days}</td>
                    <td className="text-end text-nowrap">{formatHours(m.minutes)}</td>
                  </tr>
                ))}
              </tbody>
            </Table>
          )}
        </Panel>
      </div>
    </div>
  );
}
