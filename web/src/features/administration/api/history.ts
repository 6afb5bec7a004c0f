import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, pageRange, run, runWithCount } from '../../../lib/api-client';
import { nextDay, startOfDayIn } from './day-range';

export const HISTORY_PAGE_SIZE = 25;

export interface HistoryEntry {
  history_id: number;
  table_name: string;
  record_id: string | null;
  action: string;
  user_id: number | null;
  changes: unknown;
  created_at: string;
}

/** What the event log is narrowed to; empty strings mean "any". Dates are calendar days. */
export interface HistoryFilters {
  table: string;
  action: string;
  user: string;
  from: string;
  to: string;
}

export const NO_FILTERS: HistoryFilters = { table: '', action: '', user: '', from: '', to: '' };

export const adminKeys = {
  history: (filters: HistoryFilters, page: number, timeZone: string) =>
    ['admin-history', filters, page, timeZone] as const,
  facets: ['admin-history', 'facets'] as const,
  people: ['admin-users', 'people'] as const,
};

/** GET /history, newest first, narrowed by the filters; one page and the total. */
export function fetchHistory(filters: HistoryFilters, page: number, timeZone: string) {
  let query = api.from('history').select('*', { count: 'exact' });
  if (filters.table) query = query.eq('table_name', filters.table);
  if (filters.action) query = query.eq('action', filters.action);
  if (filters.user) query = query.eq('user_id', Number(filters.user));
  if (filters.from) query = query.gte('created_at', startOfDayIn(filters.from, timeZone));
  if (filters.to) query = query.lt('created_at', startOfDayIn(nextDay(filters.to), timeZone));
  const [from, to] = pageRange(page, HISTORY_PAGE_SIZE);
  return runWithCount<HistoryEntry[]>(
    query
      .order('created_at', { ascending: false })
      .order('history_id', { ascending: false })
      .range(from, to),
  );
}

export function useHistory(filters: HistoryFilters, page: number, timeZone: string) {
  return useQuery({
    queryKey: adminKeys.history(filters, page, timeZone),
    queryFn: () => fetchHistory(filters, page, timeZone),
    placeholderData: keepPreviousData,
  });
}

export interface HistoryFacet {
  facet: 'table' | 'action';
  value: string;
  entries: number;
}

/** The tables and actions the log holds (rpc/history_facets), for the filter lists. */
export function useHistoryFacets() {
  return useQuery({
    queryKey: adminKeys.facets,
    queryFn: () => run<HistoryFacet[]>(api.rpc('history_facets', {}, { get: true })),
    staleTime: 60_000,
  });
}

export interface Person {
  user_id: number;
  alias: string;
  name: string;
}

/** Everyone, by alias: the user filter and the "who" column. */
export function usePeople() {
  return useQuery({
    queryKey: adminKeys.people,
    queryFn: () =>
      run<Person[]>(api.from('users').select('user_id,alias,name').order('alias').limit(1000)),
    staleTime: 60_000,
  });
}
