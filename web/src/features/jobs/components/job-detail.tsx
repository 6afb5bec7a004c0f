import { useState } from 'react';
import Badge from 'react-bootstrap/Badge';
import Button from 'react-bootstrap/Button';
import { EditableField } from '../../../components/ui/editable-field/editable-field';
import { EditableToggle } from '../../../components/ui/editable-field/editable-toggle';
import { ErrorMessage } from '../../../components/ui/error-message';
import { Loading } from '../../../components/ui/loading';
import { Panel } from '../../../components/ui/page/page';
import { usePendingEdits } from '../../../lib/offline/use-outbox';
import { durationMinutes, formatDate, formatHours, formatTime } from '../../../lib/time';
import { useEntry } from '../api/entries';
import { useBuilding, useTicket } from '../api/tickets';
import type { JobEntry } from '../api/types';
import { useUpdateEntry } from '../api/update-entry';
import { EntryDevicesEditor } from './entry-devices-editor';
import { EntryAlertsPanel, EntryFlags, EntryHistory } from './entry-status';
import { MoveTicket } from './move-ticket';

const TEXT_FIELDS: { field: keyof JobEntry; label: string }[] = [
  { field: 'job_description', label: 'Description' },
  { field: 'job_materials_needed', label: 'Materials needed' },
  { field: 'job_materials_used', label: 'Materials used' },
  { field: 'job_access_needed', label: 'Access needed' },
  { field: 'job_programming_changes', label: 'Programming changes' },
];

/** One job entry: every field edits in place; flags, alerts, devices and history around it. */
export function JobDetail({
  entryId,
  timeZone,
  ownerId,
  onDelete,
}: {
  entryId: number;
  timeZone: string;
  ownerId: number | null;
  onDelete: (entry: JobEntry) => void;
}) {
  const entry = useEntry(entryId);
  const update = useUpdateEntry(entryId);
  const ticket = useTicket(entry.data?.ticket_id);
  const building = useBuilding(ticket.data?.building_id);
  const [moving, setMoving] = useState(false);
  // Edits kept on this device are shown over the server's (or the offline cache's) copy.
  const pending = usePendingEdits('edit-entry', entryId);

  if (entry.isPending) return <Loading label="Loading the job" />;
  if (entry.isError)
    return <ErrorMessage error={entry.error} onRetry={() => void entry.refetch()} />;
  if (!entry.data) return <p>This job was not found. It may have been deleted.</p>;

  const e = { ...entry.data, ...pending.patch } as JobEntry;
  // Only the owner edits an entry; managers and admins may read (and delete) others'.
  const readOnly = ownerId !== null && e.user_id !== ownerId;
  const save = (field: keyof JobEntry) => (next: string | null) => update({ [field]: next });
  const minutes = durationMinutes(e.job_start_time, e.job_end_time);

  return (
    <>
      <EntryFlags entry={e} timeZone={timeZone} />
      {pending.items.length > 0 && (
        <p>
          <Badge bg="info" text="dark">
            {pending.items.some((i) => i.state !== 'waiting') ? 'Not synced' : 'Waiting to sync'}
          </Badge>{' '}
          <span className="small">Your changes are kept on this device until they are sent.</span>
        </p>
      )}
      {readOnly && (
        <p className="text-body-secondary">
          This is another person’s job: you can read it, not edit it.
        </p>
      )}
      <p className="mb-2 d-flex flex-wrap align-items-center gap-2">
        <span>
          Ticket <strong>#{ticket.data?.ticket_number ?? '…'}</strong>
          {building && ` — ${building.building_name}`}
          {minutes > 0 && ` · ${formatHours(minutes)}`}
        </span>
        {!readOnly && !moving && (
          <Button size="sm" variant="outline-secondary" onClick={() => setMoving(true)}>
            Change ticket
          </Button>
        )}
      </p>
      {moving && (
        <MoveTicket
          entryId={e.entry_id}
          onMove={(ticketId) => update({ ticket_id: ticketId })}
          onDone={() => setMoving(false)}
        />
      )}
      <EditableField
        label="Job name"
        value={e.job_name}
        required
        maxLength={200}
        onSave={save('job_name')}
        readOnly={readOnly}
      />
      <div className="field-grid">
        <EditableField
          label="Date"
          kind="date"
          value={e.job_date}
          required
          format={formatDate}
          onSave={save('job_date')}
          readOnly={readOnly}
        />
        <EditableField
          label="Start time"
          kind="time"
          value={e.job_start_time ? formatTime(e.job_start_time) : null}
          onSave={save('job_start_time')}
          readOnly={readOnly}
        />
        <EditableField
          label="End time"
          kind="time"
          value={e.job_end_time ? formatTime(e.job_end_time) : null}
          onSave={save('job_end_time')}
          readOnly={readOnly}
        />
      </div>
      {TEXT_FIELDS.map(({ field, label }) => (
        <EditableField
          key={field}
          label={label}
          kind="textarea"
          value={(e[field] as string | null) ?? null}
          onSave={save(field)}
          readOnly={readOnly}
        />
      ))}
      <EditableToggle
        label="Follow-up required"
        value={e.job_followup_required}
        onSave={(next) => update({ job_followup_required: next })}
        readOnly={readOnly}
      />
      <div className="mt-3">
        {readOnly ? null : (
          <EntryDevicesEditor entryId={e.entry_id} buildingId={ticket.data?.building_id ?? null} />
        )}
      </div>
      <div className="row g-3 mt-1">
        <div className="col-md-6">
          <Panel title="Alerts" id="job-alerts">
            <EntryAlertsPanel entryId={e.entry_id} timeZone={timeZone} />
          </Panel>
        </div>
        <div className="col-md-6">
          <Panel title="History" id="job-history">
            <EntryHistory entry={e} timeZone={timeZone} />
          </Panel>
        </div>
      </div>
      <Button variant="outline-danger" onClick={() => onDelete(e)}>
        Delete job
      </Button>
    </>
  );
}
