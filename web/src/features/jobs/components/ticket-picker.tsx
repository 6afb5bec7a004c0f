import { useId, useState } from 'react';
import Button from 'react-bootstrap/Button';
import Form from 'react-bootstrap/Form';
import ListGroup from 'react-bootstrap/ListGroup';
import { useDebouncedValue } from '../../../lib/use-debounced-value';
import type { TicketChoice } from '../api/ticket-choice';
import { useBuildings, useTicketSearch } from '../api/tickets';

export type { TicketChoice };

/**
 * Choose a ticket by number: matching tickets appear as you type; a number nobody has used
 * yet becomes a new ticket, for which the building is asked.
 */
export function TicketPicker({
  value,
  onChange,
  invalid,
}: {
  value: TicketChoice | null;
  onChange: (choice: TicketChoice | null) => void;
  invalid?: string | null;
}) {
  const id = useId();
  const [term, setTerm] = useState(value?.kind === 'new' ? value.ticketNumber : '');
  const search = useTicketSearch(useDebouncedValue(term));
  const buildings = useBuildings();
  const buildingName = (buildingId: number) =>
    buildings.data?.find((b) => b.building_id === buildingId)?.building_name ??
    `Building ${buildingId}`;

  if (value?.kind === 'existing') {
    return (
      <fieldset className="mb-3">
        <legend className="form-label fs-6 mb-1">Ticket</legend>
        <div className="d-flex flex-wrap align-items-center gap-2">
          <span>
            <strong>#{value.ticket.ticket_number}</strong> —{' '}
            {buildingName(value.ticket.building_id)}
          </span>
          <Button
            size="sm"
            variant="outline-secondary"
            onClick={() => {
              setTerm(value.ticket.ticket_number);
              onChange(null);
            }}
          >
            Change ticket
          </Button>
        </div>
      </fieldset>
    );
  }

  const trimmed = term.trim();
  const matches = search.data ?? [];
  const exact = matches.find((t) => t.ticket_number === trimmed);
  return (
    <fieldset className="mb-3">
      <legend className="form-label fs-6 mb-1">Ticket</legend>
      <Form.Label htmlFor={`${id}-number`} className="visually-hidden">
        Ticket number
      </Form.Label>
      <Form.Control
        id={`${id}-number`}
        placeholder="Type a ticket number"
        value={term}
        autoComplete="off"
        isInvalid={Boolean(invalid)}
        aria-invalid={Boolean(invalid)}
        aria-describedby={`${id}-help`}
        onChange={(event) => {
          setTerm(event.target.value);
          const next = event.target.value.trim();
          onChange(
            next
              ? {
                  kind: 'new',
                  ticketNumber: next,
                  buildingId: value?.kind === 'new' ? value.buildingId : null,
                }
              : null,
          );
        }}
      />
      <div id={`${id}-help`} className={invalid ? 'invalid-feedback d-block' : 'form-text'}>
        {invalid ?? 'Pick an existing ticket, or type a new number and choose its building.'}
      </div>
      {trimmed && matches.length > 0 && (
        <ListGroup className="mt-2" aria-label="Matching tickets">
          {matches.map((ticket) => (
            <ListGroup.Item
              key={ticket.ticket_id}
              action
              as="button"
              type="button"
              onClick={() => onChange({ kind: 'existing', ticket })}
            >
              Use ticket <strong>#{ticket.ticket_number}</strong> —{' '}
              {buildingName(ticket.building_id)}
              {ticket.status === 'closed' ? ' (closed)' : ''}
            </ListGroup.Item>
          ))}
        </ListGroup>
      )}
      {trimmed && !exact && !search.isFetching && (
        <div className="mt-2">
          <Form.Label htmlFor={`${id}-building`}>Building of new ticket #{trimmed}</Form.Label>
          <Form.Select
            id={`${id}-building`}
            value={
              value?.kind === 'new' && value.buildingId !== null ? String(value.buildingId) : ''
            }
            onChange={(event) =>
              onChange({
                kind: 'new',
                ticketNumber: trimmed,
                buildingId: event.target.value ? Number(event.target.value) : null,
              })
            }
          >
            <option value="">Choose a building…</option>
            {buildings.data?.map((b) => (
              <option key={b.building_id} value={b.building_id}>
                {b.building_name}
              </option>
            ))}
          </Form.Select>
        </div>
      )}
    </fieldset>
  );
}
