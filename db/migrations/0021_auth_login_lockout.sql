-- Brute-force protection: attempts made while locked are recorded but do not extend the
-- lock, a successful login clears an email's earlier failures, and reaching a threshold
-- raises exactly one security alert per lock.

alter table app.login_attempts add column was_blocked boolean not null default false;

-- As before (same signature, same answer), but on the auth clock; blocked attempts do not
-- count (a person waiting out a lock is not locked again by trying once more), and an
-- email's failures count only since its last successful login.
create or replace function api.check_failed_logins(email text default null, ip_address text default null)
returns jsonb
language plpgsql stable security definer set search_path = pg_catalog
as $$
declare
  window_length constant interval := interval '5 minutes';
  at timestamptz := app.clock_now();
  email_limit integer := coalesce(nullif(current_setting('app.settings.email_lock_threshold', true), '')::integer, 5);
  ip_limit integer := coalesce(nullif(current_setting('app.settings.ip_lock_threshold', true), '')::integer, 50);
  hash bytea := case when nullif(trim(email), '') is not null then app.email_hash(email) end;
  ip inet;
  since timestamptz := at - window_length;
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
  if hash is not null then
    select greatest(since, max(a.attempted_at)) into since from app.login_attempts a
     where a.email_hash = hash and a.succeeded and a.attempted_at > since and a.attempted_at <= at;
    since := coalesce(since, at - window_length);
  end if;
  -- Locked until the oldest of the last `limit` failures leaves the window.
  select min(attempted_at) + window_length into email_unlock from (
    select a.attempted_at from app.login_attempts a
     where hash is not null and a.email_hash = hash and not a.succeeded and not a.was_blocked
       and a.attempted_at > since and a.attempted_at <= at
     order by a.attempted_at desc limit email_limit) f
  having count(*) >= email_limit;
  select min(attempted_at) + window_length into ip_unlock from (
    select a.attempted_at from app.login_attempts a
     where ip is not null and a.ip_address = ip and not a.succeeded and not a.was_blocked
       and a.attempted_at > at - window_length and a.attempted_at <= at
     order by a.attempted_at desc limit ip_limit) f
  having count(*) >= ip_limit;
  return jsonb_build_object(
    'email_locked', email_unlock is not null,
    'ip_locked', ip_unlock is not null,
    'locked', email_unlock is not null or ip_unlock is not null,
    'retry_after_seconds', ceil(greatest(0, extract(epoch from greatest(email_unlock, ip_unlock) - at)))::integer);
end
$$;

-- What the auth server needs before checking a password: the lock state and, if the
-- email belongs to someone, their password hash. Nothing is recorded here.
create function app.auth_login_lookup(email text, ip_address text) returns jsonb
language sql stable security definer set search_path = pg_catalog
as $$
  select jsonb_build_object('lock', api.check_failed_logins(email, ip_address),
    'user_id', u.user_id, 'password_hash', u.password_hash, 'is_active', u.user_is_active)
  from (select) one
  left join app.users u on u.email_hash = app.email_hash(email)
$$;

create function app.raise_login_lock_alert(scope text, email text, ip inet, subject bigint,
  attempt bigint, lock jsonb)
returns void
language plpgsql security definer set search_path = pg_catalog
as $$
begin
  insert into app.alerts (alert_type, severity, title, message_enc, source_table, source_id,
    subject_user_id, created_by)
  values ('security', 'warning',
    case scope when 'email' then 'Sign-ins locked for an account' else 'Sign-ins locked for an IP address' end,
    app.encrypt(format('Too many failed sign-ins in 5 minutes for %s from %s; locked for %s seconds.',
      lower(trim(email)), coalesce(host(ip), 'an unknown address'), lock ->> 'retry_after_seconds')),
    'login_attempts', attempt, subject, null);
  perform app.record_history('login_attempts', attempt::text, 'lock', jsonb_build_object(
    'scope', scope, 'user_id', subject, 'ip_address', host(ip),
    'retry_after_seconds', lock -> 'retry_after_seconds'));
end
$$;

-- Records a failed (or, while locked, blocked) login. When this failure is the one that
-- locks the email or the IP address, raises one security alert for admins. Answers the
-- lock state after the attempt and whether this attempt started a lock.
create function app.auth_record_failed_login(email text, ip_address text, user_id bigint, blocked boolean)
returns jsonb
language plpgsql security definer set search_path = pg_catalog
as $$
declare
  hash bytea := app.email_hash(email);
  ip inet := nullif(ip_address, '')::inet;
  before jsonb;
  after jsonb;
  attempt bigint;
begin
  -- Serialise failures per email, then per address, so one lock raises one alert.
  perform pg_advisory_xact_lock(1, hashtext(encode(hash, 'hex')));
  perform pg_advisory_xact_lock(2, hashtext(coalesce(host(ip), '')));
  before := api.check_failed_logins(email, ip_address);
  insert into app.login_attempts (email_hash, ip_address, attempted_at, succeeded, was_blocked)
  values (hash, ip, app.clock_now(), false, blocked)
  returning attempt_id into attempt;
  perform app.record_history('login_attempts', attempt::text, 'failed_login', jsonb_build_object(
    'user_id', auth_record_failed_login.user_id, 'ip_address', host(ip), 'blocked', blocked));
  after := api.check_failed_logins(email, ip_address);
  if (after ->> 'email_locked')::boolean and not (before ->> 'email_locked')::boolean then
    perform app.raise_login_lock_alert('email', email, ip, auth_record_failed_login.user_id, attempt, after);
  end if;
  if (after ->> 'ip_locked')::boolean and not (before ->> 'ip_locked')::boolean then
    perform app.raise_login_lock_alert('ip', email, ip, auth_record_failed_login.user_id, attempt, after);
  end if;
  return after;
end
$$;

grant execute on function app.auth_login_lookup(text, text),
  app.auth_record_failed_login(text, text, bigint, boolean) to anon;
