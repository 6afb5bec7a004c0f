import { useEffect, useState } from 'react';
import Badge from 'react-bootstrap/Badge';
import Form from 'react-bootstrap/Form';
import { Link } from 'react-router';
import { ErrorMessage } from '../../../components/ui/error-message';
import { Loading } from '../../../components/ui/loading';
import { Pager } from '../../../components/ui/pager';
import { usePendingEditsById } from '../../../lib/offline/use-outbox';
import { formatDate, formatTime } from '../../../lib/time';
import { JOBS_PAGE_SIZE, useEntries } from '../api/entries';
import { useBuildings } from '../api/tickets';
import { useTicketsById } from '../api/tickets-by-id';
import type { JobEntry } from '../api/types';
import { QueuedJobs } from './queued-jobs';

/** My jobs, newest first, paged from the server, searchable by name. */
export function JobList({ userId }: { userId: number | null }) {
  const [page, setPage] = useState(1);
  const [typed, setTyped] = useState('');
  const [search, setSearch] = useState('');
  useEffect(() => {
    // Wait until typing pauses before asking the server.
    const timer = setTimeout(() => {
      setSearch(typed);
      setPage(1);
    }, 300);
    return () => clearTimeout(timer);
  }, [typed]);

  const entries = useEntries(userId, page, search);
  const tickets = useTicketsById(entries.data?.data.map((e) => e.ticket_id) ?? []);
  const buildings = useBuildings();
  const edits = usePendingEditsById('edit-entry');

  return (
    <>
      <Form.Group controlId="job-search" className="mb-3">
        <Form.Label>Search by job name</Form.Label>
        <Form.Control type="search" value={typed} onChange={(e) => setTyped(e.target.value)} />
      </Form.Group>
      <QueuedJobs />
      {entries.isPending ? (
        <Loading label="Loading jobs" />
      ) : entries.isError ? (
        <ErrorMessage error={entries.error} onRetry={() => void entries.refetch()} />
      ) : entries.data.data.length === 0 ? (
        <p>
          {search ? 'No job matches that name.' : 'No jobs yet. Log your first one with “New job”.'}
        </p>
      ) : (
        <ul className="list-unstyled m-0" aria-label="Jobs">
          {entries.data.data.map((row) => {
            const edit = edits.get(row.entry_id);
            const entry = { ...row, ...edit?.patch } as JobEntry;
            const ticket = tickets.data?.get(entry.ticket_id);
            const building = buildings.data?.find((b) => b.building_id === ticket?.building_id);
            return (
              <li key={entry.entry_id} className="list-row">
                <div className="flex-grow-1">
                  <Link to={`/jobs/${entry.entry_id}`} className="fw-semibold">
                    {entry.job_name || 'Untitled job'}
                  </Link>
                  <div className="small text-body-secondary">
                    {formatDate(entry.job_date)}
                    {entry.job_start_time &&
                      ` · ${formatTime(entry.job_start_time)}–${formatTime(entry.job_end_time)}`}
                    {ticket && ` · #${ticket.ticket_number}`}
                    {building && ` · ${building.building_name}`}
                  </div>
                </div>
                <div className="d-flex gap-1 align-items-start">
                  {edit && (
                    <Badge bg="info" text="dark">
                      Waiting to sync
                    </Badge>
                  )}
                  {entry.job_followup_required && (
                    <Badge bg="warning" text="dark">
                      Follow-up
                    </Badge>
                  )}
                  {entry.job_changed_flag && <Badge bg="secondary">Changed</Badge>}
                </div>
              </li>
            );
          })}
        </ul>
      )}
      {entries.data && (
        <Pager
          page={page}
          pageSize={JOBS_PAGE_SIZE}
          total={entries.data.count}
          onPage={setPage}
          label="Job pages"
        />
      )}
    </>
  );
}
