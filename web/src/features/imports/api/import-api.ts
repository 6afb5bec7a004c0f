import { useQuery } from '@tanstack/react-query';
import { api, run } from '../../../lib/api-client';
import { errorFromResponse } from '../../../lib/api-error';
import { authedFetch } from '../../../lib/auth/authed-fetch';
import type {
  ConfirmResult,
  ImportDraft,
  ImportLogRow,
  ImportProgress,
  ImportProposal,
  UploadOutcome,
} from './types';

/** Files the import accepts, for file inputs and drop zones. */
export const IMPORT_ACCEPT = '.eml,.msg,.json';

/** Sends the files; a large batch answers 202 and is read in the background. */
export async function uploadImport(files: File[]): Promise<UploadOutcome> {
  const body = new FormData();
  for (const file of files) body.append('files', file, file.name);
  const response = await authedFetch('/import', { method: 'POST', body });
  if (!response.ok) throw await errorFromResponse(response);
  if (response.status === 202) {
    return { kind: 'background', progress: (await response.json()) as ImportProgress };
  }
  return { kind: 'proposal', proposal: (await response.json()) as ImportProposal };
}

export async function fetchImport(importId: string): Promise<ImportProposal> {
  const response = await authedFetch(`/import/${encodeURIComponent(importId)}`);
  if (!response.ok) throw await errorFromResponse(response);
  return (await response.json()) as ImportProposal;
}

export async function confirmImport(
  importId: string,
  drafts: ImportDraft[],
  tasks: unknown[] = [],
): Promise<ConfirmResult> {
  const response = await authedFetch(`/import/${encodeURIComponent(importId)}/confirm`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ drafts, tasks }),
  });
  if (!response.ok) throw await errorFromResponse(response);
  return (await response.json()) as ConfirmResult;
}

export const importProgressKey = (importId: string | null) => ['import-progress', importId];

/** A background import's progress; change hints on import_progress refresh it live. */
export function useImportProgress(importId: string | null) {
  return useQuery({
    queryKey: importProgressKey(importId),
    queryFn: async () => {
      const rows = await run<ImportProgress[]>(
        api
          .from('import_progress')
          .select('import_id,status,files_total,files_parsed,error')
          .eq('import_id', importId as string),
      );
      return rows[0] ?? null;
    },
    enabled: importId !== null,
  });
}

/** The signed-in person's own imports, newest first (admins could read everyone's). */
export function useImportLog(userId: number | null) {
  return useQuery({
    queryKey: ['import-logs', userId],
    queryFn: () =>
      run<ImportLogRow[]>(
        api
          .from('import_export_logs')
          .select('log_id,format,file_name,status,record_count,error,created_at')
          .eq('user_id', userId as number)
          .eq('direction', 'import')
          .order('log_id', { ascending: false })
          .limit(20),
      ),
    enabled: userId !== null,
  });
}

/** Building names for the review's building choice. */
export function useBuildingNames() {
  return useQuery({
    queryKey: ['buildings', 'names'],
    queryFn: () =>
      run<{ building_id: number; building_name: string }[]>(
        api.from('buildings').select('building_id,building_name').order('building_name'),
      ),
    staleTime: 60_000,
  });
}
