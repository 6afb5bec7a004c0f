import pg from 'pg';

// Advisory locks in this namespace mean "the worker with this id is alive". A lock lives
// exactly as long as the connection that took it, so a killed process releases its own.
const LIVENESS_NAMESPACE = 7_414_213;

/**
 * One owner connection per worker process: it holds a liveness lock per graphile-worker
 * id, and runs the few queries the runner itself needs (recovery, failure alerts).
 */
export interface WorkerLease {
  claim(workerId: string): Promise<void>;
  query: pg.Client['query'];
  close(): Promise<void>;
}

export async function openWorkerLease(ownerUrl: string): Promise<WorkerLease> {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  // A lost connection means lost locks: the process must not keep working unnoticed.
  client.on('error', () => {});
  return {
    async claim(workerId) {
      await client.query('select pg_advisory_lock($1, hashtext($2))', [
        LIVENESS_NAMESPACE,
        workerId,
      ]);
    },
    query: client.query.bind(client) as pg.Client['query'],
    close: () => client.end(),
  };
}

/**
 * Ids of workers that hold jobs (or queues) but no liveness lock: their process died
 * mid-job. `graceMs` covers the instant between a worker's birth and its claim.
 */
export const ABANDONED_WORKERS_SQL = `
  select distinct locked_by as worker_id from (
    select locked_by, locked_at from graphile_worker._private_jobs where locked_by is not null
    union all
    select locked_by, locked_at from graphile_worker._private_job_queues where locked_by is not null
  ) held
  where locked_at < now() - make_interval(secs => $2::double precision / 1000)
    and not exists (
      select from pg_locks l
       where l.locktype = 'advisory' and l.granted and l.objsubid = 2
         and l.classid = $1::bigint::oid
         and l.objid = (hashtext(held.locked_by)::bigint & 4294967295)::oid)`;

export { LIVENESS_NAMESPACE };
