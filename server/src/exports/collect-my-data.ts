import type pg from 'pg';
import { type CrewlogExport, EXPORT_FORMAT, EXPORT_VERSION } from './export-format';

// Timestamps leave as ISO 8601 in UTC, dates and times as the database prints them, so
// nothing depends on the server's own timezone.
const iso = (column: string) =>
  `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

const PROFILE = `select user_uuid::text, name, alias, email, user_is_manager, user_is_admin,
    ${iso('created_at')} as created_at
  from api.users where user_id = app.current_user_id()`;

const PREFERENCES = `select user_preferred_color, user_preferred_landing_page,
    user_preferred_light_or_dark_mode_mobile, user_preferred_light_or_dark_mode_desktop,
    user_preferred_high_contrast, user_preferred_enable_alerts, user_preferred_enable_notifications,
    user_preferred_timezone, user_preferred_profile_picture
  from api.users where user_id = app.current_user_id()`;

// app.tickets (not api.tickets) so entries on a since-deleted ticket keep their number.
const ENTRIES = `select t.ticket_number, b.building_name, b.building_address, e.job_name,
    e.job_date::text, e.job_start_time::text, e.job_end_time::text, e.job_description,
    e.job_materials_needed, e.job_materials_used, e.job_access_needed, e.job_programming_changes,
    e.job_followup_required,
    array(select d.device_name from api.entry_devices ed join api.devices d using (device_id)
          where ed.entry_id = e.entry_id order by d.device_name) as devices,
    ${iso('e.created_at')} as created_at, ${iso('e.updated_at')} as updated_at
  from api.ticket_entries e
  join app.tickets t on t.ticket_id = e.ticket_id
  join api.buildings b on b.building_id = t.building_id
  where e.user_id = app.current_user_id()
  order by e.job_date, e.job_start_time nulls first, e.entry_id`;

const TASKS = `select misc_name, misc_start_date::text, misc_start_time::text, misc_end_time::text,
    ${iso('created_at')} as created_at
  from api.ticket_misc_entries where user_id = app.current_user_id()
  order by misc_start_date, misc_start_time nulls first, entry_id`;

// Notifications addressed to me (directly, through a group, or to everyone), not the ones
// an administrator can see because they sent or oversee them.
const NOTIFICATIONS = `select n.title, n.message, n.is_site_wide, ${iso('n.created_at')} as created_at,
    ${iso('n.read_at')} as read_at, ${iso('n.dismissed_at')} as dismissed_at
  from api.notifications n
  where n.recipient_user_id = app.current_user_id() or n.is_site_wide
     or n.recipient_group_id in (select group_id from api.user_groups where user_id = app.current_user_id())
  order by n.created_at, n.notification_id`;

/** Everything Crewlog keeps about the signed-in user, read under their own rights. */
export async function collectMyData(client: pg.PoolClient): Promise<CrewlogExport> {
  const rows = async (sql: string) => (await client.query(sql)).rows;
  const [profile] = await rows(PROFILE);
  const [preferences] = await rows(PREFERENCES);
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exported_at: new Date().toISOString(),
    profile: profile as CrewlogExport['profile'],
    preferences: preferences as CrewlogExport['preferences'],
    entries: (await rows(ENTRIES)) as CrewlogExport['entries'],
    tasks: (await rows(TASKS)) as CrewlogExport['tasks'],
    notifications: (await rows(NOTIFICATIONS)) as CrewlogExport['notifications'],
  };
}
