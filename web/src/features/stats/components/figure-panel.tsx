import type { ReactNode } from 'react';
import Table from 'react-bootstrap/Table';
import { ErrorMessage } from '../../../components/ui/error-message';
import { Loading } from '../../../components/ui/loading';
import { Panel } from '../../../components/ui/page/page';
import { ScrollRegion } from '../../../components/ui/scroll-region';

export interface Column<Row> {
  header: string;
  cell: (row: Row) => ReactNode;
  numeric?: boolean;
}

interface QueryState {
  isPending: boolean;
  isError: boolean;
  error: unknown;
  refetch: () => unknown;
}

/**
 * One statistic: its chart, and the same figures as a table (the accessible alternative),
 * which opens below the chart.
 */
export function FigurePanel<Row>({
  title,
  query,
  rows,
  columns,
  rowKey,
  rowHeader,
  chart,
  empty = 'Nothing in this range.',
}: {
  title: string;
  query: QueryState;
  rows: Row[];
  columns: Column<Row>[];
  rowKey: (row: Row) => string;
  rowHeader: (row: Row) => ReactNode;
  chart: ReactNode;
  empty?: string;
}) {
  return (
    <Panel title={title}>
      {query.isPending ? (
        <Loading label={`Loading ${title.toLowerCase()}`} />
      ) : query.isError ? (
        <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />
      ) : rows.length === 0 ? (
        <p className="small mb-0">{empty}</p>
      ) : (
        <>
          {chart}
          <details className="mt-2">
            <summary>Table of {title.toLowerCase()}</summary>
            <ScrollRegion label={`${title}, table`}>
              <Table size="sm" className="mb-0 mt-2">
                <caption className="caption-top">{title}</caption>
                <thead>
                  <tr>
                    {columns.map((c, i) => (
                      <th key={c.header} scope="col" className={c.numeric ? 'text-end' : undefined}>
                        {i === 0 ? c.header : c.header}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {rows.map((row) => (
                    <tr key={rowKey(row)}>
                      <th scope="row" className="fw-normal text-nowrap">
                        {rowHeader(row)}
                      </th>
                      {columns.slice(1).map((c) => (
                        <td
                          key={c.header}
                          className={c.numeric ? 'text-end text-nowrap' : undefined}
                        >
                          {c.cell(row)}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </Table>
            </ScrollRegion>
          </details>
        </>
      )}
    </Panel>
  );
}
