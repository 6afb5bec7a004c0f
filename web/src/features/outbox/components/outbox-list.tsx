import { useState } from 'react';
import Badge from 'react-bootstrap/Badge';
import Button from 'react-bootstrap/Button';
import { getOutbox } from '../../../lib/offline/outbox-instance';
import type { OutboxItem } from '../../../lib/offline/outbox-types';
import { stateLabel } from '../../../lib/offline/use-outbox';
import { useOutboxActions } from '../api/use-outbox-actions';
import { ConflictChooser } from './conflict-chooser';

/** Every change kept on this device, oldest first, with what can be done about each. */
export function OutboxList({ items }: { items: readonly OutboxItem[] }) {
  return (
    <ol className="list-unstyled m-0" aria-label="Changes on this device">
      {items.map((item) => (
        <OutboxRow key={item.seq} item={item} />
      ))}
    </ol>
  );
}

function OutboxRow({ item }: { item: OutboxItem }) {
  const actions = useOutboxActions();
  const [confirming, setConfirming] = useState(false);
  const change = item.change;
  const attention = item.state !== 'waiting';
  return (
    <li className="list-row flex-column">
      <div className="d-flex flex-wrap gap-2 align-items-center">
        <span className="fw-semibold flex-grow-1 text-break">{item.label}</span>
        <Badge bg={attention ? 'danger' : 'info'} text={attention ? undefined : 'dark'}>
          {stateLabel(item, getOutbox().isSending(item.seq))}
        </Badge>
      </div>
      {item.reason && <p className="small mb-1 text-break">{item.reason}</p>}
      {item.state === 'conflict' &&
        item.theirs &&
        (change.kind === 'edit-entry' || change.kind === 'edit-task') && (
          <ConflictChooser
            change={change}
            theirs={item.theirs}
            onKeepMine={(patch) => actions.keepMine(item.seq, patch)}
            onTakeTheirs={() => actions.discard(item.seq)}
          />
        )}
      {item.state === 'refused' && (
        <div className="d-flex flex-wrap gap-2">
          <Button size="sm" onClick={() => void actions.retry(item.seq)}>
            Try again
          </Button>
          {confirming ? (
            <Button size="sm" variant="danger" onClick={() => void actions.discard(item.seq)}>
              Discard for good
            </Button>
          ) : (
            <Button size="sm" variant="outline-danger" onClick={() => setConfirming(true)}>
              Discard
            </Button>
          )}
        </div>
      )}
    </li>
  );
}
