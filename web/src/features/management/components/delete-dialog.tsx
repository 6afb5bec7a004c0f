import { type FormEvent, useId, useState } from 'react';
import Button from 'react-bootstrap/Button';
import Form from 'react-bootstrap/Form';
import Modal from 'react-bootstrap/Modal';
import { ErrorMessage } from '../../../components/ui/error-message';
import { deleteWithReason, kindNoun } from '../api/moderate';
import type { WorkRow } from '../api/work-rows';

const MAX_REASON = 500;

/**
 * Asks for confirmation and a reason before deleting someone's row. The database records
 * the reason in history; a refusal is shown here in words and the dialog stays open.
 */
export function DeleteDialog({
  row,
  ownerName,
  onCancel,
  onDeleted,
}: {
  row: WorkRow;
  ownerName: string;
  onCancel: () => void;
  onDeleted: (reason: string) => void;
}) {
  const [reason, setReason] = useState('');
  const [touched, setTouched] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const titleId = useId();
  const noun = kindNoun(row.kind);
  const missing = reason.trim() === '';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (missing) return;
    setBusy(true);
    setError(null);
    try {
      await deleteWithReason(row.kind, row.id, reason.trim());
      onDeleted(reason.trim());
    } catch (failure) {
      setError(failure);
      setBusy(false);
    }
  };

  return (
    <Modal
      show
      onHide={busy ? () => {} : onCancel}
      aria-labelledby={titleId}
      centered
      // Once deleted, the button that opened the dialog is gone; the list moves focus on.
      restoreFocus={!busy}
    >
      <Form onSubmit={submit} noValidate>
        <Modal.Header closeButton={!busy}>
          <Modal.Title id={titleId} as="h2" className="h5">
            Delete {noun} “{row.title}”?
          </Modal.Title>
        </Modal.Header>
        <Modal.Body>
          <p>
            It leaves {ownerName}’s lists and the team’s totals. It can be restored from the
            “Deleted” list.
          </p>
          <Form.Group controlId="delete-reason">
            <Form.Label>Reason</Form.Label>
            <Form.Control
              as="textarea"
              rows={3}
              value={reason}
              maxLength={MAX_REASON}
              required
              autoFocus
              isInvalid={touched && missing}
              aria-describedby="delete-reason-help"
              onChange={(event) => setReason(event.target.value)}
            />
            <Form.Control.Feedback type="invalid">Say why it is deleted.</Form.Control.Feedback>
            <Form.Text id="delete-reason-help">
              Recorded in the {noun}’s history with your name.
            </Form.Text>
          </Form.Group>
          {error !== null && (
            <div className="mt-3">
              <ErrorMessage error={error} />
            </div>
          )}
        </Modal.Body>
        <Modal.Footer>
          <Button variant="outline-secondary" onClick={onCancel} disabled={busy}>
            Cancel
          </Button>
          <Button type="submit" variant="danger" disabled={busy}>
            {busy ? 'Deleting…' : `Delete ${noun}`}
          </Button>
        </Modal.Footer>
      </Form>
    </Modal>
  );
}
