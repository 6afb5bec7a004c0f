import type { BuildingCandidate } from './building-match';
import type { AttachmentSummary } from './parsed-message';

/** One proposed job entry, as POST /import returns it and the review screen edits it. */
export interface Draft {
  ticket_number: string | null;
  building_id: number | null;
  building_candidates: BuildingCandidate[];
  job_name: string;
  job_date: string | null;
  job_start_time: string | null;
  job_end_time: string | null;
  job_description: string | null;
  source_file: string;
  warnings: string[];
  attachments: AttachmentSummary[];
  /** Only a Crewlog JSON file carries these; from email they stay unset. */
  job_materials_needed?: string | null;
  job_materials_used?: string | null;
  job_access_needed?: string | null;
  job_programming_changes?: string | null;
  job_followup_required?: boolean;
  /** Names of devices in the ticket's building to link to the entry. */
  devices?: string[];
}

/** A miscellaneous task from a Crewlog JSON file. */
export interface TaskDraft {
  misc_name: string;
  misc_start_date: string;
  misc_start_time: string | null;
  misc_end_time: string | null;
  source_file: string;
}
