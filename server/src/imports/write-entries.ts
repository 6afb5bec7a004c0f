import type pg from 'pg';
import type { ExportedPreferences } from '../exports/export-format';
import type { ConfirmedDraft, ConfirmedTask } from './confirm-body';

interface Ticket {
  ticket_id: number;
  building_id: number;
}

/** Finds the ticket by number or creates it with the draft's building (RLS and constraints decide). */
export async function ticketFor(
  client: pg.PoolClient,
  draft: ConfirmedDraft,
): Promise<{ ticket: Ticket; created: boolean }> {
  const found = await client.query<Ticket>(
    'select ticket_id::int, building_id::int from api.tickets where ticket_number = $1',
    [draft.ticket_number],
  );
  if (found.rows[0]) return { ticket: found.rows[0], created: false };
  const inserted = await client.query<Ticket>(
    `insert into api.tickets (ticket_number, building_id) values ($1, $2)
     returning ticket_id::int, building_id::int`,
    [draft.ticket_number, draft.building_id],
  );
  return { ticket: inserted.rows[0] as Ticket, created: true };
}

export async function insertEntry(
  client: pg.PoolClient,
  ticket: Ticket,
  draft: ConfirmedDraft,
): Promise<number> {
  const { rows } = await client.query<{ entry_id: number }>(
    `insert into api.ticket_entries (ticket_id, job_name, job_date, job_start_time, job_end_time,
       job_description, job_materials_needed, job_materials_used, job_access_needed,
       job_programming_changes, job_followup_required)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) returning entry_id::int`,
    [
      ticket.ticket_id,
      draft.job_name,
      draft.job_date,
      draft.job_start_time,
      draft.job_end_time,
      draft.job_description,
      draft.job_materials_needed ?? null,
      draft.job_materials_used ?? null,
      draft.job_access_needed ?? null,
      draft.job_programming_changes ?? null,
      draft.job_followup_required ?? false,
    ],
  );
  const entryId = rows[0]?.entry_id as number;
  if (draft.devices?.length) await linkDevices(client, entryId, ticket.building_id, draft.devices);
  return entryId;
}

/** Devices are named within the ticket's building; a name that is not there is an error. */
async function linkDevices(
  client: pg.PoolClient,
  entryId: number,
  buildingId: number,
  names: string[],
): Promise<void> {
  const { rows } = await client.query<{ device_id: number; device_name: string }>(
    'select device_id::int, device_name from api.devices where building_id = $1 and device_name = any($2)',
    [buildingId, names],
  );
  await client.query(
    'insert into api.entry_devices (entry_id, device_id) select $1, unnest($2::bigint[])',
    [entryId, rows.map((row) => row.device_id)],
  );
  const linked = new Set(rows.map((row) => row.device_name));
  const missing = names.filter((name) => !linked.has(name));
  if (missing.length > 0) {
    throw Object.assign(new Error(`unknown device(s) in this building: ${missing.join(', ')}`), {
      code: '23503',
    });
  }
}

export async function insertTask(client: pg.PoolClient, task: ConfirmedTask): Promise<void> {
  await client.query(
    `insert into api.ticket_misc_entries (misc_name, misc_start_date, misc_start_time, misc_end_time)
     values ($1, $2, $3, $4)`,
    [task.misc_name, task.misc_start_date, task.misc_start_time, task.misc_end_time],
  );
}

/**
 * Restores exported preferences onto the importing user. The picture is not restored: its
 * url points at a file of the exporting installation.
 */
export async function restorePreferences(
  client: pg.PoolClient,
  preferences: ExportedPreferences,
): Promise<void> {
  await client.query(
    `update api.users set user_preferred_color = $1, user_preferred_landing_page = $2,
       user_preferred_light_or_dark_mode_mobile = $3, user_preferred_light_or_dark_mode_desktop = $4,
       user_preferred_high_contrast = $5, user_preferred_enable_alerts = $6,
       user_preferred_enable_notifications = $7, user_preferred_timezone = $8
     where user_id = app.current_user_id()`,
    [
      preferences.user_preferred_color,
      preferences.user_preferred_landing_page,
      preferences.user_preferred_light_or_dark_mode_mobile,
      preferences.user_preferred_light_or_dark_mode_desktop,
      preferences.user_preferred_high_contrast,
      JSON.stringify(preferences.user_preferred_enable_alerts),
      JSON.stringify(preferences.user_preferred_enable_notifications),
      preferences.user_preferred_timezone,
    ],
  );
}
