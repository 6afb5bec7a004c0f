/** What the Management page shows: a section, filters and a page, kept in the address. */

export type WorkKind = 'entries' | 'tasks' | 'tickets';
export type Section = 'alerts' | WorkKind;

export const SECTIONS: { value: Section; label: string }[] = [
  { value: 'alerts', label: 'Job alerts' },
  { value: 'entries', label: 'Job entries' },
  { value: 'tasks', label: 'Tasks' },
  { value: 'tickets', label: 'Tickets' },
];

/** The states each section filters by; the first is the default. */
export const STATES: Record<Section, { value: string; label: string }[]> = {
  alerts: [
    { value: 'open', label: 'Open' },
    { value: 'resolved', label: 'Resolved' },
    { value: 'all', label: 'All' },
  ],
  entries: [
    { value: 'all', label: 'All current' },
    { value: 'followup', label: 'Open follow-ups' },
    { value: 'changed', label: 'Changed after creation' },
    { value: 'deleted', label: 'Deleted' },
  ],
  tasks: [
    { value: 'all', label: 'All current' },
    { value: 'deleted', label: 'Deleted' },
  ],
  tickets: [
    { value: 'all', label: 'All current' },
    { value: 'open', label: 'Open' },
    { value: 'in_progress', label: 'In progress' },
    { value: 'closed', label: 'Closed' },
    { value: 'deleted', label: 'Deleted' },
  ],
};

/** What needs attention in a job alert, as the database writes it (0008_job_rules). */
export const ALERT_REASONS = [
  'materials needed',
  'access needed',
  'programming changes',
  'follow-up required',
] as const;
export type AlertReason = (typeof ALERT_REASONS)[number];

export interface ManagementFilters {
  section: Section;
  person: number | null;
  building: number | null;
  state: string;
  reason: AlertReason | null;
  page: number;
}

const id = (value: string | null): number | null =>
  value && /^[1-9]\d{0,17}$/.test(value) ? Number(value) : null;

/** Reads the filters from the address; anything unknown falls back to the default. */
export function readFilters(params: URLSearchParams): ManagementFilters {
  const sectionParam = params.get('section');
  const section = SECTIONS.find((s) => s.value === sectionParam)?.value ?? 'alerts';
  const states = STATES[section];
  const stateParam = params.get('state');
  const reasonParam = params.get('reason');
  return {
    section,
    person: id(params.get('person')),
    building: section === 'tasks' ? null : id(params.get('building')),
    state: states.find((s) => s.value === stateParam)?.value ?? states[0]?.value ?? 'all',
    reason: section === 'alerts' ? (ALERT_REASONS.find((r) => r === reasonParam) ?? null) : null,
    page: id(params.get('page')) ?? 1,
  };
}

/** The address for some filters, leaving out defaults so links stay short. */
export function filtersToParams(filters: ManagementFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.section !== 'alerts') params.set('section', filters.section);
  if (filters.person !== null) params.set('person', String(filters.person));
  if (filters.building !== null && filters.section !== 'tasks') {
    params.set('building', String(filters.building));
  }
  if (filters.state !== STATES[filters.section][0]?.value) params.set('state', filters.state);
  if (filters.reason && filters.section === 'alerts') params.set('reason', filters.reason);
  if (filters.page > 1) params.set('page', String(filters.page));
  return params;
}

/**
 * The filters after one change. Anything but paging starts again at page 1; another
 * section keeps who and where, but not a state that section does not have.
 */
export function changeFilters(
  current: ManagementFilters,
  change: Partial<ManagementFilters>,
): ManagementFilters {
  const next = { ...current, ...change };
  if (!('page' in change)) next.page = 1;
  if (change.section && change.section !== current.section) {
    const states = STATES[change.section];
    if (!states.some((s) => s.value === next.state)) next.state = states[0]?.value ?? 'all';
  }
  return readFilters(filtersToParams(next));
}
