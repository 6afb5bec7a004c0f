import Table from 'react-bootstrap/Table';
import { Link } from 'react-router';
import { ErrorMessage } from '../../../components/ui/error-message';
import { Loading } from '../../../components/ui/loading';
import { Panel } from '../../../components/ui/page/page';
import { ScrollRegion } from '../../../components/ui/scroll-region';
import { formatDate, formatInstant, formatTime, weekOf } from '../../../lib/time';
import { groupByMember } from '../api/group-activity';
import {
  useMemberHours,
  useOpenFollowUps,
  useTeamDay,
  useTeamDirectory,
} from '../api/team-queries';
import { MemberName } from './member-name';

function WorkingToday({ today }: { today: string }) {
  const day = useTeamDay(today);
  if (day.isPending) return <Loading label="Loading today’s work" />;
  if (day.isError) return <ErrorMessage error={day.error} onRetry={() => void day.refetch()} />;
  const members = groupByMember(day.data);
  if (members.length === 0) return <p className="mb-0">Nobody has logged work today yet.</p>;
  return (
    <ul className="list-unstyled m-0" aria-label="Who is working where today">
      {members.map((m) => (
        <li key={m.userId} className="day-row">
          <MemberName alias={m.alias} color={m.color} />
          <span className="small text-body-secondary">
            {' — '}
            {m.buildings.length ? m.buildings.join(', ') : 'tasks only'}
          </span>
          <ul className="small mb-0">
            {m.items.map((i) => (
              <li key={`${i.kind}-${i.item_id}`}>
                {i.start_time ? `${formatTime(i.start_time)}–${formatTime(i.end_time)}` : 'No time'}{' '}
                {i.kind === 'entry'
                  ? `· ${i.building_name ?? '?'} (#${i.ticket_number ?? '?'})`
                  : '· Task'}
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}

function HoursThisWeek({ today }: { today: string }) {
  const week = weekOf(today);
  const hours = useMemberHours(week.from, week.to);
  if (hours.isPending) return <Loading label="Loading this week’s hours" />;
  if (hours.isError)
    return <ErrorMessage error={hours.error} onRetry={() => void hours.refetch()} />;
  return (
    <ScrollRegion label="This week’s hours, table">
      <Table size="sm" className="mb-0">
        <caption className="caption-top">
          Hours from {formatDate(week.from)} to {formatDate(week.to)}
        </caption>
        <thead>
          <tr>
            <th scope="col">Member</th>
            <th scope="col" className="text-end">
              Jobs (h)
            </th>
            <th scope="col" className="text-end">
              Tasks (h)
            </th>
            <th scope="col" className="text-end">
              Total (h)
            </th>
          </tr>
        </thead>
        <tbody>
          {hours.data.map((m) => {
            const jobs = Number(m.entry_hours);
            const tasks = Number(m.task_hours);
            return (
              <tr key={m.user_id}>
                <th scope="row" className="fw-normal">
                  <MemberName alias={m.alias} color={m.color} />
                </th>
                <td className="text-end">{jobs.toFixed(2)}</td>
                <td className="text-end">{tasks.toFixed(2)}</td>
                <td className="text-end">{(jobs + tasks).toFixed(2)}</td>
              </tr>
            );
          })}
        </tbody>
      </Table>
    </ScrollRegion>
  );
}

function OpenFollowUps({ timeZone }: { timeZone: string }) {
  const followUps = useOpenFollowUps();
  const directory = useTeamDirectory();
  if (followUps.isPending) return <Loading label="Loading open follow-ups" />;
  if (followUps.isError)
    return <ErrorMessage error={followUps.error} onRetry={() => void followUps.refetch()} />;
  const { data, count } = followUps.data;
  if (count === 0) return <p className="mb-0">No open follow-ups.</p>;
  const aliasOf = new Map((directory.data ?? []).map((u) => [u.user_id, u.alias]));
  return (
    <>
      <p data-testid="open-followups-count">
        {count} open follow-up{count === 1 ? '' : 's'}
        {count > data.length ? `, the ${data.length} newest shown` : ''}.
      </p>
      <ScrollRegion label="Open follow-ups, table">
        <Table size="sm" className="mb-0">
          <caption className="visually-hidden">Open follow-ups, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Job</th>
              <th scope="col">Member</th>
              <th scope="col">Open since</th>
            </tr>
          </thead>
          <tbody>
            {data.map((f) => (
              <tr key={f.alert_id}>
                <th scope="row" className="fw-normal">
                  {f.source_id ? <Link to={`/jobs/${f.source_id}`}>{f.title}</Link> : f.title}
                </th>
                <td>{aliasOf.get(f.subject_user_id ?? -1) ?? '—'}</td>
                <td className="text-nowrap">{formatInstant(f.created_at, timeZone)}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      </ScrollRegion>
    </>
  );
}

/** Today's whereabouts, this week's hours and the open follow-ups, as far as the reader may see. */
export function TeamOverview({ today, timeZone }: { today: string; timeZone: string }) {
  return (
    <>
      <Panel title={`Working today, ${formatDate(today)}`} id="working-today">
        <WorkingToday today={today} />
      </Panel>
      <Panel title="Hours this week">
        <HoursThisWeek today={today} />
      </Panel>
      <Panel title="Open follow-ups">
        <OpenFollowUps timeZone={timeZone} />
      </Panel>
    </>
  );
}
