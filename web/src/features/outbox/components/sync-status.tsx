import { useId, useState } from 'react';
import Button from 'react-bootstrap/Button';
import { useSession } from '../../../lib/auth/session-context';
import { useOutboxItems } from '../../../lib/offline/use-outbox';
import { useOutboxSync } from '../../../lib/offline/use-outbox-sync';
import { useOnline } from '../../../lib/use-online';
import { useRefreshAfterSync } from '../api/use-outbox-actions';
import { OutboxList } from './outbox-list';

/** One sentence on the state of this device: offline, changes waiting, or needing a choice. */
export function syncSummary(online: boolean, waiting: number, attention: number): string | null {
  const changes = (n: number) => (n === 1 ? '1 change' : `${n} changes`);
  const parts: string[] = [];
  if (!online)
    parts.push('You are offline. New jobs, tasks, edits and photos are kept on this device.');
  if (waiting > 0) {
    parts.push(
      online
        ? `${changes(waiting)} waiting to sync.`
        : `${changes(waiting)} waiting to sync when the connection is back.`,
    );
  }
  if (attention > 0)
    parts.push(`${changes(attention)} need${attention === 1 ? 's' : ''} your choice.`);
  return parts.length > 0 ? parts.join(' ') : null;
}

/**
 * The sync indicator at the top of every page: sends the queue when it can, says how many
 * changes wait, and lists them (conflicts and refusals open by themselves).
 */
export function SyncStatus() {
  const { status, me } = useSession();
  const signedIn = status === 'signed-in' || status === 'expired';
  useOutboxSync(signedIn ? (me?.user_id ?? null) : null, useRefreshAfterSync());
  const items = useOutboxItems();
  const online = useOnline();
  const [shown, setShown] = useState(false);
  const listId = useId();
  const attention = items.filter((i) => i.state !== 'waiting').length;
  const summary = signedIn
    ? syncSummary(online, items.length - attention, attention)
    : online
      ? null
      : 'You are offline.';
  const open = items.length > 0 && (shown || attention > 0);
  return (
    <div className="content-box-md mx-auto">
      <div role="status">
        {summary && (
          <div
            className={`alert ${attention > 0 ? 'alert-danger' : 'alert-warning'} d-flex flex-wrap align-items-center gap-2 py-2`}
          >
            <span className="flex-grow-1">{summary}</span>
            {items.length > 0 && attention === 0 && (
              <Button
                variant="link"
                className="alert-link p-0"
                aria-expanded={open}
                aria-controls={listId}
                onClick={() => setShown((s) => !s)}
              >
                {open ? 'Hide changes' : 'Show changes'}
              </Button>
            )}
          </div>
        )}
      </div>
      {open && (
        <section id={listId} className="panel mb-3" aria-labelledby={`${listId}-title`}>
          <h2 id={`${listId}-title`} className="h6">
            Changes on this device
          </h2>
          <OutboxList items={items} />
        </section>
      )}
    </div>
  );
}
