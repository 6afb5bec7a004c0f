-- Device sessions as the auth server runs them: a clock tests can move, idle expiry,
-- refresh-token rotation with reuse detection, and the pre-request hook that enforces both.

-- The auth server may carry its own clock into a transaction (tests move it instead of
-- sleeping); otherwise this is the transaction's now().
create function app.clock_now() returns timestamptz
language sql stable parallel safe
as $$
  select coalesce(nullif(current_setting('app.settings.clock_now', true), '')::timestamptz, now())
$$;
grant execute on function app.clock_now() to anon, authenticated;
-- The auth server reaches its SECURITY DEFINER functions as anon; the data API exposes only
-- schema api, so this gives API callers nothing new.
grant usage on schema app to anon;

create function app.session_idle_timeout() returns interval
language sql immutable parallel safe
as $$ select interval '24 hours' $$;

create function app.max_active_sessions() returns integer
language sql immutable parallel safe
as $$ select 3 $$;

-- A session serves requests while it is active, not revoked, within its absolute lifetime
-- (expires_at) and used within the idle timeout. Takes columns rather than the row because
-- API roles may not read every column (token_hash).
create function app.session_is_live(is_active boolean, revoked_at timestamptz,
  expires_at timestamptz, last_accessed_at timestamptz, at timestamptz)
returns boolean
language sql stable parallel safe
as $$
  select is_active and revoked_at is null and expires_at > at
    and last_accessed_at > at - app.session_idle_timeout()
$$;
grant execute on function app.session_idle_timeout(), app.max_active_sessions(),
  app.session_is_live(boolean, timestamptz, timestamptz, timestamptz, timestamptz) to anon, authenticated;

-- Refresh tokens already rotated away. Presenting one again means it was copied: the
-- session is revoked. Not audited row by row (one per refresh); the session's own update is.
create table app.retired_refresh_tokens (
  token_hash bytea primary key,
  session_id uuid not null references app.user_sessions on delete cascade,
  retired_at timestamptz not null default now()
);
create index retired_refresh_tokens_session_id_idx on app.retired_refresh_tokens (session_id);
alter table app.retired_refresh_tokens enable row level security;
alter table app.retired_refresh_tokens force row level security;

-- Every end of a session is an auth event: `logout` when its own device ends it, `revoke`
-- otherwise, with the reason the ending function put in app.auth.revoke_reason.
create function app.record_session_end() returns trigger
language plpgsql security definer set search_path = pg_catalog
as $$
declare
  reason text := nullif(current_setting('app.auth.revoke_reason', true), '');
  is_logout boolean := coalesce(reason = 'logout', new.session_id = app.current_session_id());
begin
  if old.revoked_at is null and new.revoked_at is not null then
    perform app.record_history('user_sessions', new.session_id::text,
      case when is_logout then 'logout' else 'revoke' end,
      jsonb_build_object('user_id', new.user_id, 'reason',
        coalesce(reason, case when is_logout then 'logout' else 'revoked_by_user' end)));
  end if;
  return null;
end
$$;
create trigger user_sessions_record_end after update of revoked_at on app.user_sessions
  for each row execute function app.record_session_end();

-- Ends sessions with a reason for the history, at the auth clock's time.
create function app.end_sessions(session_ids uuid[], reason text) returns integer
language plpgsql security definer set search_path = pg_catalog
as $$
declare
  ended integer;
begin
  perform set_config('app.auth.revoke_reason', reason, true);
  update app.user_sessions s set is_active = false, revoked_at = app.clock_now()
   where s.session_id = any (session_ids) and s.revoked_at is null;
  get diagnostics ended = row_count;
  perform set_config('app.auth.revoke_reason', '', true);
  return ended;
end
$$;

-- The data API's pre-request hook, now VOLATILE: besides refusing tokens of ended
-- sessions (and idle ones), it records activity, at most once a minute per session so
-- that a busy client does not write on every request. A read-only transaction (the data
-- API's GET) cannot write; the next refresh or write records the activity instead.
create or replace function api.pre_request() returns void
language plpgsql volatile security definer set search_path = pg_catalog
as $$
declare
  uid bigint := app.current_user_id();
  sid uuid := app.current_session_id();
  at timestamptz := app.clock_now();
  seen timestamptz;
begin
  if uid is null then
    return;
  end if;
  if not exists (select from app.users u where u.user_id = uid and u.user_is_active) then
    raise exception 'this account is not active' using errcode = 'PT401';
  end if;
  if sid is null then
    return;
  end if;
  select s.last_accessed_at into seen from app.user_sessions s
   where s.session_id = sid and s.user_id = uid and app.session_is_live(s.is_active, s.revoked_at, s.expires_at, s.last_accessed_at, at);
  if not found then
    raise exception 'this session has ended; sign in again' using errcode = 'PT401';
  end if;
  if seen < at - interval '1 minute' and current_setting('transaction_read_only') = 'off' then
    update app.user_sessions s set last_accessed_at = at where s.session_id = sid;
  end if;
end
$$;

-- Starts a device session for a user whose password the auth server has just verified:
-- records the successful attempt, retires timed-out sessions, and keeps at most
-- app.max_active_sessions() live by revoking the oldest logins.
create function app.auth_start_session(user_id bigint, email text, ip_address text,
  device_info text, token_hash bytea)
returns jsonb
language plpgsql security definer set search_path = pg_catalog
as $$
declare
  at timestamptz := app.clock_now();
  uid bigint := auth_start_session.user_id;
  sid uuid;
  surplus uuid[];
begin
  -- One login of a user at a time, so two concurrent logins cannot both keep 3 others.
  perform pg_advisory_xact_lock(3, hashtext(uid::text));
  insert into app.login_attempts (email_hash, ip_address, attempted_at, succeeded)
  values (app.email_hash(email), nullif(ip_address, '')::inet, at, true);
  update app.user_sessions s set is_active = false
   where s.user_id = uid and s.is_active and not app.session_is_live(s.is_active, s.revoked_at, s.expires_at, s.last_accessed_at, at);
  insert into app.user_sessions (user_id, token_hash, device_info, ip_address, issued_at,
    expires_at, last_accessed_at, is_active)
  values (uid, auth_start_session.token_hash, left(auth_start_session.device_info, 512),
    nullif(ip_address, '')::inet, at, at + interval '30 days', at, true)
  returning session_id into sid;
  select array_agg(s.session_id) into surplus from (
    select s.session_id from app.user_sessions s
     where s.user_id = uid and s.is_active and s.revoked_at is null
     order by s.issued_at desc, s.last_accessed_at desc
     offset app.max_active_sessions()) s;
  if surplus is not null then
    perform app.end_sessions(surplus, 'session_limit');
  end if;
  perform app.record_history('users', uid::text, 'login', jsonb_build_object(
    'session_id', sid, 'ip_address', nullif(ip_address, ''), 'device_info', device_info));
  return jsonb_build_object('session_id', sid, 'user_id', uid,
    'revoked_session_ids', coalesce(to_jsonb(surplus), '[]'));
end
$$;

-- Rotates a refresh token. Answers {status: ok | expired | reused | invalid}; never raises
-- for a bad token, because revoking a session on reuse must commit.
create function app.auth_refresh_session(token_hash bytea, new_token_hash bytea)
returns jsonb
language plpgsql security definer set search_path = pg_catalog
as $$
declare
  at timestamptz := app.clock_now();
  s app.user_sessions;
  reused_session uuid;
begin
  select * into s from app.user_sessions u where u.token_hash = auth_refresh_session.token_hash for update;
  if found then
    if not app.session_is_live(s.is_active, s.revoked_at, s.expires_at, s.last_accessed_at, at)
       or not exists (select from app.users u where u.user_id = s.user_id and u.user_is_active) then
      update app.user_sessions u set is_active = false where u.session_id = s.session_id and u.is_active;
      return jsonb_build_object('status', 'expired');
    end if;
    insert into app.retired_refresh_tokens (token_hash, session_id, retired_at)
    values (auth_refresh_session.token_hash, s.session_id, at);
    update app.user_sessions u set token_hash = new_token_hash, last_accessed_at = at
     where u.session_id = s.session_id;
    return jsonb_build_object('status', 'ok', 'session_id', s.session_id, 'user_id', s.user_id);
  end if;
  select r.session_id into reused_session from app.retired_refresh_tokens r
   where r.token_hash = auth_refresh_session.token_hash;
  if found then
    perform app.end_sessions(array[reused_session], 'refresh_token_reuse');
    return jsonb_build_object('status', 'reused', 'session_id', reused_session);
  end if;
  return jsonb_build_object('status', 'invalid');
end
$$;

-- Logout by refresh cookie: ends the one session that token belongs to.
create function app.auth_end_session(token_hash bytea) returns uuid
language plpgsql security definer set search_path = pg_catalog
as $$
declare
  sid uuid;
begin
  select s.session_id into sid from app.user_sessions s
   where s.token_hash = auth_end_session.token_hash and s.revoked_at is null;
  if found then
    perform app.end_sessions(array[sid], 'logout');
  end if;
  return sid;
end
$$;

grant execute on function app.auth_start_session(bigint, text, text, text, bytea),
  app.auth_refresh_session(bytea, bytea), app.auth_end_session(bytea) to anon;
