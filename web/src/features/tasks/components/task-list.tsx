import { useState } from 'react';
import Badge from 'react-bootstrap/Badge';
import { Link } from 'react-router';
import { ErrorMessage } from '../../../components/ui/error-message';
import { Loading } from '../../../components/ui/loading';
import { Pager } from '../../../components/ui/pager';
import { usePendingEditsById } from '../../../lib/offline/use-outbox';
import { durationMinutes, formatDate, formatHours, formatTime } from '../../../lib/time';
import { type MiscTask, TASKS_PAGE_SIZE, useTasks } from '../api/tasks';
import { QueuedTasks } from './queued-tasks';

export function TaskList({ userId }: { userId: number | null }) {
  const [page, setPage] = useState(1);
  const tasks = useTasks(userId, page);
  const edits = usePendingEditsById('edit-task');
  if (tasks.isPending) return <Loading label="Loading tasks" />;
  if (tasks.isError)
    return (
      <>
        <QueuedTasks />
        <ErrorMessage error={tasks.error} onRetry={() => void tasks.refetch()} />
      </>
    );
  return (
    <>
      <QueuedTasks />
      {tasks.data.data.length === 0 ? (
        <p>No tasks yet.</p>
      ) : (
        <ul className="list-unstyled m-0" aria-label="Tasks">
          {tasks.data.data.map((row) => {
            const edit = edits.get(row.entry_id);
            const task = { ...row, ...edit?.patch } as MiscTask;
            const minutes = durationMinutes(task.misc_start_time, task.misc_end_time);
            return (
              <li key={task.entry_id} className="list-row">
                <Link to={`/tasks/${task.entry_id}`} className="fw-semibold flex-grow-1">
                  {task.misc_name || 'Untitled task'}
                </Link>
                <span className="small text-body-secondary">
                  {formatDate(task.misc_start_date)}
                  {task.misc_start_time &&
                    ` · ${formatTime(task.misc_start_time)}–${formatTime(task.misc_end_time)}`}
                  {minutes > 0 && ` · ${formatHours(minutes)}`}
                </span>
                {edit && (
                  <Badge bg="info" text="dark">
                    Waiting to sync
                  </Badge>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <Pager
        page={page}
        pageSize={TASKS_PAGE_SIZE}
        total={tasks.data.count}
        onPage={setPage}
        label="Task pages"
      />
    </>
  );
}
