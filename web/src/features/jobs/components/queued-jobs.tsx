import Badge from 'react-bootstrap/Badge';
import { Link } from 'react-router';
import { getOutbox } from '../../../lib/offline/outbox-instance';
import { stateLabel, useQueued } from '../../../lib/offline/use-outbox';
import { formatDate, formatTime } from '../../../lib/time';
import { queuedJobForm } from '../api/offline-entries';

/** New jobs kept on this device, not yet on the server: listed above the server's jobs. */
export function QueuedJobs() {
  const queued = useQueued('create-entry');
  if (queued.length === 0) return null;
  return (
    <section aria-labelledby="queued-jobs-title" className="mb-3">
      <h2 id="queued-jobs-title" className="h6 mb-0">
        New jobs on this device
      </h2>
      <ul className="list-unstyled m-0" aria-label="New jobs on this device">
        {queued.map(({ item, change }) => {
          const entry = change.entry;
          const start = typeof entry.job_start_time === 'string' ? entry.job_start_time : null;
          const end = typeof entry.job_end_time === 'string' ? entry.job_end_time : null;
          return (
            <li key={item.seq} className="list-row">
              <div className="flex-grow-1">
                <span className="fw-semibold">{String(entry.job_name || 'Untitled job')}</span>
                <div className="small text-body-secondary">
                  {formatDate(String(entry.job_date))}
                  {start && ` · ${formatTime(start)}–${formatTime(end)}`}
                  {change.newTicket && ` · #${change.newTicket.ticket_number}`}
                </div>
              </div>
              <Badge
                bg={item.state === 'waiting' ? 'info' : 'danger'}
                text={item.state === 'waiting' ? 'dark' : undefined}
              >
                {stateLabel(item, getOutbox().isSending(item.seq))}
              </Badge>
              {queuedJobForm(change) && !getOutbox().isSending(item.seq) && (
                <Link
                  to={`/jobs/new?queued=${item.seq}`}
                  className="btn btn-sm btn-outline-secondary ms-2"
                  aria-label={`Change waiting job ${String(entry.job_name || 'Untitled job')}`}
                >
                  Change
                </Link>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
