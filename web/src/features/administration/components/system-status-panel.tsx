import Table from 'react-bootstrap/Table';
import { version as webVersion } from '../../../../../package.json';
import { ErrorMessage } from '../../../components/ui/error-message';
import { Loading } from '../../../components/ui/loading';
import { formatInstant } from '../../../lib/time';
import { formatBytes, useJobStatus, useSystemStatus } from '../api/system-status';

/** Database, versions, sessions and the job queue; re-read every 30 seconds. */
export function SystemStatusPanel({ timeZone }: { timeZone: string }) {
  const status = useSystemStatus();
  const jobs = useJobStatus();
  if (status.isPending) return <Loading label="Checking the system" />;
  if (status.isError)
    return <ErrorMessage error={status.error} onRetry={() => void status.refetch()} />;
  const s = status.data;
  const facts: [string, string][] = [
    ['Crewlog version', s.crewlog_version ?? webVersion],
    [
      'Database schema',
      s.schema_version === null ? 'unknown' : `${s.schema_version} (${s.schema_migration})`,
    ],
    ['PostgreSQL', s.postgres_version],
    ['Database size', formatBytes(s.database_size_bytes)],
    ['Jobs waiting', String(s.jobs_queued)],
    ['Jobs running', String(s.jobs_running)],
    ['Failed jobs', String(s.jobs_failed)],
    [
      'Oldest waiting job',
      s.oldest_queued_at ? formatInstant(s.oldest_queued_at, timeZone) : 'none',
    ],
    ['Active accounts', String(s.active_users)],
    ['Live sessions', String(s.live_sessions)],
    ['Open security and system alerts', String(s.open_admin_alerts)],
  ];
  return (
    <>
      <dl className="row m-0 system-facts" aria-live="polite">
        {facts.map(([label, value]) => (
          <div key={label} className="col-12 col-sm-6 col-lg-4 mb-2">
            <dt className="small text-body-secondary fw-normal">{label}</dt>
            <dd
              className={`m-0 fw-semibold ${label === 'Failed jobs' && s.jobs_failed > 0 ? 'text-danger-emphasis' : ''}`}
            >
              {value}
            </dd>
          </div>
        ))}
      </dl>
      <p className="small text-body-secondary">
        Checked {formatInstant(s.checked_at, timeZone)}; refreshed every 30 seconds.
      </p>
      <h3 className="h6 mt-3">Job queue by task</h3>
      {jobs.isPending ? (
        <Loading label="Loading the job queue" />
      ) : jobs.isError ? (
        <ErrorMessage error={jobs.error} onRetry={() => void jobs.refetch()} />
      ) : jobs.data.length === 0 ? (
        <p>The queue is empty.</p>
      ) : (
        <Table size="sm" responsive className="align-middle">
          <caption className="visually-hidden">Job queue by task</caption>
          <thead>
            <tr>
              <th scope="col">Task</th>
              <th scope="col" className="text-end">
                Waiting
              </th>
              <th scope="col" className="text-end">
                Running
              </th>
              <th scope="col" className="text-end">
                Retrying
              </th>
              <th scope="col" className="text-end">
                Failed
              </th>
              <th scope="col">Last error</th>
            </tr>
          </thead>
          <tbody>
            {jobs.data.map((job) => (
              <tr key={job.task_identifier}>
                <th scope="row" className="fw-normal">
                  {job.task_identifier}
                </th>
                <td className="text-end">{job.queued}</td>
                <td className="text-end">{job.running}</td>
                <td className="text-end">{job.retrying}</td>
                <td className="text-end">{job.failed}</td>
                <td className="text-break small">
                  {job.last_error
                    ? `${job.last_error} (${formatInstant(job.last_failed_at, timeZone)})`
                    : '—'}
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </>
  );
}
