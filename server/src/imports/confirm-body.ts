import { z } from 'zod';

const date = z.iso.date();
const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?$/, 'expected HH:MM');
const optionalText = z.string().max(2000).nullish();

// Drafts come back as POST /import gave them, maybe edited; fields the review screen
// only reads (candidates, warnings, attachments) are accepted and ignored.
const confirmedDraft = z.object({
  ticket_number: z.string({ error: 'every draft needs a ticket number' }).trim().min(1).max(40),
  building_id: z.number().int().positive().nullable(),
  job_name: z.string().trim().min(1, 'every draft needs a job name').max(500),
  job_date: date,
  job_start_time: time.nullable(),
  job_end_time: time.nullable(),
  job_description: z.string().max(100_000).nullable(),
  source_file: z.string().min(1).max(255),
  job_materials_needed: optionalText,
  job_materials_used: optionalText,
  job_access_needed: optionalText,
  job_programming_changes: optionalText,
  job_followup_required: z.boolean().optional(),
  devices: z.array(z.string().max(200)).max(500).optional(),
});

const confirmedTask = z.object({
  misc_name: z.string().trim().min(1).max(500),
  misc_start_date: date,
  misc_start_time: time.nullable(),
  misc_end_time: time.nullable(),
  source_file: z.string().min(1).max(255),
});

export const confirmBody = z.strictObject({
  drafts: z.array(confirmedDraft).max(10_000),
  tasks: z.array(confirmedTask).max(10_000).optional(),
  /** A JSON import carries preferences; false keeps the current ones. */
  restore_preferences: z.boolean().optional(),
});

export type ConfirmBody = z.infer<typeof confirmBody>;
export type ConfirmedDraft = ConfirmBody['drafts'][number];
export type ConfirmedTask = NonNullable<ConfirmBody['tasks']>[number];
