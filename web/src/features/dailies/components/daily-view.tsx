import { useState } from 'react';
import Badge from 'react-bootstrap/Badge';
import Button from 'react-bootstrap/Button';
import Form from 'react-bootstrap/Form';
import { Link } from 'react-router';
import { ErrorMessage } from '../../../components/ui/error-message';
import { Loading } from '../../../components/ui/loading';
import { durationMinutes, formatDate, formatHours, formatTime } from '../../../lib/time';
import { dayTotals, formatDayAsText } from '../api/format-day';
import { useDay } from '../api/get-day';
import { DayPicker } from './day-picker';

/** One day of my work: jobs and tasks in time order, hours totalled, copyable as text. */
export function DailyView({
  userId,
  alias,
  date,
  onDate,
}: {
  userId: number | null;
  alias: string;
  date: string;
  onDate: (date: string) => void;
}) {
  const day = useDay(userId, date);
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const items = day.data ?? [];
  const totals = dayTotals(items);

  const copy = async () => {
    const text = formatDayAsText(alias, date, items);
    try {
      await navigator.clipboard.writeText(text);
      setCopyState('copied');
    } catch {
      setCopyState('failed');
    }
  };

  return (
    <>
      <div className="d-flex flex-wrap align-items-end gap-2 mb-3">
        <DayPicker id="daily-date" date={date} onDate={onDate} />
        <Button
          variant="primary"
          className="ms-auto"
          onClick={() => void copy()}
          disabled={!day.data}
        >
          Copy day as text
        </Button>
      </div>
      <p
        role="status"
        className={copyState === 'copied' ? 'text-success-emphasis small' : 'visually-hidden'}
      >
        {copyState === 'copied'
          ? 'Copied to the clipboard.'
          : copyState === 'failed'
            ? 'Copying failed.'
            : ''}
      </p>
      {copyState === 'failed' && (
        <Form.Group controlId="daily-text" className="mb-3">
          <Form.Label>
            Your browser did not allow copying. Select the text below and copy it.
          </Form.Label>
          <Form.Control
            as="textarea"
            rows={6}
            readOnly
            value={formatDayAsText(alias, date, items)}
          />
        </Form.Group>
      )}
      <h2 className="h5">{formatDate(date)}</h2>
      {day.isPending ? (
        <Loading label="Loading the day" />
      ) : day.isError ? (
        <ErrorMessage error={day.error} onRetry={() => void day.refetch()} />
      ) : items.length === 0 ? (
        <p>
          Nothing logged on this day. <Link to="/jobs/new">Log a job</Link> or{' '}
          <Link to="/tasks">add a task</Link>.
        </p>
      ) : (
        <ul className="list-unstyled m-0" aria-label="Work on this day">
          {items.map((item) => (
            <li key={`${item.kind}-${item.id}`} className="day-row">
              <div className="d-flex justify-content-between gap-2">
                <span className="fw-semibold text-nowrap">
                  {item.start ? `${formatTime(item.start)}–${formatTime(item.end)}` : 'No time'}
                </span>
                <span className="text-nowrap">
                  {formatHours(durationMinutes(item.start, item.end))}
                </span>
              </div>
              <div>
                <Link to={item.kind === 'job' ? `/jobs/${item.id}` : `/tasks/${item.id}`}>
                  {item.name}
                </Link>{' '}
                <span className="small text-body-secondary">
                  {item.kind === 'job'
                    ? `#${item.ticketNumber ?? '?'}${item.buildingName ? ` · ${item.buildingName}` : ''}`
                    : 'Task'}
                </span>{' '}
                {item.followup && (
                  <Badge bg="warning" text="dark">
                    Follow-up
                  </Badge>
                )}{' '}
                {item.changed && <Badge bg="secondary">Changed</Badge>}
              </div>
            </li>
          ))}
        </ul>
      )}
      <dl className="row mt-3 mb-0" aria-label="Totals for the day">
        <div className="col-4">
          <dt className="small">Jobs</dt>
          <dd className="total-figure m-0">{formatHours(totals.jobs)}</dd>
        </div>
        <div className="col-4">
          <dt className="small">Tasks</dt>
          <dd className="total-figure m-0">{formatHours(totals.tasks)}</dd>
        </div>
        <div className="col-4">
          <dt className="small">Total</dt>
          <dd className="total-figure m-0" data-testid="daily-total">
            {formatHours(totals.total)}
          </dd>
        </div>
      </dl>
    </>
  );
}
