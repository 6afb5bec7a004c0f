import Table from 'react-bootstrap/Table';
import { describeChanges } from '../api/describe-changes';

const Empty = () => (
  <span className="text-body-secondary">
    <span aria-hidden="true">—</span>
    <span className="visually-hidden">nothing</span>
  </span>
);

/** One event's changes as a readable table: each field with its value before and after. */
export function ChangeDiff({
  action,
  changes,
  caption,
}: {
  action: string;
  changes: unknown;
  caption: string;
}) {
  const described = describeChanges(action, changes);
  if (described.rows.length === 0) {
    return <p className="m-0 small text-body-secondary">No field values were recorded.</p>;
  }
  return (
    <Table size="sm" className="change-diff m-0" responsive>
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Field</th>
          {described.kind === 'diff' ? (
            <>
              <th scope="col">Before</th>
              <th scope="col">After</th>
            </>
          ) : (
            <th scope="col">Value</th>
          )}
        </tr>
      </thead>
      <tbody>
        {described.rows.map((row) => (
          <tr key={row.field}>
            <th scope="row" className="fw-normal">
              {row.label}
            </th>
            {described.kind === 'diff' && <td className="text-break">{row.before ?? <Empty />}</td>}
            <td className="text-break fw-semibold">{row.after ?? <Empty />}</td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
