-- What the Administration page reads besides the tables: the event log's filter choices
-- and the system's health at a glance.

-- Every table and action the event log holds, with how many rows each has.
-- SECURITY INVOKER: history's own admin-only policy applies; the check makes it a refusal.
create function api.history_facets()
returns table (facet text, value text, entries bigint)
language plpgsql stable
as $$
begin
  perform app.require_admin('read the event log');
  return query
    select 'table', h.table_name, count(*) from app.history h group by h.table_name
    union all
    select 'action', h.action, count(*) from app.history h group by h.action
    order by 1, 2;
end
$$;
grant execute on function api.history_facets() to authenticated;

-- SECURITY DEFINER because the queue (graphile_worker) and the migration record are closed
-- to the API roles; it reads only counts and names from them, and only for an admin.
-- crewlog_version comes from the server's settings when it sends one.
create function api.system_status()
returns table (
  database_size_bytes bigint,
  postgres_version text,
  schema_version integer,
  schema_migration text,
  crewlog_version text,
  jobs_queued bigint,
  jobs_running bigint,
  jobs_failed bigint,
  oldest_queued_at timestamptz,
  active_users bigint,
  live_sessions bigint,
  open_admin_alerts bigint,
  checked_at timestamptz
)
language plpgsql stable security definer set search_path = pg_catalog
as $$
declare
  at timestamptz := app.clock_now();
begin
  perform app.require_admin('read the system status');
  database_size_bytes := pg_database_size(current_database());
  postgres_version := current_setting('server_version');
  crewlog_version := nullif(current_setting('app.settings.crewlog_version', true), '');
  if to_regclass('crewlog_migrations.applied') is not null then
    select a.version, a.name into schema_version, schema_migration
      from crewlog_migrations.applied a order by a.version desc limit 1;
  end if;
  -- Jobs enqueued before a worker installed the queue wait in app.pending_jobs.
  select count(*), min(p.created_at) into jobs_queued, oldest_queued_at from app.pending_jobs p;
  jobs_running := 0;
  jobs_failed := 0;
  if to_regnamespace('graphile_worker') is not null then
    select jobs_queued + count(*) filter (where j.locked_at is null and j.attempts < j.max_attempts),
           count(*) filter (where j.locked_at is not null),
           count(*) filter (where j.attempts >= j.max_attempts),
           least(oldest_queued_at, min(j.run_at) filter (where j.locked_at is null and j.attempts < j.max_attempts))
      into jobs_queued, jobs_running, jobs_failed, oldest_queued_at
      from graphile_worker.jobs j;
  end if;
  select count(*) into active_users from app.users u where u.user_is_active;
  select count(*) into live_sessions from app.user_sessions s
   where app.session_is_live(s.is_active, s.revoked_at, s.expires_at, s.last_accessed_at, at);
  select count(*) into open_admin_alerts from app.alerts a
   where a.resolved_at is null and a.alert_type in ('security', 'system');
  checked_at := at;
  return next;
end
$$;
grant execute on function api.system_status() to authenticated;
