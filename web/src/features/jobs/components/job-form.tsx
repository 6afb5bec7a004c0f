import { useQueryClient } from '@tanstack/react-query';
import { useContext, useMemo, useState } from 'react';
import Alert from 'react-bootstrap/Alert';
import Button from 'react-bootstrap/Button';
import Form from 'react-bootstrap/Form';
import { ApiError } from '../../../lib/api-error';
import { SessionContext } from '../../../lib/auth/session-context';
import { describeError } from '../../../lib/describe-error';
import { isOffline, mustQueue } from '../../../lib/offline/queue-change';
import { useStoredDraft } from '../../../lib/use-stored-draft';
import { createEntry } from '../api/entries';
import {
  checkDraft,
  type DraftErrors,
  emptyDraft,
  entryFromDraft,
  type JobDraft,
} from '../api/job-draft';
import { queueNewEntry, WaitingJobSent } from '../api/offline-entries';
import { createTicket } from '../api/tickets';
import type { JobEntry, Ticket } from '../api/types';
import { DevicePicker } from './device-picker';
import { TicketPicker } from './ticket-picker';

const TEXT_AREAS: { field: keyof JobDraft; label: string; help?: string }[] = [
  { field: 'job_description', label: 'Description' },
  {
    field: 'job_materials_needed',
    label: 'Materials needed',
    help: 'Filling this in raises a job alert.',
  },
  { field: 'job_materials_used', label: 'Materials used' },
  {
    field: 'job_access_needed',
    label: 'Access needed',
    help: 'Filling this in raises a job alert.',
  },
  {
    field: 'job_programming_changes',
    label: 'Programming changes',
    help: 'Filling this in raises a job alert.',
  },
];

/**
 * The new-job form. The draft survives reloads and failed saves. `fill` replaces it (for
 * example with what a dropped email proposes) each time its version changes. Offline, the
 * job is kept on this device and sent later (`onQueued`).
 */
export function JobForm({
  today,
  onSaved,
  onQueued,
  fill,
  replacing,
}: {
  today: string;
  onSaved: (entry: JobEntry, warning: string | null) => void;
  onQueued?: () => void;
  fill?: { draft: JobDraft; version: number };
  /** Queue number of a waiting new job this form changes (it stays waiting, in its place). */
  replacing?: number | undefined;
}) {
  const userId = useContext(SessionContext)?.me?.user_id ?? null;
  const initial = useMemo(() => emptyDraft(today), [today]);
  const [draft, setDraft, clearDraft] = useStoredDraft<JobDraft>(
    replacing === undefined ? 'new-job' : `waiting-job-${replacing}`,
    initial,
  );
  const [errors, setErrors] = useState<DraftErrors>({});
  // Undefined at first, so a form opened with `fill` starts from it.
  const [filledVersion, setFilledVersion] = useState<number | undefined>(undefined);
  // Adjusted while rendering, so the ticket picker below mounts with the filled ticket.
  if (fill && fill.version !== filledVersion) {
    setFilledVersion(fill.version);
    setDraft(fill.draft);
    setErrors({});
  }
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const queryClient = useQueryClient();

  const set = <K extends keyof JobDraft>(field: K, value: JobDraft[K]) => {
    setDraft((d) => ({ ...d, [field]: value }));
    setErrors((e) => ({ ...e, [field]: undefined }));
  };

  const buildingId =
    draft.ticket?.kind === 'existing'
      ? draft.ticket.ticket.building_id
      : (draft.ticket?.buildingId ?? null);

  const validate = (): boolean => {
    const found = checkDraft(draft);
    setErrors(found);
    return Object.keys(found).length === 0;
  };

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setFormError(null);
    if (!validate() || !draft.ticket) {
      setFormError('Please fix the fields marked below.');
      return;
    }
    setSaving(true);
    const queue = async () => {
      await queueNewEntry(userId as number, draft, replacing);
      clearDraft();
      onQueued?.();
    };
    try {
      if (userId !== null && (replacing !== undefined || mustQueue(userId))) {
        await queue();
        return;
      }
      let ticket: Ticket;
      if (draft.ticket.kind === 'existing') ticket = draft.ticket.ticket;
      else {
        try {
          ticket = await createTicket(draft.ticket.ticketNumber, draft.ticket.buildingId as number);
        } catch (error) {
          if (error instanceof ApiError && error.code === '23505') {
            setErrors({
              ticket: `Ticket #${draft.ticket.ticketNumber} already exists. Pick it from the list.`,
            });
          }
          throw error;
        }
        // The ticket exists now; a retry after a later failure must not create it again.
        set('ticket', { kind: 'existing', ticket });
      }
      const entry = await createEntry(entryFromDraft(draft, ticket.ticket_id), draft.devices);
      clearDraft();
      void queryClient.invalidateQueries({ queryKey: ['jobs'] });
      void queryClient.invalidateQueries({ queryKey: ['day'] });
      onSaved(entry, null);
    } catch (error) {
      if (error instanceof WaitingJobSent) setFormError(error.message);
      else if (userId !== null && isOffline(error)) {
        await queue().catch(() => setFormError(describeError(error)));
      } else setFormError(describeError(error));
    } finally {
      setSaving(false);
    }
  };

  const textField = (field: keyof JobDraft, label: string, type: string, required = false) => (
    <Form.Group className="mb-3" controlId={`job-${field}`}>
      <Form.Label>
        {label}
        {required && <span aria-hidden="true"> *</span>}
      </Form.Label>
      <Form.Control
        type={type}
        required={required}
        value={String(draft[field] ?? '')}
        isInvalid={Boolean(errors[field])}
        aria-invalid={Boolean(errors[field])}
        aria-describedby={errors[field] ? `job-${field}-error` : undefined}
        onChange={(e) => set(field, e.target.value as never)}
      />
      {errors[field] && (
        <div id={`job-${field}-error`} className="invalid-feedback d-block">
          {errors[field]}
        </div>
      )}
    </Form.Group>
  );

  return (
    <Form noValidate onSubmit={submit}>
      {formError && (
        <Alert variant="danger" role="alert">
          {formError}
        </Alert>
      )}
      <TicketPicker
        key={filledVersion ?? 'typed'}
        value={draft.ticket}
        invalid={errors.ticket ?? null}
        onChange={(choice) => {
          set('ticket', choice);
          setDraft((d) => ({ ...d, ticket: choice, devices: [] }));
        }}
      />
      {textField('job_name', 'Job name', 'text', true)}
      <div className="row">
        <div className="col-12 col-sm-4">{textField('job_date', 'Date', 'date', true)}</div>
        <div className="col-6 col-sm-4">{textField('job_start_time', 'Start time', 'time')}</div>
        <div className="col-6 col-sm-4">{textField('job_end_time', 'End time', 'time')}</div>
      </div>
      {TEXT_AREAS.map(({ field, label, help }) => (
        <Form.Group className="mb-3" controlId={`job-${field}`} key={field}>
          <Form.Label>{label}</Form.Label>
          <Form.Control
            as="textarea"
            rows={2}
            value={String(draft[field] ?? '')}
            aria-describedby={help ? `job-${field}-help` : undefined}
            onChange={(e) => set(field, e.target.value as never)}
          />
          {help && (
            <Form.Text id={`job-${field}-help`} muted>
              {help}
            </Form.Text>
          )}
        </Form.Group>
      ))}
      <Form.Check
        className="mb-3"
        type="switch"
        id="job-followup"
        label="Follow-up required"
        checked={draft.job_followup_required}
        onChange={(e) => set('job_followup_required', e.target.checked)}
      />
      <DevicePicker
        buildingId={buildingId}
        selected={draft.devices}
        onToggle={(deviceId, checked) =>
          set(
            'devices',
            checked ? [...draft.devices, deviceId] : draft.devices.filter((d) => d !== deviceId),
          )
        }
      />
      <div className="d-flex flex-wrap gap-2">
        <Button type="submit" disabled={saving}>
          {saving ? 'Saving…' : 'Save job'}
        </Button>
        <Button variant="outline-secondary" type="button" onClick={clearDraft} disabled={saving}>
          Clear form
        </Button>
      </div>
    </Form>
  );
}
