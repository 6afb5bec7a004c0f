import type pg from 'pg';
import type { ExportedPreferences } from '../exports/export-format';
import type { Draft, TaskDraft } from './draft';
import {
  createImportBatch,
  existingTicketBuildings,
  type ImportedFile,
  proposalInputs,
} from './import-batch-store';
import { proposeFromExport } from './parse-json-import';
import { applyExistingTickets, proposeDraft } from './propose-draft';
import type { ReadUpload } from './read-upload';

export interface ImportProposal {
  import_id: string;
  drafts: Draft[];
  tasks: TaskDraft[];
  preferences: ExportedPreferences | null;
}

/** What the files propose, and the log facts of each file. */
export interface BuiltProposal {
  files: ImportedFile[];
  drafts: Draft[];
  tasks: TaskDraft[];
  preferences: ExportedPreferences | null;
}

/** Drafts for every file, remembered as one pending import of the signed-in user. */
export async function proposeImport(
  client: pg.PoolClient,
  uploads: ReadUpload[],
  ticketPatterns: RegExp[],
): Promise<ImportProposal> {
  const { files, ...proposal } = await buildProposal(client, uploads, ticketPatterns);
  const importId = await createImportBatch(client, files, proposal);
  return { import_id: importId, ...proposal };
}

/** Drafts for every file, as the signed-in user sees buildings, tickets and the clock. */
export async function buildProposal(
  client: pg.PoolClient,
  uploads: ReadUpload[],
  ticketPatterns: RegExp[],
): Promise<BuiltProposal> {
  const inputs = await proposalInputs(client);
  const { buildings } = inputs;
  const timeZone = knownToIntl(inputs.timeZone) ? inputs.timeZone : 'UTC';
  let drafts: Draft[] = [];
  const tasks: TaskDraft[] = [];
  let preferences: ExportedPreferences | null = null;
  const files: ImportedFile[] = [];
  for (const upload of uploads) {
    if (upload.format === 'json') {
      const proposal = proposeFromExport(upload.file, upload.fileName, buildings);
      drafts.push(...proposal.drafts);
      tasks.push(...proposal.tasks);
      preferences = proposal.preferences;
      files.push({
        fileName: upload.fileName,
        format: 'json',
        recordCount: proposal.drafts.length + proposal.tasks.length,
      });
    } else {
      const context = { ticketPatterns, buildings, timeZone };
      drafts.push(proposeDraft(upload.message, upload.fileName, context));
      files.push({ fileName: upload.fileName, format: upload.format, recordCount: 1 });
    }
  }
  const numbers = drafts.flatMap((draft) => (draft.ticket_number ? [draft.ticket_number] : []));
  drafts = applyExistingTickets(drafts, await existingTicketBuildings(client, numbers));
  return { files, drafts, tasks, preferences };
}

/** PostgreSQL knows a few zone names (e.g. posix ones) that Intl does not; those fall back to UTC. */
function knownToIntl(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}
