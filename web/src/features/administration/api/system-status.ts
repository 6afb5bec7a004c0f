import { useQuery } from '@tanstack/react-query';
import { api, run } from '../../../lib/api-client';

export interface SystemStatus {
  database_size_bytes: number;
  postgres_version: string;
  schema_version: number | null;
  schema_migration: string | null;
  crewlog_version: string | null;
  jobs_queued: number;
  jobs_running: number;
  jobs_failed: number;
  oldest_queued_at: string | null;
  active_users: number;
  live_sessions: number;
  open_admin_alerts: number;
  checked_at: string;
}

export interface JobStatus {
  task_identifier: string;
  queued: number;
  running: number;
  retrying: number;
  failed: number;
  last_error: string | null;
  last_failed_at: string | null;
}

const REFRESH_MS = 30_000;

export function useSystemStatus() {
  return useQuery({
    queryKey: ['admin-status', 'system'],
    queryFn: async () => {
      const rows = await run<SystemStatus[]>(api.rpc('system_status', {}, { get: true }));
      const row = rows[0];
      if (!row) throw new Error('no status');
      return row;
    },
    refetchInterval: REFRESH_MS,
  });
}

/** The queue per task (rpc/job_status): waiting, running, retrying, failed, last error. */
export function useJobStatus() {
  return useQuery({
    queryKey: ['admin-status', 'jobs'],
    queryFn: () => run<JobStatus[]>(api.rpc('job_status', {}, { get: true })),
    refetchInterval: REFRESH_MS,
  });
}

/** 1536 → "1.5 KB"; sizes in powers of 1024, as PostgreSQL's pg_size_pretty does. */
export function formatBytes(bytes: number): string {
  const units = ['bytes', 'KB', 'MB', 'GB', 'TB'];
  let value = Number(bytes);
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return unit === 0 ? `${value} bytes` : `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}
