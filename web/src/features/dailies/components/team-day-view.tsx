import Badge from 'react-bootstrap/Badge';
import { Link } from 'react-router';
import { ErrorMessage } from '../../../components/ui/error-message';
import { Loading } from '../../../components/ui/loading';
import { durationMinutes, formatDate, formatHours, formatTime } from '../../../lib/time';
import { useTeamDay } from '../api/get-team-day';
import type { MemberOfDay, TeamDayItem } from '../api/team-day';
import { DayPicker } from './day-picker';

function ItemRow({ item }: { item: TeamDayItem }) {
  const where =
    item.kind === 'job'
      ? `#${item.ticketNumber ?? '?'}${item.buildingName ? ` · ${item.buildingName}` : ''}`
      : 'Task';
  return (
    <li className="day-row">
      <div className="d-flex justify-content-between gap-2">
        <span className="fw-semibold text-nowrap">
          {item.start ? `${formatTime(item.start)}–${formatTime(item.end)}` : 'No time'}
        </span>
        <span className="text-nowrap">{formatHours(durationMinutes(item.start, item.end))}</span>
      </div>
      <div>
        {item.readable ? (
          <Link to={item.kind === 'job' ? `/jobs/${item.id}` : `/tasks/${item.id}`}>
            {item.name}
          </Link>
        ) : (
          <span>{item.name}</span>
        )}{' '}
        <span className="small text-body-secondary">{item.kind === 'job' ? where : ''}</span>{' '}
        {item.followup && (
          <Badge bg="warning" text="dark">
            Follow-up
          </Badge>
        )}{' '}
        {item.changed && <Badge bg="secondary">Changed</Badge>}
      </div>
    </li>
  );
}

function MemberSection({ member }: { member: MemberOfDay }) {
  const headingId = `member-${member.userId}-heading`;
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h3 id={headingId} className="h6 d-flex justify-content-between gap-2">
        <span>
          <span
            aria-hidden="true"
            className="d-inline-block rounded-circle me-1"
            style={{ width: '0.7em', height: '0.7em', background: member.color }}
          />
          {member.alias}
        </span>
        <span className="text-nowrap" data-testid="member-total">
          {formatHours(member.totals.total)}
        </span>
      </h3>
      <ul className="list-unstyled m-0" aria-label={`Work of ${member.alias}`}>
        {member.items.map((item) => (
          <ItemRow key={`${item.kind}-${item.id}`} item={item} />
        ))}
      </ul>
    </section>
  );
}

/**
 * Every member's day: where and when for everyone; names and links only for the work the
 * reader may open, as the database decides.
 */
export function TeamDayView({ date, onDate }: { date: string; onDate: (date: string) => void }) {
  const day = useTeamDay(date);
  return (
    <>
      <div className="d-flex flex-wrap align-items-end gap-2 mb-3">
        <DayPicker id="team-daily-date" date={date} onDate={onDate} />
      </div>
      <h2 className="h5">{formatDate(date)}</h2>
      {day.isPending ? (
        <Loading label="Loading the team’s day" />
      ) : day.isError ? (
        <ErrorMessage error={day.error} onRetry={() => void day.refetch()} />
      ) : day.data.length === 0 ? (
        <p>Nobody logged work on this day.</p>
      ) : (
        day.data.map((member) => <MemberSection key={member.userId} member={member} />)
      )}
    </>
  );
}
