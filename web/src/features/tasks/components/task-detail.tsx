import Badge from 'react-bootstrap/Badge';
import Button from 'react-bootstrap/Button';
import { EditableField } from '../../../components/ui/editable-field/editable-field';
import { ErrorMessage } from '../../../components/ui/error-message';
import { Loading } from '../../../components/ui/loading';
import { usePendingEdits } from '../../../lib/offline/use-outbox';
import { formatDate, formatInstant, formatTime } from '../../../lib/time';
import { type MiscTask, useTask, useUpdateTask } from '../api/tasks';

export function TaskDetail({
  taskId,
  timeZone,
  ownerId,
  onDelete,
}: {
  taskId: number;
  timeZone: string;
  ownerId: number | null;
  onDelete: (task: MiscTask) => void;
}) {
  const task = useTask(taskId);
  const update = useUpdateTask(taskId);
  // Edits kept on this device are shown over the server's (or the offline cache's) copy.
  const pending = usePendingEdits('edit-task', taskId);
  if (task.isPending) return <Loading label="Loading the task" />;
  if (task.isError) return <ErrorMessage error={task.error} onRetry={() => void task.refetch()} />;
  if (!task.data) return <p>This task was not found. It may have been deleted.</p>;
  const t = { ...task.data, ...pending.patch } as MiscTask;
  const readOnly = ownerId !== null && t.user_id !== ownerId;
  const save = (field: keyof MiscTask) => (next: string | null) => update({ [field]: next });
  return (
    <>
      {pending.items.length > 0 && (
        <p>
          <Badge bg="info" text="dark">
            {pending.items.some((i) => i.state !== 'waiting') ? 'Not synced' : 'Waiting to sync'}
          </Badge>{' '}
          <span className="small">Your changes are kept on this device until they are sent.</span>
        </p>
      )}
      <EditableField
        label="Task"
        value={t.misc_name}
        required
        onSave={save('misc_name')}
        readOnly={readOnly}
      />
      <div className="field-grid">
        <EditableField
          label="Date"
          kind="date"
          value={t.misc_start_date}
          required
          format={formatDate}
          onSave={save('misc_start_date')}
          readOnly={readOnly}
        />
        <EditableField
          label="Start time"
          kind="time"
          value={t.misc_start_time ? formatTime(t.misc_start_time) : null}
          onSave={save('misc_start_time')}
          readOnly={readOnly}
        />
        <EditableField
          label="End time"
          kind="time"
          value={t.misc_end_time ? formatTime(t.misc_end_time) : null}
          onSave={save('misc_end_time')}
          readOnly={readOnly}
        />
      </div>
      <p className="small text-body-secondary mt-3">
        Created {formatInstant(t.created_at, timeZone)} · last saved{' '}
        {formatInstant(t.updated_at, timeZone)}
      </p>
      <Button variant="outline-danger" onClick={() => onDelete(t)}>
        Delete task
      </Button>
    </>
  );
}
