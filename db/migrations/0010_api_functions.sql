-- Functions of the data API: the pre-request hook, login lock-out checks, restoring soft
-- deleted rows, lookups, and the team's aggregate view.

-- Called by the data API before every request. A token whose session was revoked or has
-- expired, or whose user was deactivated, is refused at once (not when it expires).
create function api.pre_request() returns void
language plpgsql stable security definer set search_path = pg_catalog
as $$
declare
  uid bigint := app.current_user_id();
  sid uuid := app.current_session_id();
begin
  if uid is null then
    return;
  end if;
  if not exists (select from app.users u where u.user_id = uid and u.user_is_active) then
    raise exception 'this account is not active' using errcode = 'PT401';
  end if;
  if sid is not null and not exists (
       select from app.user_sessions s
        where s.session_id = sid and s.user_id = uid and s.is_active and s.revoked_at is null
          and s.expires_at > now()) then
    raise exception 'this session has ended; sign in again' using errcode = 'PT401';
  end if;
end
$$;
grant execute on function api.pre_request() to anon, authenticated;

-- Whether logins for an email (5 failures in 5 minutes) or from an IP address (a higher,
-- configurable threshold, so one person's typos never lock out a whole office) are locked,
-- and for how many seconds more.
create function api.check_failed_logins(email text default null, ip_address text default null)
returns jsonb
language plpgsql stable security definer set search_path = pg_catalog
as $$
declare
  window_length constant interval := interval '5 minutes';
  email_limit integer := coalesce(nullif(current_setting('app.settings.email_lock_threshold', true), '')::integer, 5);
  ip_limit integer := coalesce(nullif(current_setting('app.settings.ip_lock_threshold', true), '')::integer, 50);
  hash bytea := case when nullif(trim(email), '') is not null then app.email_hash(email) end;
  ip inet;
  email_unlock timestamptz;
  ip_unlock timestamptz;
begin
  if ip_address is not null and ip_address <> '' then
    begin
      ip := ip_address::inet;
    exception when others then
      raise exception 'ip_address is not an IP address' using errcode = '22P02';
    end;
  end if;
  -- Locked until the oldest of the last `limit` failures leaves the window.
  select min(attempted_at) + window_length into email_unlock from (
    select attempted_at from app.login_attempts
     where hash is not null and email_hash = hash and not succeeded and attempted_at > now() - window_length
     order by attempted_at desc limit email_limit) f
  having count(*) >= email_limit;
  select min(attempted_at) + window_length into ip_unlock from (
    select attempted_at from app.login_attempts
     where ip is not null and login_attempts.ip_address = ip and not succeeded and attempted_at > now() - window_length
     order by attempted_at desc limit ip_limit) f
  having count(*) >= ip_limit;
  return jsonb_build_object(
    'email_locked', email_unlock is not null,
    'ip_locked', ip_unlock is not null,
    'locked', email_unlock is not null or ip_unlock is not null,
    'retry_after_seconds', ceil(greatest(0, extract(epoch from greatest(email_unlock, ip_unlock) - now())))::integer);
end
$$;
grant execute on function api.check_failed_logins(text, text) to anon, authenticated;

create function api.restore_ticket(ticket_id bigint) returns void
language plpgsql
as $$
begin
  update app.tickets t set deleted_at = null where t.ticket_id = restore_ticket.ticket_id and t.deleted_at is not null;
  if not found then
    raise exception 'no deleted ticket % that you may restore', ticket_id using errcode = '42501';
  end if;
end
$$;
create function api.restore_ticket_entry(entry_id bigint) returns void
language plpgsql
as $$
begin
  update app.ticket_entries e set deleted_at = null where e.entry_id = restore_ticket_entry.entry_id and e.deleted_at is not null;
  if not found then
    raise exception 'no deleted entry % that you may restore', entry_id using errcode = '42501';
  end if;
end
$$;
create function api.restore_ticket_misc_entry(entry_id bigint) returns void
language plpgsql
as $$
begin
  update app.ticket_misc_entries m set deleted_at = null
   where m.entry_id = restore_ticket_misc_entry.entry_id and m.deleted_at is not null;
  if not found then
    raise exception 'no deleted task % that you may restore', entry_id using errcode = '42501';
  end if;
end
$$;
grant execute on function api.restore_ticket(bigint), api.restore_ticket_entry(bigint),
  api.restore_ticket_misc_entry(bigint) to authenticated;

-- The timezone picker's list, straight from the server's catalog.
create function api.timezones() returns table (name text, utc_offset interval)
language sql stable
as $$
  select name, utc_offset from pg_timezone_names where name !~ '^(posix|right)/' order by name
$$;
grant execute on function api.timezones() to anon, authenticated;

-- Who worked where and when, for everyone on the team. Deliberately not security_invoker:
-- it shows other people's work to field users, so it exposes no encrypted job details.
create view api.team_activity as
select 'entry'::text as kind, e.entry_id as item_id, e.user_id, u.alias, u.user_preferred_color as color,
  e.job_date as work_date, e.job_start_time as start_time, e.job_end_time as end_time,
  t.ticket_id, t.ticket_number, b.building_id, b.building_name, e.job_followup_required as followup_required
from app.ticket_entries e
join app.users u on u.user_id = e.user_id
join app.tickets t on t.ticket_id = e.ticket_id
join app.buildings b on b.building_id = t.building_id
where e.deleted_at is null and app.current_user_id() is not null
union all
select 'task', m.entry_id, m.user_id, u.alias, u.user_preferred_color, m.misc_start_date, m.misc_start_time,
  m.misc_end_time, null, null, null, null, false
from app.ticket_misc_entries m
join app.users u on u.user_id = m.user_id
where m.deleted_at is null and app.current_user_id() is not null;
grant select on api.team_activity to authenticated;
