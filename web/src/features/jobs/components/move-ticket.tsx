import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import Alert from 'react-bootstrap/Alert';
import Button from 'react-bootstrap/Button';
import { describeError } from '../../../lib/describe-error';
import { createTicket } from '../api/tickets';
import { entryKeys } from '../api/types';
import { type TicketChoice, TicketPicker } from './ticket-picker';

/**
 * Moves an entry to another ticket (an existing one, or a new number with its building).
 * The database refuses a move that would leave devices of another building on the entry;
 * the reason is shown and the choice kept.
 */
export function MoveTicket({
  entryId,
  onMove,
  onDone,
}: {
  entryId: number;
  onMove: (ticketId: number) => Promise<unknown>;
  onDone: () => void;
}) {
  const [choice, setChoice] = useState<TicketChoice | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const queryClient = useQueryClient();

  const move = async () => {
    if (!choice || (choice.kind === 'new' && choice.buildingId === null)) {
      setError('Choose a ticket, or type a new number and choose its building.');
      return;
    }
    setSaving(true);
    setError(null);
    try {
      const ticketId =
        choice.kind === 'existing'
          ? choice.ticket.ticket_id
          : (await createTicket(choice.ticketNumber, choice.buildingId as number)).ticket_id;
      if (choice.kind === 'new') {
        // Created: from now on it is an existing ticket, so a retry does not create it twice.
        setChoice(null);
      }
      await onMove(ticketId);
      void queryClient.invalidateQueries({ queryKey: entryKeys.devices(entryId) });
      onDone();
    } catch (failure) {
      setError(describeError(failure));
    } finally {
      setSaving(false);
    }
  };

  return (
    <div className="panel">
      <TicketPicker value={choice} onChange={setChoice} />
      {error && (
        <Alert variant="danger" role="alert">
          {error}
        </Alert>
      )}
      <div className="d-flex gap-2">
        <Button onClick={() => void move()} disabled={saving}>
          {saving ? 'Moving…' : 'Move to this ticket'}
        </Button>
        <Button variant="outline-secondary" onClick={onDone} disabled={saving}>
          Cancel
        </Button>
      </div>
    </div>
  );
}
