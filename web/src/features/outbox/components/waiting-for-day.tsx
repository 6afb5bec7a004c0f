import { useMemo } from 'react';
import { getOutbox } from '../../../lib/offline/outbox-instance';
import { stateLabel, useOutboxItems } from '../../../lib/offline/use-outbox';

/** The day of a queued new job or task, so dailies can list what is not on the server yet. */
function dayOf(change: ReturnType<typeof useOutboxItems>[number]['change']): string | null {
  if (change.kind === 'create-entry') return String(change.entry.job_date ?? '');
  if (change.kind === 'create-task') return String(change.task.misc_start_date ?? '');
  return null;
}

/** New jobs and tasks of this day still on this device (not yet in the day's totals). */
export function WaitingForDay({ date }: { date: string }) {
  const items = useOutboxItems();
  const mine = useMemo(() => items.filter((item) => dayOf(item.change) === date), [items, date]);
  if (mine.length === 0) return null;
  return (
    <section className="panel" aria-labelledby="waiting-for-day-title">
      <h2 id="waiting-for-day-title" className="h6">
        On this device, not yet in the totals
      </h2>
      <ul className="list-unstyled m-0">
        {mine.map((item) => (
          <li key={item.seq} className="list-row">
            <span className="flex-grow-1 text-break">{item.label}</span>
            <span className="small">{stateLabel(item, getOutbox().isSending(item.seq))}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
