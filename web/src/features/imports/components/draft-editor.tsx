import Alert from 'react-bootstrap/Alert';
import Button from 'react-bootstrap/Button';
import Form from 'react-bootstrap/Form';
import type { DraftField, DraftProblems } from '../api/draft-checks';
import type { ImportDraft } from '../api/types';

type TextField = 'ticket_number' | 'job_name' | 'job_date' | 'job_start_time' | 'job_end_time';

/** One proposed job, editable before it is confirmed. */
export function DraftEditor({
  draft,
  index,
  count,
  problems,
  buildings,
  onChange,
  onRemove,
}: {
  draft: ImportDraft;
  index: number;
  count: number;
  problems: DraftProblems;
  buildings: { building_id: number; building_name: string }[];
  onChange: (draft: ImportDraft) => void;
  onRemove: () => void;
}) {
  const prefix = `draft-${index}`;
  const set = (patch: Partial<ImportDraft>) => onChange({ ...draft, ...patch });
  const invalid = (field: DraftField) =>
    problems[field]
      ? { isInvalid: true, 'aria-invalid': true, 'aria-describedby': `${prefix}-${field}-error` }
      : {};
  const error = (field: DraftField) =>
    problems[field] && (
      <div id={`${prefix}-${field}-error`} className="invalid-feedback d-block">
        {problems[field]}
      </div>
    );
  const text = (field: TextField, label: string, type = 'text', required = false) => (
    <Form.Group className="mb-2" controlId={`${prefix}-${field}`}>
      <Form.Label className="mb-1">
        {label}
        {required && <span aria-hidden="true"> *</span>}
      </Form.Label>
      <Form.Control
        type={type}
        required={required}
        value={draft[field] ?? ''}
        onChange={(event) => set({ [field]: event.target.value })}
        {...invalid(field as DraftField)}
      />
      {error(field as DraftField)}
    </Form.Group>
  );

  const suggested = new Set(draft.building_candidates.map((c) => c.building_id));
  const others = buildings.filter((b) => !suggested.has(b.building_id));
  return (
    <fieldset className="panel mb-3" aria-labelledby={`${prefix}-legend`}>
      <div className="d-flex flex-wrap justify-content-between align-items-start gap-2 mb-2">
        <legend id={`${prefix}-legend`} className="h6 m-0 w-auto float-none">
          Job {index + 1} of {count}
          <span className="d-block small text-body-secondary text-break">
            from {draft.source_file}
          </span>
        </legend>
        <Button size="sm" variant="outline-danger" onClick={onRemove}>
          Remove job {index + 1}
        </Button>
      </div>
      {draft.warnings.length > 0 && (
        <Alert variant="warning" role="note" className="py-2 small">
          <ul className="mb-0 ps-3">
            {draft.warnings.map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
          </ul>
        </Alert>
      )}
      <div className="row">
        <div className="col-12 col-sm-6">
          {text('ticket_number', 'Ticket number', 'text', true)}
        </div>
        <div className="col-12 col-sm-6">
          <Form.Group className="mb-2" controlId={`${prefix}-building_id`}>
            <Form.Label className="mb-1">
              Building<span aria-hidden="true"> *</span>
            </Form.Label>
            <Form.Select
              required
              value={draft.building_id ?? ''}
              onChange={(event) =>
                set({ building_id: event.target.value ? Number(event.target.value) : null })
              }
              {...invalid('building_id')}
            >
              <option value="">Choose a building…</option>
              {draft.building_candidates.length > 0 && (
                <optgroup label="Named in the message">
                  {draft.building_candidates.map((c) => (
                    <option key={c.building_id} value={c.building_id}>
                      {c.building_name}
                    </option>
                  ))}
                </optgroup>
              )}
              <optgroup label="All buildings">
                {others.map((b) => (
                  <option key={b.building_id} value={b.building_id}>
                    {b.building_name}
                  </option>
                ))}
              </optgroup>
            </Form.Select>
            {error('building_id')}
          </Form.Group>
        </div>
      </div>
      {text('job_name', 'Job name', 'text', true)}
      <div className="row">
        <div className="col-12 col-sm-4">{text('job_date', 'Date', 'date', true)}</div>
        <div className="col-6 col-sm-4">{text('job_start_time', 'Start time', 'time')}</div>
        <div className="col-6 col-sm-4">{text('job_end_time', 'End time', 'time')}</div>
      </div>
      <Form.Group className="mb-1" controlId={`${prefix}-job_description`}>
        <Form.Label className="mb-1">Description</Form.Label>
        <Form.Control
          as="textarea"
          rows={3}
          value={draft.job_description ?? ''}
          onChange={(event) => set({ job_description: event.target.value || null })}
        />
      </Form.Group>
    </fieldset>
  );
}
