import Table from 'react-bootstrap/Table';
import { ErrorMessage } from '../../../components/ui/error-message';
import { Loading } from '../../../components/ui/loading';
import { ScrollRegion } from '../../../components/ui/scroll-region';
import { useImportLog } from '../api/import-api';
import type { ImportLogRow } from '../api/types';

const STATUS: Record<ImportLogRow['status'], string> = {
  pending: 'Waiting for review',
  running: 'Running',
  succeeded: 'Imported',
  failed: 'Failed',
};

/** The person's own recent imports, from the import log. */
export function ImportLog({ userId }: { userId: number | null }) {
  const log = useImportLog(userId);
  if (log.isPending) return <Loading />;
  if (log.isError) return <ErrorMessage error={log.error} onRetry={() => void log.refetch()} />;
  if (log.data.length === 0) return <p className="text-body-secondary">No imports yet.</p>;
  return (
    <ScrollRegion label="Recent imports table">
      <Table size="sm" className="align-middle">
        <caption>Your 20 most recent imported files</caption>
        <thead>
          <tr>
            <th scope="col">File</th>
            <th scope="col">Status</th>
            <th scope="col" className="text-end">
              Records
            </th>
            <th scope="col">When</th>
          </tr>
        </thead>
        <tbody>
          {log.data.map((row) => (
            <tr key={row.log_id}>
              <td className="text-break">{row.file_name ?? '—'}</td>
              <td>
                {STATUS[row.status]}
                {row.error && <div className="small text-danger-emphasis">{row.error}</div>}
              </td>
              <td className="text-end">{row.record_count}</td>
              <td className="text-nowrap">{new Date(row.created_at).toLocaleString()}</td>
            </tr>
          ))}
        </tbody>
      </Table>
    </ScrollRegion>
  );
}
