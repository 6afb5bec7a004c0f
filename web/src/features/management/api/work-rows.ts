import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, pageRange, runWithCount } from '../../../lib/api-client';
import type { ManagementFilters, WorkKind } from './filters';
import { managementKeys } from './keys';

export const WORK_PAGE_SIZE = 20;

/** One row of a work list, whichever kind, current or deleted. */
export interface WorkRow {
  kind: WorkKind;
  id: number;
  title: string;
  ownerId: number;
  /** The work date (entries, tasks) or when a ticket was opened. */
  date: string | null;
  startTime: string | null;
  endTime: string | null;
  ticketNumber: string | null;
  buildingId: number | null;
  status: string | null;
  followup: boolean;
  changed: boolean;
  /** The database's answer (api.may_delete) for current rows; deleted lists hold only rows one may restore. */
  mayModerate: boolean;
  deleted: { at: string; by: number | null; reason: string | null } | null;
  href: string | null;
}

type Raw = Record<string, unknown>;

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);
const num = (value: unknown): number | null =>
  value === null || value === undefined || value === '' ? null : Number(value);

/** Turns a row of any of the six views into a WorkRow. */
export function toWorkRow(kind: WorkKind, raw: Raw): WorkRow {
  const deletedAt = text(raw.deleted_at);
  const ticket = (raw.tickets ?? null) as Raw | null;
  const id = Number(kind === 'tickets' ? raw.ticket_id : raw.entry_id);
  const base = {
    kind,
    id,
    followup: raw.job_followup_required === true,
    changed: raw.job_changed_flag === true,
    mayModerate: deletedAt !== null || raw.may_delete === true,
    deleted: deletedAt
      ? { at: deletedAt, by: num(raw.deleted_by), reason: text(raw.deleted_reason) }
      : null,
  };
  if (kind === 'entries') {
    return {
      ...base,
      title: text(raw.job_name) || 'Untitled job',
      ownerId: Number(raw.user_id),
      date: text(raw.job_date),
      startTime: text(raw.job_start_time),
      endTime: text(raw.job_end_time),
      ticketNumber: text(ticket?.ticket_number),
      buildingId: num(ticket?.building_id),
      status: null,
      href: deletedAt ? null : `/jobs/${id}`,
    };
  }
  if (kind === 'tasks') {
    return {
      ...base,
      title: text(raw.misc_name) || 'Untitled task',
      ownerId: Number(raw.user_id),
      date: text(raw.misc_start_date),
      startTime: text(raw.misc_start_time),
      endTime: text(raw.misc_end_time),
      ticketNumber: null,
      buildingId: null,
      status: null,
      href: deletedAt ? null : `/tasks/${id}`,
    };
  }
  return {
    ...base,
    title: `Ticket #${text(raw.ticket_number) ?? id}`,
    ownerId: Number(raw.created_by),
    date: text(raw.created_at)?.slice(0, 10) ?? null,
    startTime: null,
    endTime: null,
    ticketNumber: text(raw.ticket_number),
    buildingId: num(raw.building_id),
    status: text(raw.status),
    href: null,
  };
}

// Entries reach their building through their ticket; `!inner` when filtering by it, so
// entries of other buildings drop out instead of arriving with an empty ticket.
function ticketEmbed(filters: ManagementFilters): string {
  return `${filters.building !== null ? 'tickets!inner' : 'tickets'}(ticket_number,building_id)`;
}

const SOURCES: Record<WorkKind, { current: string; deleted: string; owner: string }> = {
  entries: { current: 'ticket_entries', deleted: 'deleted_ticket_entries', owner: 'user_id' },
  tasks: {
    current: 'ticket_misc_entries',
    deleted: 'deleted_ticket_misc_entries',
    owner: 'user_id',
  },
  tickets: { current: 'tickets', deleted: 'deleted_tickets', owner: 'created_by' },
};

function columns(kind: WorkKind, deleted: boolean, filters: ManagementFilters): string {
  const gone = 'deleted_at,deleted_by,deleted_reason';
  if (kind === 'entries') {
    const common = `entry_id,user_id,job_name,job_date,job_start_time,job_end_time,${ticketEmbed(filters)}`;
    return deleted
      ? `${common},${gone}`
      : `${common},job_followup_required,job_changed_flag,may_delete`;
  }
  if (kind === 'tasks') {
    return deleted
      ? `entry_id,user_id,misc_name,misc_start_date,${gone}`
      : 'entry_id,user_id,misc_name,misc_start_date,misc_start_time,misc_end_time,may_delete';
  }
  const common = 'ticket_id,ticket_number,building_id,created_by,status';
  return deleted ? `${common},${gone}` : `${common},created_at,may_delete`;
}

/**
 * One page of the team's work as the filters ask. Which rows come back is row-level
 * security's decision (managers read the team's rows); nothing here filters by role.
 */
export async function fetchWorkPage(
  kind: WorkKind,
  filters: ManagementFilters,
): Promise<{ rows: WorkRow[]; count: number }> {
  const deleted = filters.state === 'deleted';
  const source = SOURCES[kind];
  let query = api
    .from(deleted ? source.deleted : source.current)
    .select(columns(kind, deleted, filters), { count: 'exact' });
  if (filters.person !== null) query = query.eq(source.owner, filters.person);
  if (filters.building !== null && kind === 'entries') {
    query = query.eq('tickets.building_id', filters.building);
  }
  if (filters.building !== null && kind === 'tickets') {
    query = query.eq('building_id', filters.building);
  }
  if (filters.state === 'followup') query = query.eq('job_followup_required', true);
  if (filters.state === 'changed') query = query.eq('job_changed_flag', true);
  if (kind === 'tickets' && ['open', 'in_progress', 'closed'].includes(filters.state)) {
    query = query.eq('status', filters.state);
  }
  const idColumn = kind === 'tickets' ? 'ticket_id' : 'entry_id';
  if (deleted) query = query.order('deleted_at', { ascending: false });
  else if (kind === 'entries') query = query.order('job_date', { ascending: false });
  else if (kind === 'tasks') query = query.order('misc_start_date', { ascending: false });
  const [from, to] = pageRange(filters.page, WORK_PAGE_SIZE);
  const { data, count } = await runWithCount<Raw[]>(
    query.order(idColumn, { ascending: false }).range(from, to),
  );
  return { rows: data.map((raw) => toWorkRow(kind, raw)), count };
}

export function useWorkPage(kind: WorkKind, filters: ManagementFilters) {
  return useQuery({
    queryKey: managementKeys.workList(filters),
    queryFn: () => fetchWorkPage(kind, filters),
    placeholderData: keepPreviousData,
  });
}
