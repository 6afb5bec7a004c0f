import { useState } from 'react';
import Table from 'react-bootstrap/Table';
import { Link } from 'react-router';
import { ErrorMessage } from '../../../components/ui/error-message';
import { Loading } from '../../../components/ui/loading';
import { Panel } from '../../../components/ui/page/page';
import { Pager } from '../../../components/ui/pager';
import { formatDate, formatHours, monthOf, weekOf } from '../../../lib/time';
import { FOLLOWUPS_PAGE_SIZE, useMyActivity, useOpenFollowUps } from '../api/activity';
import { hoursBy, totalMinutes } from '../api/aggregate';

function HoursTable({
  caption,
  rows,
}: {
  caption: string;
  rows: { key: string; minutes: number; items: number }[];
}) {
  if (rows.length === 0) return <p className="small">Nothing logged.</p>;
  return (
    <Table size="sm" className="mb-3">
      <caption className="caption-top">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{caption.startsWith('By ticket') ? 'Ticket' : 'Building'}</th>
          <th scope="col" className="text-end">
            Items
          </th>
          <th scope="col" className="text-end">
            Hours
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key}>
            <th scope="row" className="fw-normal">
              {r.key}
            </th>
            <td className="text-end">{r.items}</td>
            <td className="text-end text-nowrap">{formatHours(r.minutes)}</td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

function PeriodSummary({
  title,
  userId,
  from,
  to,
}: {
  title: string;
  userId: number | null;
  from: string;
  to: string;
}) {
  const activity = useMyActivity(userId, from, to);
  return (
    <Panel title={title} id={title.toLowerCase().replace(/\W+/g, '-')}>
      <p className="small text-body-secondary">
        {formatDate(from)} – {formatDate(to)}
      </p>
      {activity.isPending ? (
        <Loading />
      ) : activity.isError ? (
        <ErrorMessage error={activity.error} onRetry={() => void activity.refetch()} />
      ) : (
        <>
          <p>
            <span className="total-figure">{formatHours(totalMinutes(activity.data))}</span> in{' '}
            {activity.data.length} item{activity.data.length === 1 ? '' : 's'}
          </p>
          <HoursTable caption="By ticket" rows={hoursBy(activity.data, 'ticket')} />
          <HoursTable caption="By building" rows={hoursBy(activity.data, 'building')} />
        </>
      )}
    </Panel>
  );
}

function OpenFollowUps({ userId }: { userId: number | null }) {
  const [page, setPage] = useState(1);
  const followUps = useOpenFollowUps(userId, page);
  return (
    <Panel title="Follow-ups still open" id="open-followups">
      {followUps.isPending ? (
        <Loading />
      ) : followUps.isError ? (
        <ErrorMessage error={followUps.error} onRetry={() => void followUps.refetch()} />
      ) : followUps.data.data.length === 0 ? (
        <p className="m-0">No open follow-ups.</p>
      ) : (
        <>
          <ul className="m-0 ps-3">
            {followUps.data.data.map((f) => (
              <li key={f.entry_id}>
                <Link to={`/jobs/${f.entry_id}`}>{f.job_name ?? 'Untitled job'}</Link> —{' '}
                {formatDate(f.job_date)}
              </li>
            ))}
          </ul>
          <Pager
            page={page}
            pageSize={FOLLOWUPS_PAGE_SIZE}
            total={followUps.data.count}
            onPage={setPage}
            label="Follow-up pages"
          />
        </>
      )}
    </Panel>
  );
}

/** My week and month: hours per ticket and building, and follow-ups still open. */
export function SummaryView({ userId, today }: { userId: number | null; today: string }) {
  const week = weekOf(today);
  const month = monthOf(today);
  return (
    <div className="row g-3">
      <div className="col-lg-6">
        <PeriodSummary title="This week" userId={userId} from={week.from} to={week.to} />
      </div>
      <div className="col-lg-6">
        <PeriodSummary title="This month" userId={userId} from={month.from} to={month.to} />
      </div>
      <div className="col-12">
        <OpenFollowUps userId={userId} />
      </div>
    </div>
  );
}
