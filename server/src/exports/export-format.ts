import { z } from 'zod';

/**
 * The Crewlog JSON format: what `GET /export/me.json` writes and a `.json` import reads.
 * Strict objects: an unknown field is an error, not something silently dropped, so a file
 * from elsewhere (or a newer version) is refused rather than half-imported.
 */
export const EXPORT_FORMAT = 'crewlog-export';
export const EXPORT_VERSION = 1;

const date = z.iso.date();
const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?$/, 'expected HH:MM');
const text = (max: number) => z.string().max(max);
const optionalText = z.string().max(2000).nullable();

export const exportedEntry = z.strictObject({
  ticket_number: z.string().min(1).max(40),
  building_name: z.string().min(1).max(200),
  building_address: z.string().max(500).nullable(),
  job_name: text(500).min(1),
  job_date: date,
  job_start_time: time.nullable(),
  job_end_time: time.nullable(),
  job_description: z.string().max(100_000).nullable(),
  job_materials_needed: optionalText,
  job_materials_used: optionalText,
  job_access_needed: optionalText,
  job_programming_changes: optionalText,
  job_followup_required: z.boolean(),
  devices: z.array(z.string().max(200)).max(500),
  created_at: z.string().max(40),
  updated_at: z.string().max(40),
});

export const exportedTask = z.strictObject({
  misc_name: text(500).min(1),
  misc_start_date: date,
  misc_start_time: time.nullable(),
  misc_end_time: time.nullable(),
  created_at: z.string().max(40),
});

export const exportedPreferences = z.strictObject({
  user_preferred_color: z.string().regex(/^#[0-9a-fA-F]{6}$/),
  user_preferred_landing_page: z.string().max(40),
  user_preferred_light_or_dark_mode_mobile: z.enum(['light', 'dark']),
  user_preferred_light_or_dark_mode_desktop: z.enum(['light', 'dark']),
  user_preferred_high_contrast: z.boolean(),
  user_preferred_enable_alerts: z.record(z.string(), z.boolean()),
  user_preferred_enable_notifications: z.record(z.string(), z.boolean()),
  user_preferred_timezone: z.string().max(100),
  user_preferred_profile_picture: z.string().max(500).nullable(),
});

export const exportedProfile = z.strictObject({
  user_uuid: z.string().max(40),
  name: z.string().max(500),
  alias: z.string().max(40),
  email: z.string().max(500).nullable(),
  user_is_manager: z.boolean(),
  user_is_admin: z.boolean(),
  created_at: z.string().max(40),
});

export const exportedNotification = z.strictObject({
  title: z.string().max(200),
  message: z.string().max(100_000),
  is_site_wide: z.boolean(),
  created_at: z.string().max(40),
  read_at: z.string().max(40).nullable(),
  dismissed_at: z.string().max(40).nullable(),
});

export const crewlogExport = z.strictObject({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  exported_at: z.string().max(40),
  profile: exportedProfile,
  preferences: exportedPreferences,
  entries: z.array(exportedEntry).max(100_000),
  tasks: z.array(exportedTask).max(100_000),
  notifications: z.array(exportedNotification).max(100_000),
});

export type CrewlogExport = z.infer<typeof crewlogExport>;
export type ExportedEntry = z.infer<typeof exportedEntry>;
export type ExportedPreferences = z.infer<typeof exportedPreferences>;
