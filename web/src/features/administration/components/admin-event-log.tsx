import { Fragment, useState } from 'react';
import Button from 'react-bootstrap/Button';
import Table from 'react-bootstrap/Table';
import { useSearchParams } from 'react-router';
import { ErrorMessage } from '../../../components/ui/error-message';
import { Loading } from '../../../components/ui/loading';
import { Pager } from '../../../components/ui/pager';
import { formatInstant } from '../../../lib/time';
import { actionLabel } from '../api/describe-changes';
import {
  type HistoryFilters as Filters,
  HISTORY_PAGE_SIZE,
  type HistoryEntry,
  NO_FILTERS,
  useHistory,
  usePeople,
} from '../api/history';
import { ChangeDiff } from './change-diff';
import { HistoryFilters } from './history-filters';

const FILTER_KEYS = Object.keys(NO_FILTERS) as (keyof Filters)[];

/** Filters and page live in the address, so a filtered view can be bookmarked or shared. */
function useLogParams() {
  const [params, setParams] = useSearchParams();
  const filters = Object.fromEntries(
    FILTER_KEYS.map((key) => [key, params.get(key) ?? '']),
  ) as unknown as Filters;
  const page = Math.max(1, Number(params.get('page')) || 1);
  const update = (next: Filters, nextPage: number) =>
    setParams(
      (current) => {
        const out = new URLSearchParams(current);
        for (const key of FILTER_KEYS) {
          if (next[key]) out.set(key, next[key]);
          else out.delete(key);
        }
        if (nextPage > 1) out.set('page', String(nextPage));
        else out.delete('page');
        return out;
      },
      { replace: true },
    );
  return { filters, page, update };
}

/** AdminEventLog: GET /history for admins, each event expandable into what changed. */
export function AdminEventLog({ timeZone }: { timeZone: string }) {
  const { filters, page, update } = useLogParams();
  const history = useHistory(filters, page, timeZone);
  const people = usePeople();
  const [open, setOpen] = useState<Set<number>>(new Set());
  const aliasOf = (userId: number | null) =>
    userId === null
      ? 'Crewlog'
      : (people.data?.find((p) => p.user_id === userId)?.alias ?? `user ${userId}`);
  const toggle = (id: number) =>
    setOpen((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });

  return (
    <>
      <HistoryFilters filters={filters} onChange={(next) => update(next, 1)} />
      {history.isPending ? (
        <Loading label="Loading the event log" />
      ) : history.isError ? (
        <ErrorMessage error={history.error} onRetry={() => void history.refetch()} />
      ) : history.data.data.length === 0 ? (
        <p>No events match these filters.</p>
      ) : (
        <Table hover responsive size="sm" className="align-middle event-log">
          <caption>Event log, newest first{history.isFetching ? ' (updating…)' : ''}</caption>
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Who</th>
              <th scope="col">Table</th>
              <th scope="col">Action</th>
              <th scope="col">Record</th>
              <th scope="col">
                <span className="visually-hidden">Details</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {history.data.data.map((entry) => (
              <EventRow
                key={entry.history_id}
                entry={entry}
                who={aliasOf(entry.user_id)}
                timeZone={timeZone}
                expanded={open.has(entry.history_id)}
                onToggle={() => toggle(entry.history_id)}
              />
            ))}
          </tbody>
        </Table>
      )}
      {history.data && (
        <Pager
          page={page}
          pageSize={HISTORY_PAGE_SIZE}
          total={history.data.count}
          onPage={(next) => update(filters, next)}
          label="Event log pages"
        />
      )}
    </>
  );
}

function EventRow({
  entry,
  who,
  timeZone,
  expanded,
  onToggle,
}: {
  entry: HistoryEntry;
  who: string;
  timeZone: string;
  expanded: boolean;
  onToggle: () => void;
}) {
  const detailsId = `event-${entry.history_id}-changes`;
  const what = `${actionLabel(entry.action)} in ${entry.table_name}${entry.record_id ? ` ${entry.record_id}` : ''}`;
  return (
    <Fragment>
      <tr>
        <td className="text-nowrap">{formatInstant(entry.created_at, timeZone)}</td>
        <td>{who}</td>
        <td>{entry.table_name}</td>
        <td>{actionLabel(entry.action)}</td>
        <td className="text-break">{entry.record_id ?? '—'}</td>
        <td className="text-end">
          <Button
            size="sm"
            variant="outline-secondary"
            aria-expanded={expanded}
            aria-controls={expanded ? detailsId : undefined}
            aria-label={`${expanded ? 'Hide' : 'Show'} changes: ${what}`}
            onClick={onToggle}
          >
            {expanded ? 'Hide' : 'Changes'}
          </Button>
        </td>
      </tr>
      {expanded && (
        <tr id={detailsId}>
          <td colSpan={6} className="bg-body-tertiary">
            <ChangeDiff
              action={entry.action}
              changes={entry.changes}
              caption={`Changes: ${what}`}
            />
          </td>
        </tr>
      )}
    </Fragment>
  );
}
