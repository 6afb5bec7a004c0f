import { useQuery } from '@tanstack/react-query';
import { api, run } from '../../../lib/api-client';
import { ApiError } from '../../../lib/api-error';
import { entryKeys } from './types';

export function useEntryDeviceIds(entryId: number) {
  return useQuery({
    queryKey: entryKeys.devices(entryId),
    queryFn: async () => {
      const rows = await run<{ device_id: number }[]>(
        api.from('entry_devices').select('device_id').eq('entry_id', entryId),
      );
      return rows.map((r) => r.device_id);
    },
  });
}

export async function addEntryDevices(entryId: number, deviceIds: number[]): Promise<void> {
  if (deviceIds.length === 0) return;
  await run(
    api
      .from('entry_devices')
      .insert(deviceIds.map((device_id) => ({ entry_id: entryId, device_id }))),
  );
}

export async function removeEntryDevice(entryId: number, deviceId: number): Promise<void> {
  await run(api.from('entry_devices').delete().eq('entry_id', entryId).eq('device_id', deviceId));
}

export interface EntryAlert {
  alert_id: number;
  severity: string;
  title: string;
  message: string | null;
  created_at: string;
  resolved_at: string | null;
}

/** The job alerts the database raised for this entry (newest first). */
export function useEntryAlerts(entryId: number) {
  return useQuery({
    queryKey: entryKeys.alerts(entryId),
    queryFn: () =>
      run<EntryAlert[]>(
        api
          .from('alerts')
          .select('alert_id,severity,title,message,created_at,resolved_at')
          .eq('source_table', 'ticket_entries')
          .eq('source_id', entryId)
          .order('created_at', { ascending: false })
          .limit(10),
      ),
  });
}

export interface HistoryRow {
  history_id: number;
  action: string;
  user_id: number | null;
  changes: Record<string, unknown> | null;
  created_at: string;
}

/**
 * The entry's own change history (rpc/entry_history): shown to whoever may read the entry;
 * encrypted values appear only as "[encrypted]", as the audit trigger stores them.
 */
export function useEntryHistory(entryId: number) {
  return useQuery({
    queryKey: entryKeys.history(entryId),
    queryFn: async () => {
      try {
        const rows = await run<HistoryRow[]>(
          api
            .rpc('entry_history', { entry_id: entryId }, { get: true })
            .select('history_id,action,user_id,changes,created_at')
            .limit(20),
        );
        return { visible: true, rows };
      } catch (error) {
        if (error instanceof ApiError && (error.status === 401 || error.status === 403)) {
          return { visible: false, rows: [] as HistoryRow[] };
        }
        throw error;
      }
    },
  });
}
