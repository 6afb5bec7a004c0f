-- Accounts as the auth server manages them: registration, email verification, password
-- change and reset. Passwords reach the database only as argon2id hashes; tokens only as
-- SHA-256 hashes.

create table app.password_reset_tokens (
  token_id bigint generated always as identity primary key,
  user_id bigint not null references app.users on delete cascade,
  token_hash bytea not null unique,
  expires_at timestamptz not null,
  used_at timestamptz,
  created_at timestamptz not null default now()
);
create index password_reset_tokens_user_id_idx on app.password_reset_tokens (user_id);
-- No API role may touch reset tokens: the auth server handles them.
alter table app.password_reset_tokens enable row level security;
alter table app.password_reset_tokens force row level security;
create trigger password_reset_tokens_audit after insert or update or delete on app.password_reset_tokens
  for each row execute function app.audit('token_id');

-- The one definition of a valid alias; the users table checks it and registration asks it.
create function app.alias_is_valid(alias text) returns boolean
language sql immutable parallel safe
as $$ select alias ~ '^[A-Za-z0-9][A-Za-z0-9._-]{1,31}$' $$;
grant execute on function app.alias_is_valid(text) to anon, authenticated;
alter table app.users drop constraint users_alias_check;
alter table app.users add constraint users_alias_check check (app.alias_is_valid(alias));

-- Field errors the database can tell about a registration before it is attempted, as
-- {field: code}: a taken email (case-insensitive, via its hash), an invalid or taken alias.
create function app.auth_registration_conflicts(email text, alias text) returns jsonb
language sql stable security definer set search_path = pg_catalog
as $$
  select jsonb_strip_nulls(jsonb_build_object(
    'email', case when nullif(trim(email), '') is not null and exists (
      select from app.users u where u.email_hash = app.email_hash(email)) then 'email_taken' end,
    'alias', case
      when nullif(alias, '') is null then null
      when not app.alias_is_valid(alias) then 'alias_invalid'
      when exists (select from app.users u where lower(u.alias) = lower(auth_registration_conflicts.alias))
        then 'alias_taken' end))
$$;

-- Creates an unverified user who has agreed to the current terms, with an email
-- verification token. Answers {user_id} or, when a concurrent registration won the race
-- for the email or alias, {errors: {field: code}}.
create function app.auth_register(name text, alias text, email text, password_hash text,
  verification_token_hash bytea, token_ttl interval)
returns jsonb
language plpgsql security definer set search_path = pg_catalog
as $$
declare
  uid bigint;
  conflicts jsonb := app.auth_registration_conflicts(email, alias);
  violated text;
begin
  if conflicts <> '{}' then
    return jsonb_build_object('errors', conflicts);
  end if;
  begin
    insert into app.users (name_enc, alias, email_enc, email_hash, password_hash,
      terms_version_agreed, terms_agreed_at)
    values (app.encrypt(trim(name)), alias, app.encrypt(lower(trim(email))), app.email_hash(email),
      auth_register.password_hash,
      (select s.setting_value #>> '{}' from app.site_settings s where s.setting_key = 'terms_version'),
      app.clock_now())
    returning user_id into uid;
  exception when unique_violation then
    get stacked diagnostics violated = constraint_name;
    return jsonb_build_object('errors', case when violated = 'users_alias_key'
      then '{"alias": "alias_taken"}'::jsonb else '{"email": "email_taken"}'::jsonb end);
  end;
  insert into app.email_verification_tokens (user_id, token_hash, expires_at)
  values (uid, verification_token_hash, app.clock_now() + token_ttl);
  perform app.record_history('users', uid::text, 'register', '{}');
  return jsonb_build_object('user_id', uid);
end
$$;

-- Marks the token's user verified. Answers 'verified', 'expired' or 'invalid'.
create function app.auth_verify_email(token_hash bytea) returns text
language plpgsql security definer set search_path = pg_catalog
as $$
declare
  t app.email_verification_tokens;
begin
  select * into t from app.email_verification_tokens v
   where v.token_hash = auth_verify_email.token_hash and v.used_at is null for update;
  if not found then
    return 'invalid';
  end if;
  if t.expires_at <= app.clock_now() then
    return 'expired';
  end if;
  update app.email_verification_tokens v set used_at = app.clock_now() where v.token_id = t.token_id;
  update app.users u set user_is_email_verified = true where u.user_id = t.user_id;
  perform app.record_history('users', t.user_id::text, 'email_verified', '{}');
  return 'verified';
end
$$;

-- The signed-in user's password hash, for checking the current password before a change.
create function app.auth_own_password_hash() returns text
language sql stable security definer set search_path = pg_catalog
as $$ select u.password_hash from app.users u where u.user_id = app.current_user_id() $$;

-- Sets the signed-in user's new password and ends every other session of theirs.
create function app.auth_change_password(new_password_hash text) returns integer
language plpgsql security definer set search_path = pg_catalog
as $$
declare
  uid bigint := app.current_user_id();
  others uuid[];
begin
  if uid is null then
    raise exception 'sign in first' using errcode = '42501';
  end if;
  update app.users u set password_hash = new_password_hash where u.user_id = uid;
  select array_agg(s.session_id) into others from app.user_sessions s
   where s.user_id = uid and s.revoked_at is null
     and s.session_id is distinct from app.current_session_id();
  perform app.record_history('users', uid::text, 'password_change', '{}');
  return coalesce(app.end_sessions(others, 'password_change'), 0);
end
$$;

-- Issues a reset token for an active account with this email; answers {user_id} or {}.
create function app.auth_issue_password_reset(email text, token_hash bytea, token_ttl interval)
returns jsonb
language plpgsql security definer set search_path = pg_catalog
as $$
declare
  uid bigint;
begin
  select u.user_id into uid from app.users u
   where u.email_hash = app.email_hash(email) and u.user_is_active;
  if not found then
    return '{}';
  end if;
  insert into app.password_reset_tokens (user_id, token_hash, expires_at)
  values (uid, auth_issue_password_reset.token_hash, app.clock_now() + token_ttl);
  perform app.record_history('users', uid::text, 'password_reset_request', '{}');
  return jsonb_build_object('user_id', uid);
end
$$;

-- Sets a new password by reset token (once) and ends all of that user's sessions.
-- Answers 'reset', 'expired' or 'invalid'.
create function app.auth_reset_password(token_hash bytea, new_password_hash text) returns text
language plpgsql security definer set search_path = pg_catalog
as $$
declare
  t app.password_reset_tokens;
  sessions uuid[];
begin
  select * into t from app.password_reset_tokens r
   where r.token_hash = auth_reset_password.token_hash and r.used_at is null for update;
  if not found then
    return 'invalid';
  end if;
  if t.expires_at <= app.clock_now() then
    return 'expired';
  end if;
  update app.password_reset_tokens r set used_at = app.clock_now() where r.token_id = t.token_id;
  update app.users u set password_hash = new_password_hash where u.user_id = t.user_id;
  select array_agg(s.session_id) into sessions from app.user_sessions s
   where s.user_id = t.user_id and s.revoked_at is null;
  perform app.end_sessions(sessions, 'password_reset');
  perform app.record_history('users', t.user_id::text, 'password_reset', '{}');
  return 'reset';
end
$$;

grant execute on function app.auth_registration_conflicts(text, text),
  app.auth_register(text, text, text, text, bytea, interval), app.auth_verify_email(bytea),
  app.auth_issue_password_reset(text, bytea, interval), app.auth_reset_password(bytea, text) to anon;
grant execute on function app.auth_own_password_hash(), app.auth_change_password(text) to authenticated;
