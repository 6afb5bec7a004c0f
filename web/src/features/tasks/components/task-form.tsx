import { useQueryClient } from '@tanstack/react-query';
import { useContext, useMemo, useState } from 'react';
import Alert from 'react-bootstrap/Alert';
import Button from 'react-bootstrap/Button';
import Form from 'react-bootstrap/Form';
import { SessionContext } from '../../../lib/auth/session-context';
import { describeError } from '../../../lib/describe-error';
import { isOffline, mustQueue } from '../../../lib/offline/queue-change';
import { useStoredDraft } from '../../../lib/use-stored-draft';
import { queueNewTask } from '../api/offline-tasks';
import { createTask, type MiscTask } from '../api/tasks';

/**
 * A short form for a new task (training, driving, stores run…). Keeps its draft; offline the
 * task is kept on this device and sent later (`onQueued`).
 */
export function TaskForm({
  today,
  onSaved,
  onQueued,
}: {
  today: string;
  onSaved: (task: MiscTask) => void;
  onQueued?: () => void;
}) {
  const userId = useContext(SessionContext)?.me?.user_id ?? null;
  const initial = useMemo(() => ({ name: '', date: today, start: '', end: '' }), [today]);
  const [draft, setDraft, clear] = useStoredDraft('new-task', initial);
  const [error, setError] = useState<string | null>(null);
  const [nameMissing, setNameMissing] = useState(false);
  const [saving, setSaving] = useState(false);
  const queryClient = useQueryClient();

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!draft.name.trim()) {
      setNameMissing(true);
      return;
    }
    setSaving(true);
    setError(null);
    const input = {
      misc_name: draft.name.trim(),
      misc_start_date: draft.date,
      misc_start_time: draft.start || null,
      misc_end_time: draft.end || null,
    };
    const queue = async () => {
      await queueNewTask(userId as number, input);
      clear();
      onQueued?.();
    };
    try {
      if (userId !== null && mustQueue(userId)) {
        await queue();
        return;
      }
      const task = await createTask(input);
      clear();
      void queryClient.invalidateQueries({ queryKey: ['tasks'] });
      void queryClient.invalidateQueries({ queryKey: ['day'] });
      onSaved(task);
    } catch (failure) {
      if (userId !== null && isOffline(failure)) {
        await queue().catch(() => setError(describeError(failure)));
      } else setError(describeError(failure));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Form noValidate onSubmit={submit} aria-label="New task">
      {error && (
        <Alert variant="danger" role="alert">
          {error}
        </Alert>
      )}
      <div className="row g-2 align-items-end">
        <Form.Group className="col-12 col-md-4" controlId="task-name">
          <Form.Label>Task</Form.Label>
          <Form.Control
            value={draft.name}
            isInvalid={nameMissing}
            aria-invalid={nameMissing}
            aria-describedby={nameMissing ? 'task-name-error' : undefined}
            onChange={(e) => {
              setNameMissing(false);
              setDraft({ ...draft, name: e.target.value });
            }}
          />
          {nameMissing && (
            <div id="task-name-error" className="invalid-feedback d-block">
              Name the task.
            </div>
          )}
        </Form.Group>
        <Form.Group className="col-12 col-sm-4 col-md-3" controlId="task-date">
          <Form.Label>Date</Form.Label>
          <Form.Control
            type="date"
            value={draft.date}
            onChange={(e) => setDraft({ ...draft, date: e.target.value })}
          />
        </Form.Group>
        <Form.Group className="col-6 col-sm-4 col-md-2" controlId="task-start">
          <Form.Label>Start</Form.Label>
          <Form.Control
            type="time"
            value={draft.start}
            onChange={(e) => setDraft({ ...draft, start: e.target.value })}
          />
        </Form.Group>
        <Form.Group className="col-6 col-sm-4 col-md-2" controlId="task-end">
          <Form.Label>End</Form.Label>
          <Form.Control
            type="time"
            value={draft.end}
            onChange={(e) => setDraft({ ...draft, end: e.target.value })}
          />
        </Form.Group>
        <div className="col-12 col-md-1">
          <Button type="submit" disabled={saving} className="w-100">
            {saving ? '…' : 'Add'}
          </Button>
        </div>
      </div>
    </Form>
  );
}
