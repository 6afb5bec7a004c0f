import pg from 'pg';

// Advisory locks in this namespace mean "the worker with this id is alive". A lock lives
// exactly as long as the connection that took it, so a killed process releases its own.
const LIVENESS_NAMESPACE = 7_414_213;

/**
 * One owner connection per worker process, holding a liveness lock per graphile-worker id
 * for as long as the process lives.
 */
export interface WorkerLease {
  claim(workerId: string): Promise<void>;
  close(): Promise<void>;
}

export async function openWorkerLease(ownerUrl: string): Promise<WorkerLease> {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  // A lost connection releases the locks; other workers then recover our jobs, which are
  // safe to run twice. Nothing to do here but not crash.
  client.on('error', () => {});
  // Workers are born together; their claims go one after another on the one connection.
  let last: Promise<unknown> = Promise.resolve();
  return {
    claim(workerId) {
      const next = last.then(() =>
        client.query('select pg_advisory_lock($1, hashtext($2))', [LIVENESS_NAMESPACE, workerId]),
      );
      last = next.catch(() => {});
      return next.then(() => {});
    },
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
