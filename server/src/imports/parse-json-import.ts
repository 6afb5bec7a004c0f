import {
  type CrewlogExport,
  crewlogExport,
  type ExportedEntry,
  type ExportedPreferences,
} from '../exports/export-format';
import { type KnownBuilding, normalize } from './building-match';
import type { Draft, TaskDraft } from './draft';

export interface JsonProposal {
  drafts: Draft[];
  tasks: TaskDraft[];
  preferences: ExportedPreferences;
}

/** Reads a Crewlog JSON export; throws an Error whose message says what is wrong. */
export function parseCrewlogJson(data: Buffer): CrewlogExport {
  let value: unknown;
  try {
    value = JSON.parse(data.toString('utf8'));
  } catch {
    throw new Error('the file is not valid JSON');
  }
  const parsed = crewlogExport.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? issue.path.join('.') : 'the file';
    throw new Error(`not a Crewlog export: ${where}: ${issue?.message ?? 'invalid'}`);
  }
  return parsed.data;
}

/** Drafts for every entry (buildings matched by name), the tasks and the preferences. */
export function proposeFromExport(
  file: CrewlogExport,
  sourceFile: string,
  buildings: KnownBuilding[],
): JsonProposal {
  const byName = new Map(buildings.map((b) => [normalize(b.building_name), b]));
  return {
    drafts: file.entries.map((entry) => entryDraft(entry, sourceFile, byName)),
    tasks: file.tasks.map((task) => ({
      misc_name: task.misc_name,
      misc_start_date: task.misc_start_date,
      misc_start_time: task.misc_start_time,
      misc_end_time: task.misc_end_time,
      source_file: sourceFile,
    })),
    preferences: file.preferences,
  };
}

function entryDraft(
  entry: ExportedEntry,
  sourceFile: string,
  byName: Map<string, KnownBuilding>,
): Draft {
  const building = byName.get(normalize(entry.building_name));
  return {
    ticket_number: entry.ticket_number,
    building_id: building?.building_id ?? null,
    building_candidates: building
      ? [
          {
            building_id: building.building_id,
            building_name: building.building_name,
            matched_on: 'name',
          },
        ]
      : [],
    job_name: entry.job_name,
    job_date: entry.job_date,
    job_start_time: entry.job_start_time,
    job_end_time: entry.job_end_time,
    job_description: entry.job_description,
    source_file: sourceFile,
    warnings: building ? [] : [`building "${entry.building_name}" is not known here`],
    attachments: [],
    job_materials_needed: entry.job_materials_needed,
    job_materials_used: entry.job_materials_used,
    job_access_needed: entry.job_access_needed,
    job_programming_changes: entry.job_programming_changes,
    job_followup_required: entry.job_followup_required,
    devices: entry.devices,
  };
}
