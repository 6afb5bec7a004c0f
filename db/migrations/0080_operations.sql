-- Operations: what health checks, metrics and key rotation need, kept out of the API.
--
-- Schema `ops` is reachable by no API role. The server's login role, `authenticator`,
-- may call the two read-only probes below directly (outside any request transaction):
-- they return counts and version numbers only, never row data.

create schema ops;
revoke all on schema ops from public;
grant usage on schema ops to authenticator;

-- Versions of the applied migrations, for readiness: an instance whose files are newer
-- than the database (or older) must not take traffic.
create function ops.applied_migrations() returns setof integer
language sql stable security definer
set search_path = pg_catalog
as $$
  select version from crewlog_migrations.applied order by version
$$;

-- Job queue depth for metrics. Pending: waiting to run (first try or a retry);
-- failed: out of attempts. Zero rows before graphile-worker installed its schema.
create function ops.job_queue_counts(out pending bigint, out failed bigint)
language plpgsql stable security definer
set search_path = pg_catalog
as $$
begin
  pending := 0;
  failed := 0;
  if to_regnamespace('graphile_worker') is null then
    return;
  end if;
  execute $q$
    select count(*) filter (where locked_at is null and attempts < max_attempts),
           count(*) filter (where attempts >= max_attempts)
      from graphile_worker.jobs
  $q$ into pending, failed;
end
$$;

revoke all on function ops.applied_migrations(), ops.job_queue_counts() from public;
grant execute on function ops.applied_migrations(), ops.job_queue_counts() to authenticator;

-- Key rotation (`crewlog rotate-key`). Keys are never stored, only fingerprints, so a
-- resumed run can prove it continues the same rotation. One unfinished rotation at a time.
create table ops.key_rotations (
  rotation_id bigint generated always as identity primary key,
  old_key_fingerprint text not null,
  new_key_fingerprint text not null,
  started_at timestamptz not null default now(),
  finished_at timestamptz,
  check (old_key_fingerprint <> new_key_fingerprint)
);
create unique index key_rotations_one_unfinished on ops.key_rotations ((true))
  where finished_at is null;

-- Where each step (one table, or one derived column) stands; `position` is the primary
-- key of the last row done, as a JSON array of text, so a run resumes after it.
create table ops.key_rotation_steps (
  rotation_id bigint not null references ops.key_rotations on delete cascade,
  step text not null,
  position jsonb,
  rows_done bigint not null default 0,
  finished_at timestamptz,
  primary key (rotation_id, step)
);
