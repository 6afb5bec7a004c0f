import Badge from 'react-bootstrap/Badge';
import { getOutbox } from '../../../lib/offline/outbox-instance';
import { stateLabel, useQueued } from '../../../lib/offline/use-outbox';
import { formatDate, formatTime } from '../../../lib/time';

/** New tasks kept on this device, not yet on the server: listed above the server's tasks. */
export function QueuedTasks() {
  const queued = useQueued('create-task');
  if (queued.length === 0) return null;
  return (
    <section aria-labelledby="queued-tasks-title" className="mb-3">
      <h2 id="queued-tasks-title" className="h6 mb-0">
        New tasks on this device
      </h2>
      <ul className="list-unstyled m-0" aria-label="New tasks on this device">
        {queued.map(({ item, change }) => {
          const task = change.task;
          const start = typeof task.misc_start_time === 'string' ? task.misc_start_time : null;
          const end = typeof task.misc_end_time === 'string' ? task.misc_end_time : null;
          return (
            <li key={item.seq} className="list-row">
              <span className="fw-semibold flex-grow-1">
                {String(task.misc_name || 'Untitled task')}
              </span>
              <span className="small text-body-secondary">
                {formatDate(String(task.misc_start_date))}
                {start && ` · ${formatTime(start)}–${formatTime(end)}`}
              </span>
              <Badge
                bg={item.state === 'waiting' ? 'info' : 'danger'}
                text={item.state === 'waiting' ? 'dark' : undefined}
              >
                {stateLabel(item, getOutbox().isSending(item.seq))}
              </Badge>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
