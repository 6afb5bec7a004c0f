// Team statistics on a large history: seeds 1,000,000 entries (20 people, 4 years, 30
// buildings) with a job alert per follow-up, rebuilds the daily rollup the bulk load
// bypassed, and times each statistics function as a field user through the request
// doorway, over a month and over a year; then the cost the rollup adds to logging a job. Uses TEST_DATABASE_URL's server (a superuser
// connection), creating and dropping a scratch database there.
//   node --import tsx scripts/bench-stats.ts [entries] [runs]
import { randomBytes } from 'node:crypto';
import type pg from 'pg';
import { createPool, urlForRole } from '../server/src/db/pools';
import { createRequestTx, type RequestContext } from '../server/src/db/request-tx';
import { createScratchDatabase } from './scratch-database';

const ENTRIES = Number(process.argv[2] ?? 1_000_000);
const RUNS = Number(process.argv[3] ?? 20);
const key = randomBytes(32).toString('hex');

async function seed(owner: pg.Pool): Promise<number> {
  const c = await owner.connect();
  try {
    await c.query(`select set_config('app.settings.encryption_key', $1, false)`, [key]);
    // Triggers (audit, alerts, notify) would dominate a bulk load that no user makes.
    await c.query('set session_replication_role = replica');
    await c.query(`insert into app.users (name_enc, alias, email_enc, email_hash)
      select app.encrypt('Person ' || i), 'person' || i, app.encrypt('p' || i || '@example.com'),
             app.email_hash('p' || i || '@example.com') from generate_series(1, 20) i`);
    await c.query(
      `insert into app.buildings (building_name) select 'Building ' || i from generate_series(1, 30) i`,
    );
    await c.query(`insert into app.devices (building_id, device_name, device_type)
      select b.building_id, 'Device ' || d, (array['air handler','boiler','fire panel','chiller'])[1 + d % 4]
      from app.buildings b, generate_series(1, 4) d`);
    await c.query(`insert into app.tickets (ticket_number, building_id, created_by)
      select 'B-' || i, 1 + i % 30, 1 + i % 20 from generate_series(1, 50000) i`);
    await c.query(
      `insert into app.ticket_entries (user_id, ticket_id, job_name_enc, job_date, job_start_time, job_end_time, job_followup_required)
      select 1 + i % 20, 1 + i % 50000, (select app.encrypt('job')), current_date - (i % 1460),
             time '07:00' + (i % 4) * interval '1 hour', time '11:00' + (i % 5) * interval '1 hour', i % 17 = 0
      from generate_series(1, $1) i`,
      [ENTRIES],
    );
    await c.query(`insert into app.entry_devices (entry_id, device_id)
      select e.entry_id, d.device_id from app.ticket_entries e join app.tickets t using (ticket_id)
      join lateral (select device_id from app.devices where building_id = t.building_id limit 1) d on true`);
    await c.query(`insert into app.alerts (alert_type, title, source_table, source_id, subject_user_id, created_at, resolved_at)
      select 'job', 'Follow-up', 'ticket_entries', e.entry_id, e.user_id, e.job_date + e.job_end_time,
             case when e.entry_id % 3 > 0 then e.job_date + e.job_end_time + interval '1 day' end
      from app.ticket_entries e where e.job_followup_required`);
    await c.query('set session_replication_role = origin');
    const t0 = performance.now();
    await c.query('select app.stats_rebuild()');
    console.log(`rebuilt the daily rollup in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    await c.query('analyze');
    return 1;
  } finally {
    c.release();
  }
}

/** Logging a job with a device, as the web app does: the rollup's triggers are in the cost. */
async function timeLogging(tx: ReturnType<typeof createRequestTx>, who: RequestContext) {
  const times: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const t0 = performance.now();
    await tx(who, (c) =>
      c.query(`select api.create_ticket_entry(jsonb_build_object('ticket_id', t.ticket_id, 'job_name', 'bench',
          'job_date', current_date, 'job_start_time', '08:00', 'job_end_time', '09:00'),
          array[(select min(d.device_id) from api.devices d where d.building_id = t.building_id)])
        from api.tickets t where t.ticket_id = 3`),
    );
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  console.log(
    `${'log one job (with its device)'.padEnd(45)} p50 ${percentile(times, 50).toFixed(1)} ms  p95 ${percentile(times, 95).toFixed(1)} ms`,
  );
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

const scratch = await createScratchDatabase('bench_stats');
try {
  const owner = createPool(scratch.ownerUrl, 2);
  const started = Date.now();
  await seed(owner);
  console.log(
    `seeded ${ENTRIES.toLocaleString('en')} entries in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  const pool = createPool(
    urlForRole(scratch.ownerUrl, 'authenticator', scratch.authenticatorPassword),
    4,
  );
  const tx = createRequestTx(pool, {
    settings: { encryption_key: key },
    preRequest: 'api.pre_request',
  });
  const asFieldUser = { role: 'authenticated', claims: { role: 'authenticated', sub: '3' } };
  const ranges: [string, string][] = [
    ['a month', `current_date - 30, current_date`],
    ['a year', `current_date - 365, current_date`],
  ];
  for (const fn of [
    'stats_hours_per_day',
    'stats_entries_per_building',
    'stats_entries_per_device_type',
    'stats_followups',
    'stats_alerts',
    'stats_hours_by_day',
    'stats_hours_by_week',
    'stats_hours_by_member',
  ]) {
    for (const [label, range] of ranges) {
      const times: number[] = [];
      for (let run = 0; run < RUNS; run += 1) {
        const t0 = performance.now();
        await tx(asFieldUser, (c) => c.query(`select * from api.${fn}(${range})`));
        times.push(performance.now() - t0);
      }
      times.sort((a, b) => a - b);
      console.log(
        `${`${fn}, ${label}`.padEnd(45)} p50 ${percentile(times, 50).toFixed(1)} ms  p95 ${percentile(times, 95).toFixed(1)} ms`,
      );
    }
  }
  await timeLogging(tx, asFieldUser);
  await pool.end();
  await owner.end();
} finally {
  await scratch.drop();
}
