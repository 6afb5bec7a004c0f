import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ErrorMessage } from '../../../components/ui/error-message';
import { Loading } from '../../../components/ui/loading';
import { Pager } from '../../../components/ui/pager';
import { useToast } from '../../../components/ui/toaster/toast-context';
import { describeError } from '../../../lib/describe-error';
import type { ManagementFilters, WorkKind } from '../api/filters';
import { managementKeys } from '../api/keys';
import { kindNoun, restoreRow } from '../api/moderate';
import { useWorkPage, WORK_PAGE_SIZE, type WorkRow } from '../api/work-rows';
import { DeleteDialog } from './delete-dialog';
import { WorkItem } from './work-item';

const LIST_NAMES: Record<WorkKind, string> = {
  entries: 'Job entries',
  tasks: 'Tasks',
  tickets: 'Tickets',
};

/** The team's entries, tasks or tickets as filtered, with delete (with a reason) and restore. */
export function WorkList({
  kind,
  filters,
  nameOf,
  buildingOf,
  timeZone,
  onPage,
  onRowGone,
}: {
  kind: WorkKind;
  filters: ManagementFilters;
  nameOf: (userId: number | null) => string;
  buildingOf: (buildingId: number | null) => string | null;
  timeZone: string;
  onPage: (page: number) => void;
  onRowGone: () => void;
}) {
  const work = useWorkPage(kind, filters);
  const queryClient = useQueryClient();
  const toast = useToast();
  const [deleting, setDeleting] = useState<WorkRow | null>(null);
  const [busyId, setBusyId] = useState<number | null>(null);
  const noun = kindNoun(kind);

  // Other pages (jobs, tasks, days) show these rows too; the change hints refresh them
  // as well, this is for the page one is looking at.
  const refresh = () => queryClient.invalidateQueries({ queryKey: managementKeys.work });

  const restore = async (row: WorkRow) => {
    setBusyId(row.id);
    try {
      await restoreRow(row.kind, row.id);
      toast({ message: `Restored ${noun} “${row.title}”.`, variant: 'success' });
      await refresh();
      onRowGone();
    } catch (error) {
      toast({ message: describeError(error), variant: 'danger' });
    } finally {
      setBusyId(null);
    }
  };

  const deleted = (row: WorkRow, reason: string) => {
    setDeleting(null);
    void refresh();
    onRowGone();
    toast({
      message: `Deleted ${noun} “${row.title}” of ${nameOf(row.ownerId)}. Reason recorded: ${reason}`,
      variant: 'success',
      duration: 10_000,
      action: { label: 'Restore', run: () => restore(row) },
    });
  };

  if (work.isPending) return <Loading label={`Loading ${LIST_NAMES[kind].toLowerCase()}`} />;
  if (work.isError) return <ErrorMessage error={work.error} onRetry={() => void work.refetch()} />;
  const { rows, count } = work.data;
  return (
    <>
      {rows.length === 0 ? (
        <p>Nothing matches these filters.</p>
      ) : (
        <ul className="list-unstyled m-0" aria-label={LIST_NAMES[kind]} aria-busy={work.isFetching}>
          {rows.map((row) => (
            <WorkItem
              key={row.id}
              row={row}
              nameOf={nameOf}
              buildingOf={buildingOf}
              timeZone={timeZone}
              busy={busyId === row.id}
              onDelete={() => setDeleting(row)}
              onRestore={() => void restore(row)}
            />
          ))}
        </ul>
      )}
      <Pager
        page={filters.page}
        pageSize={WORK_PAGE_SIZE}
        total={count}
        onPage={onPage}
        label={`${LIST_NAMES[kind]} pages`}
      />
      {deleting && (
        <DeleteDialog
          row={deleting}
          ownerName={nameOf(deleting.ownerId)}
          onCancel={() => setDeleting(null)}
          onDeleted={(reason) => deleted(deleting, reason)}
        />
      )}
    </>
  );
}
