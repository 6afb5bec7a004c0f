-- Background jobs: how the database enqueues them, and the work each one does.
--
-- Jobs live in graphile-worker's schema `graphile_worker`, which the server installs at
-- start (after these migrations) through graphile-worker's own migration API. Triggers
-- enqueue through app.enqueue_job(), in the same transaction as the change that causes
-- the job, so a crash never loses one. API roles cannot touch the queue: only these
-- SECURITY DEFINER functions can.

-- A database migrated but not yet started (a restored copy, a test template) has no
-- queue; jobs wait here and move to the queue when a worker starts.
create table app.pending_jobs (
  pending_job_id bigint generated always as identity primary key,
  task_identifier text not null,
  payload jsonb not null default '{}',
  job_key text,
  created_at timestamptz not null default now()
);
alter table app.pending_jobs enable row level security;
alter table app.pending_jobs force row level security;

create function app.enqueue_job(task_identifier text, payload jsonb, job_key text default null)
returns void
language plpgsql volatile security definer set search_path = pg_catalog
as $$
begin
  if to_regnamespace('graphile_worker') is null then
    insert into app.pending_jobs (task_identifier, payload, job_key) values ($1, $2, $3);
  else
    perform graphile_worker.add_job($1, $2::json, job_key => $3);
  end if;
end
$$;

-- Called by a worker at start: hands the waiting jobs to the queue, in one transaction.
create function app.flush_pending_jobs() returns integer
language plpgsql volatile security definer set search_path = pg_catalog
as $$
declare
  moved integer := 0;
  j record;
begin
  for j in delete from app.pending_jobs returning * loop
    perform graphile_worker.add_job(j.task_identifier, j.payload::json, job_key => j.job_key);
    moved := moved + 1;
  end loop;
  return moved;
end
$$;

-- Messages from Crewlog itself (escalations) have no sending person.
alter table app.notifications alter column sender_id drop not null;

-- When an alert was escalated, so that a sweep escalates it once.
alter table app.alerts add column escalated_at timestamptz;

-- Who receives a notification: one user, a group's members, or every active user.
create function app.notification_recipients(target_notification_id bigint)
returns table (user_id bigint)
language sql stable security definer set search_path = pg_catalog
as $$
  select u.user_id
    from app.notifications n
    join app.users u on u.user_is_active and (
         n.is_site_wide
      or u.user_id = n.recipient_user_id
      or exists (select from app.user_groups ug
                  where ug.group_id = n.recipient_group_id and ug.user_id = u.user_id))
   where n.notification_id = target_notification_id
$$;

-- One receipt per recipient (read and dismissed start empty). Running it twice changes
-- nothing, so a job retried after a crash still delivers exactly once.
create function app.fan_out_notification(target_notification_id bigint) returns integer
language sql volatile security definer set search_path = pg_catalog
as $$
  with inserted as (
    insert into app.notification_receipts (notification_id, user_id)
    select target_notification_id, r.user_id from app.notification_recipients(target_notification_id) r
    on conflict (notification_id, user_id) do nothing
    returning 1)
  select count(*)::integer from inserted
$$;

-- The emails a notification sends: recipients who chose the email channel. Decrypting
-- needs the encryption key, which the worker sets for its transaction.
create function app.notification_emails(target_notification_id bigint)
returns table (user_id bigint, email text, title text, message text)
language sql stable security definer set search_path = pg_catalog
as $$
  select u.user_id, app.decrypt(u.email_enc), n.title, app.decrypt(n.message_enc)
    from app.notification_recipients(target_notification_id) r
    join app.users u on u.user_id = r.user_id
    join app.notifications n on n.notification_id = target_notification_id
   where coalesce((u.user_preferred_enable_notifications ->> 'email')::boolean, false)
$$;

-- Escalating an alert tells the people who act on it: job alerts go to the managers,
-- security and system alerts to every admin. Once per alert; returns whether it did.
create function app.escalate_alert(target_alert_id bigint) returns boolean
language plpgsql volatile security definer set search_path = pg_catalog
as $$
declare
  a app.alerts;
  audience text;
begin
  update app.alerts set escalated_at = now()
   where alert_id = target_alert_id and escalated_at is null and resolved_at is null
     and alert_type in ('job', 'security', 'system')
  returning * into a;
  if not found then
    return false;
  end if;
  audience := case a.alert_type when 'job' then 'manager' else 'admin' end;
  insert into app.notifications (sender_id, recipient_group_id, title, message_enc)
  select null, g.group_id, left('Alert needs attention: ' || a.title, 200),
         app.encrypt(format('%s alert %s (%s) raised %s is unresolved.',
           initcap(a.alert_type), a.alert_id, a.severity, to_char(a.created_at, 'YYYY-MM-DD HH24:MI TZ')))
    from app.groups g
   where g.is_role_group and g.group_name = audience;
  return true;
end
$$;

-- The sweep: job alerts unresolved for `job_after`, and any security or system alert
-- whose immediate escalation did not happen. Returns how many it escalated.
create function app.escalate_stale_alerts(job_after interval default interval '24 hours')
returns integer
language sql volatile security definer set search_path = pg_catalog
as $$
  select count(*)::integer from (
    select app.escalate_alert(a.alert_id) as done
      from app.alerts a
     where a.resolved_at is null and a.escalated_at is null
       and ((a.alert_type = 'job' and a.created_at < now() - job_after)
            or (a.alert_type in ('security', 'system') and a.created_at < now() - interval '5 minutes'))
     order by a.alert_id) s
   where s.done
$$;

-- Sessions unused for `idle` (or past their expiry) end, as if revoked; their sockets close.
create function app.expire_idle_sessions(idle interval default interval '24 hours') returns integer
language sql volatile security definer set search_path = pg_catalog
as $$
  with ended as (
    update app.user_sessions set is_active = false, revoked_at = now()
     where is_active and revoked_at is null
       and (last_accessed_at < now() - idle or expires_at < now())
    returning 1)
  select count(*)::integer from ended
$$;

create function app.purge_login_attempts(older_than interval default interval '30 days') returns integer
language sql volatile security definer set search_path = pg_catalog
as $$
  with purged as (delete from app.login_attempts where attempted_at < now() - older_than returning 1)
  select count(*)::integer from purged
$$;

-- Triggers that enqueue. A notification is fanned out and emailed; a security alert is
-- escalated at once; security, system and site alerts go to the Teams webhook (a no-op
-- unless configured).
create function app.enqueue_notification_jobs() returns trigger
language plpgsql security definer set search_path = pg_catalog
as $$
begin
  perform app.enqueue_job('fan_out_notification', jsonb_build_object('notification_id', new.notification_id));
  perform app.enqueue_job('send_notification_emails', jsonb_build_object('notification_id', new.notification_id));
  return null;
end
$$;
create trigger notifications_enqueue after insert on app.notifications
  for each row execute function app.enqueue_notification_jobs();

create function app.enqueue_alert_jobs() returns trigger
language plpgsql security definer set search_path = pg_catalog
as $$
begin
  if new.alert_type = 'security' then
    perform app.enqueue_job('escalate_alert', jsonb_build_object('alert_id', new.alert_id));
  end if;
  if new.alert_type in ('security', 'system', 'site') then
    perform app.enqueue_job('post_to_teams', jsonb_build_object('alert_id', new.alert_id));
  end if;
  return null;
end
$$;
create trigger alerts_enqueue after insert on app.alerts
  for each row execute function app.enqueue_alert_jobs();

-- The admin's view of the queue: what waits, what runs, what failed and why. Errors are
-- messages the tasks raised; payloads are not shown.
create function api.job_status()
returns table (task_identifier text, queued bigint, running bigint, retrying bigint,
               failed bigint, last_error text, last_failed_at timestamptz)
language plpgsql stable security definer set search_path = pg_catalog
as $$
begin
  if not app.is_admin() then
    raise exception 'only an administrator may read the job status' using errcode = '42501';
  end if;
  if to_regnamespace('graphile_worker') is null then
    return;
  end if;
  return query
    select j.task_identifier,
           count(*) filter (where j.locked_at is null and j.attempts = 0),
           count(*) filter (where j.locked_at is not null),
           count(*) filter (where j.locked_at is null and j.attempts > 0 and j.attempts < j.max_attempts),
           count(*) filter (where j.attempts >= j.max_attempts),
           (array_agg(j.last_error order by j.updated_at desc) filter (where j.last_error is not null))[1],
           max(j.updated_at) filter (where j.last_error is not null)
      from graphile_worker.jobs j
     group by j.task_identifier
     order by j.task_identifier;
end
$$;
grant execute on function api.job_status() to authenticated;

-- A job that used up its attempts becomes a system alert for the admins (one per job).
create function app.raise_job_failure_alert(task_identifier text, job_id bigint, error text)
returns void
language sql volatile security definer set search_path = pg_catalog
as $$
  insert into app.alerts (alert_type, severity, title, message_enc, source_table, source_id, created_by)
  select 'system', 'critical', left('Background job failed: ' || task_identifier, 200),
         app.encrypt(left(coalesce(error, 'unknown error'), 2000)), 'graphile_worker.jobs', job_id, null
   where not exists (select from app.alerts a
                      where a.source_table = 'graphile_worker.jobs' and a.source_id = job_id
                        and a.resolved_at is null)
$$;
