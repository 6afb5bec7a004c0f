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
    ['stats'],
    ['team'],
  ],
  ticket_misc_entries: [
    ['tasks'],
    ['day'],
    ['summary'],
    ['profile'],
    ['management', 'work'],
    ['calendar'],
    ['stats'],
    ['team'],
  ],
  entry_devices: [['jobs'], ['stats']],
  entry_photos: [['photos']],
  alerts: [['jobs'], ['alerts'], ['management', 'alerts'], ['stats'], ['team']],
  notifications: [['notifications']],
  tickets: [['tickets'], ['day'], ['management', 'work'], ['calendar'], ['stats'], ['team']],
  buildings: [['buildings'], ['day'], ['calendar'], ['stats'], ['team']],
  devices: [['devices'], ['stats']],
  users: [['profile'], ['calendar'], ['admin-users'], ['stats'], ['team']],
  user_sessions: [['auth-sessions'], ['admin-users']],
  site_settings: [['admin-site']],
  import_progress: [['import-progress']],
};

export function queryKeysForTable(table: string): string[][] {
  return KEYS_BY_TABLE[table] ?? [];
}
