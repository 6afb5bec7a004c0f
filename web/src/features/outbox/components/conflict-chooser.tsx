import { useId, useState } from 'react';
import Button from 'react-bootstrap/Button';
import Form from 'react-bootstrap/Form';
import type { ApiRow, EditChange } from '../../../lib/offline/outbox-types';
import { compareFields, fieldLabel, showValue } from '../api/field-labels';

const TEXT_AREA = /description|materials|access|programming/;

/**
 * Both versions side by side, and the choice: keep mine, take theirs, or edit a version of
 * my own from both (it is sent on top of theirs). Nothing typed goes without a click.
 */
export function ConflictChooser({
  change,
  theirs,
  onKeepMine,
  onTakeTheirs,
}: {
  change: EditChange;
  theirs: ApiRow;
  onKeepMine: (patch?: ApiRow) => Promise<void>;
  onTakeTheirs: () => Promise<void>;
}) {
  const id = useId();
  const rows = compareFields(change.patch, theirs);
  const [editing, setEditing] = useState<ApiRow | null>(null);
  const [busy, setBusy] = useState(false);
  const act = (run: () => Promise<void>) => async () => {
    setBusy(true);
    try {
      await run();
    } finally {
      setBusy(false);
    }
  };

  if (editing) {
    return (
      <Form
        onSubmit={(event) => {
          event.preventDefault();
          void act(() => onKeepMine(editing))();
        }}
      >
        {rows.map(({ field, theirs: server }) => {
          const value = editing[field];
          if (typeof value === 'boolean') {
            return (
              <Form.Check
                key={field}
                type="switch"
                id={`${id}-${field}`}
                label={fieldLabel(field)}
                checked={value}
                onChange={(e) => setEditing({ ...editing, [field]: e.target.checked })}
              />
            );
          }
          return (
            <Form.Group key={field} className="mb-2" controlId={`${id}-${field}`}>
              <Form.Label>{fieldLabel(field)}</Form.Label>
              <Form.Control
                as={TEXT_AREA.test(field) ? 'textarea' : 'input'}
                value={value === null || value === undefined ? '' : String(value)}
                aria-describedby={`${id}-${field}-theirs`}
                onChange={(e) => setEditing({ ...editing, [field]: e.target.value || null })}
              />
              <Form.Text id={`${id}-${field}-theirs`}>
                On the server now: {showValue(server)}
              </Form.Text>
            </Form.Group>
          );
        })}
        <div className="d-flex flex-wrap gap-2">
          <Button type="submit" disabled={busy}>
            Send this version
          </Button>
          <Button variant="secondary" onClick={() => setEditing(null)} disabled={busy}>
            Back to the choice
          </Button>
        </div>
      </Form>
    );
  }

  return (
    <>
      <div className="table-responsive">
        <table className="table table-sm align-middle mb-2">
          <caption className="caption-top">
            This was changed elsewhere after you edited it here. Choose which version to keep.
          </caption>
          <thead>
            <tr>
              <th scope="col">Field</th>
              <th scope="col">Yours (this device)</th>
              <th scope="col">On the server now</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ field, mine, theirs: server, differs }) => (
              <tr key={field} className={differs ? 'table-warning' : undefined}>
                <th scope="row">{fieldLabel(field)}</th>
                <td className="text-break">{showValue(mine)}</td>
                <td className="text-break">{showValue(server)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="d-flex flex-wrap gap-2">
        <Button size="sm" onClick={act(() => onKeepMine())} disabled={busy}>
          Keep mine
        </Button>
        <Button size="sm" variant="secondary" onClick={act(onTakeTheirs)} disabled={busy}>
          Take theirs
        </Button>
        <Button
          size="sm"
          variant="secondary"
          onClick={() => setEditing({ ...change.patch })}
          disabled={busy}
        >
          Edit
        </Button>
      </div>
    </>
  );
}
