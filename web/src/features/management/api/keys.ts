import type { ManagementFilters } from './filters';

/**
 * Query keys of the Management page. The live-update map invalidates `alerts` on alert
 * hints and `work` on ticket, entry and task hints.
 */
export const managementKeys = {
  all: ['management'] as const,
  alerts: ['management', 'alerts'] as const,
  alertList: (filters: ManagementFilters) => ['management', 'alerts', 'list', filters] as const,
  newestAlerts: ['management', 'alerts', 'newest'] as const,
  work: ['management', 'work'] as const,
  workList: (filters: ManagementFilters) => ['management', 'work', filters] as const,
  people: ['management', 'people'] as const,
  buildings: ['management', 'buildings'] as const,
};
