/**
 * Which cached queries a change to an API table makes stale. The hint carries no data (only
 * table, operation and id), so the pages re-read what changed through the API, under the
 * reader's own permissions.
 */
const KEYS_BY_TABLE: Record<string, string[][]> = {
  ticket_entries: [
    ['jobs'],
    ['day'],
    ['summary'],
    ['profile'],
    ['management', 'work'],
    ['calendar'],
  ],
  ticket_misc_entries: [
    ['tasks'],
    ['day'],
    ['summary'],
    ['profile'],
    ['management', 'work'],
    ['calendar'],
  ],
  entry_devices: [['jobs']],
  alerts: [['jobs'], ['alerts'], ['management', 'alerts']],
  notifications: [['notifications']],
  tickets: [['tickets'], ['day'], ['management', 'work'], ['calendar']],
  buildings: [['buildings'], ['day'], ['calendar']],
  devices: [['devices']],
  users: [['profile'], ['calendar'], ['admin-users']],
  user_sessions: [['auth-sessions'], ['admin-users']],
  site_settings: [['admin-site']],
  import_progress: [['import-progress']],
};

export function queryKeysForTable(table: string): string[][] {
  return KEYS_BY_TABLE[table] ?? [];
}
