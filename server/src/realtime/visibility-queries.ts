/**
 * For each table that announces changes, one query that returns which of the given ids
 * the current role and claims may read. They run inside a subscriber's request
 * transaction, so row-level security (the same policies as the data API) decides; these
 * queries only name where to look.
 *
 * They read the app tables rather than the api views on purpose: an api view hides
 * soft-deleted rows, and a client must hear that a row it showed was deleted.
 */
const byId = (table: string, key: string, type: string) =>
  `select ${key}::text as id from app.${table} where ${key} = any($1::${type}[])`;

export const VISIBILITY_QUERIES: Record<string, string> = {
  users: byId('users', 'user_id', 'bigint'),
  buildings: byId('buildings', 'building_id', 'bigint'),
  devices: byId('devices', 'device_id', 'bigint'),
  tickets: byId('tickets', 'ticket_id', 'bigint'),
  alerts: byId('alerts', 'alert_id', 'bigint'),
  entry_photos: byId('entry_photos', 'photo_id', 'bigint'),
  user_sessions: byId('user_sessions', 'session_id', 'uuid'),
  site_settings: byId('site_settings', 'setting_key', 'text'),
  import_progress: byId('import_progress', 'import_id', 'uuid'),
  // Everyone sees who worked where (the team aggregate), if not the entry's details.
  ticket_entries: `${byId('ticket_entries', 'entry_id', 'bigint')}
    union select item_id::text from api.team_activity where kind = 'entry' and item_id = any($1::bigint[])`,
  ticket_misc_entries: `${byId('ticket_misc_entries', 'entry_id', 'bigint')}
    union select item_id::text from api.team_activity where kind = 'task' and item_id = any($1::bigint[])`,
  // A notification's hint means "a new notification for you": its recipients only, as
  // the database defines them (admins may read every notification, but are not told).
  notifications: `select n.notification_id::text as id from app.notifications n
    where n.notification_id = any($1::bigint[]) and app.is_notification_recipient(n)`,
};
