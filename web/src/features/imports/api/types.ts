/** A building that an imported message may refer to, and why it was suggested. */
export interface BuildingCandidate {
  building_id: number;
  building_name: string;
  matched_on: string;
}

/** One proposed job entry, as POST /import answers it and the review page edits it. */
export interface ImportDraft {
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
  /** Fields only a Crewlog .json export carries are passed back as they came. */
  [more: string]: unknown;
}

export type ImportStatus = 'parsing' | 'ready' | 'failed';

/** A proposal: drafts to review (a background import has none until it is ready). */
export interface ImportProposal {
  import_id: string;
  drafts: ImportDraft[];
  tasks?: unknown[];
  status?: ImportStatus;
  files_total?: number;
  files_parsed?: number;
  error?: string | null;
  confirmed_at?: string | null;
}

/** How far a background import has come (api.import_progress). */
export interface ImportProgress {
  import_id: string;
  status: ImportStatus;
  files_total: number;
  files_parsed: number;
  error: string | null;
}

/** What POST /import answered: drafts now, or a background job to follow. */
export type UploadOutcome =
  | { kind: 'proposal'; proposal: ImportProposal }
  | { kind: 'background'; progress: ImportProgress };

export interface ConfirmResult {
  tickets_created: number;
  entries_created: number;
  entry_ids: number[];
  tasks_created: number;
}

/** One row of api.import_export_logs. */
export interface ImportLogRow {
  log_id: number;
  format: string;
  file_name: string | null;
  status: 'pending' | 'running' | 'succeeded' | 'failed';
  record_count: number;
  error: string | null;
  created_at: string;
}

/** A draft on the review page, with a key that survives removing the drafts before it. */
export interface ReviewDraft {
  key: number;
  draft: ImportDraft;
}
