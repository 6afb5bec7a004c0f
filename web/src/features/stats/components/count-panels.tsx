import { useMemo } from 'react';
import { formatDate } from '../../../lib/time';
import type { DateRange } from '../api/date-range';
import { type Scope, useStat } from '../api/get-stats';
import { alertTypeLabel, type FollowupRow, formatDecimal, toNumber } from '../api/shape-stats';
import { BarChart } from './bar-chart';
import { FigurePanel } from './figure-panel';

function chartData<Row>(
  rows: Row[],
  label: (row: Row) => string,
  series: [string, (row: Row) => number][],
) {
  return {
    labels: rows.map(label),
    series: series.map(([name, value]) => ({ label: name, data: rows.map(value) })),
  };
}

export function EntriesPerBuilding({ range, scope }: { range: DateRange; scope: Scope }) {
  const query = useStat('stats_entries_per_building', range, scope);
  const rows = query.data ?? [];
  const chart = useMemo(
    () => chartData(rows, (r) => r.building_name, [['Entries', (r) => toNumber(r.entries)]]),
    [rows],
  );
  return (
    <FigurePanel
      title="Entries per building"
      query={query}
      rows={rows}
      columns={[
        { header: 'Building', cell: (r) => r.building_name },
        { header: 'Entries', cell: (r) => toNumber(r.entries), numeric: true },
        { header: 'Hours', cell: (r) => formatDecimal(toNumber(r.hours)), numeric: true },
      ]}
      rowKey={(r) => String(r.building_id)}
      rowHeader={(r) => r.building_name}
      chart={<BarChart {...chart} horizontal description="Bar chart of entries per building" />}
    />
  );
}

export function EntriesPerDeviceType({ range, scope }: { range: DateRange; scope: Scope }) {
  const query = useStat('stats_entries_per_device_type', range, scope);
  const rows = query.data ?? [];
  const chart = useMemo(
    () => chartData(rows, (r) => r.device_type, [['Entries', (r) => toNumber(r.entries)]]),
    [rows],
  );
  return (
    <FigurePanel
      title="Entries per device type"
      query={query}
      rows={rows}
      columns={[
        { header: 'Device type', cell: (r) => r.device_type },
        { header: 'Entries', cell: (r) => toNumber(r.entries), numeric: true },
      ]}
      rowKey={(r) => r.device_type}
      rowHeader={(r) => r.device_type}
      chart={<BarChart {...chart} horizontal description="Bar chart of entries per device type" />}
      empty="No entries with devices in this range."
    />
  );
}

const busy = (r: FollowupRow) => toNumber(r.opened) !== 0 || toNumber(r.closed) !== 0;

export function Followups({ range, scope }: { range: DateRange; scope: Scope }) {
  const query = useStat('stats_followups', range, scope);
  const all = query.data ?? [];
  const rows = useMemo(() => all.filter(busy), [all]);
  const chart = useMemo(
    () =>
      chartData(all, (r) => formatDate(r.day), [
        ['Opened', (r) => toNumber(r.opened)],
        ['Closed', (r) => toNumber(r.closed)],
      ]),
    [all],
  );
  return (
    <FigurePanel
      title="Follow-ups opened and closed"
      query={query}
      rows={rows}
      columns={[
        { header: 'Day', cell: (r) => formatDate(r.day) },
        { header: 'Opened', cell: (r) => toNumber(r.opened), numeric: true },
        { header: 'Closed', cell: (r) => toNumber(r.closed), numeric: true },
      ]}
      rowKey={(r) => r.day}
      rowHeader={(r) => formatDate(r.day)}
      chart={
        <BarChart {...chart} description="Bar chart of follow-ups opened and closed per day" />
      }
      empty="No follow-ups opened or closed in this range."
    />
  );
}

/** Alerts the signed-in person may see, raised and resolved in the range, by type. */
export function AlertsRaised({ range }: { range: DateRange }) {
  const query = useStat('stats_alerts', range, null);
  const rows = query.data ?? [];
  const chart = useMemo(
    () =>
      chartData(rows, (r) => alertTypeLabel(r.alert_type), [
        ['Raised', (r) => toNumber(r.raised)],
        ['Resolved', (r) => toNumber(r.resolved)],
      ]),
    [rows],
  );
  return (
    <FigurePanel
      title="Alerts raised and resolved"
      query={query}
      rows={rows}
      columns={[
        { header: 'Type', cell: (r) => alertTypeLabel(r.alert_type) },
        { header: 'Raised', cell: (r) => toNumber(r.raised), numeric: true },
        { header: 'Resolved', cell: (r) => toNumber(r.resolved), numeric: true },
      ]}
      rowKey={(r) => r.alert_type}
      rowHeader={(r) => alertTypeLabel(r.alert_type)}
      chart={<BarChart {...chart} description="Bar chart of alerts raised and resolved by type" />}
      empty="No alerts you can see in this range."
    />
  );
}
