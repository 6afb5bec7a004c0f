-- Roles, schemas and the helpers every policy uses.
--
-- PostgREST's model: the server logs in as `authenticator` (which can do nothing itself)
-- and switches, per transaction, to `anon` or `authenticated`. The user behind a request
-- is known only from `request.jwt.claims`, set transaction-locally by the server.

create schema if not exists extensions;
create extension if not exists pgcrypto with schema extensions;

do $$
begin
  if not exists (select from pg_roles where rolname = 'anon') then
    create role anon nologin noinherit;
  end if;
  if not exists (select from pg_roles where rolname = 'authenticated') then
    create role authenticated nologin noinherit;
  end if;
  if not exists (select from pg_roles where rolname = 'authenticator') then
    create role authenticator login noinherit;
  end if;
end
$$;
grant anon, authenticated to authenticator;

-- `app` holds the tables; `api` is what the data API exposes.
create schema app;
create schema api;
revoke all on schema app, api, extensions from public;
grant usage on schema api to anon, authenticated;
-- Needed because api views are security_invoker: the caller's rights on app tables count.
grant usage on schema app, extensions to authenticated;
grant usage on schema extensions to anon;

-- Functions are not executable by everyone unless granted.
alter default privileges in schema app revoke execute on functions from public;
alter default privileges in schema api revoke execute on functions from public;

-- The verified JWT claims of the current request ({} when there are none).
create function app.claims() returns jsonb
language sql stable parallel safe
as $$
  select coalesce(nullif(current_setting('request.jwt.claims', true), ''), '{}')::jsonb
$$;

-- The signed-in user's id, or null. `sub` is our own user id; anything else means no user.
create function app.current_user_id() returns bigint
language sql stable parallel safe
as $$
  select case when app.claims() ->> 'sub' ~ '^[0-9]{1,18}$' then (app.claims() ->> 'sub')::bigint end
$$;

-- The session behind the token (`sid` claim), or null.
create function app.current_session_id() returns uuid
language sql stable parallel safe
as $$
  select case
    when app.claims() ->> 'sid' ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'
    then (app.claims() ->> 'sid')::uuid
  end
$$;

-- The encryption key reaches the database only per transaction, from the server's config.
create function app.encryption_key() returns text
language plpgsql stable parallel safe
as $$
declare
  key text := current_setting('app.settings.encryption_key', true);
begin
  if key is null or key = '' then
    raise exception 'encryption key is not set for this transaction'
      using errcode = '28000', hint = 'the server sets app.settings.encryption_key';
  end if;
  return key;
end
$$;

-- Symmetric encryption at rest. The key is random, not a password, so key stretching
-- (s2k-mode 3) would only slow every read; s2k-mode 1 keeps a per-value salt.
create function app.encrypt(plain text) returns bytea
language sql volatile parallel safe
as $$
  select case when plain is null then null else
    extensions.pgp_sym_encrypt(plain, app.encryption_key(), 'cipher-algo=aes256, s2k-mode=1, compress-algo=0')
  end
$$;

create function app.decrypt(cipher bytea) returns text
language sql stable parallel safe
as $$
  select case when cipher is null then null else extensions.pgp_sym_decrypt(cipher, app.encryption_key()) end
$$;

-- Keyed hash for looking up an email without storing it in plain text.
create function app.email_hash(email text) returns bytea
language sql stable parallel safe
as $$
  select extensions.hmac(lower(trim(email)), app.encryption_key(), 'sha256')
$$;

grant execute on function app.claims(), app.current_user_id(), app.current_session_id(),
  app.encryption_key(), app.encrypt(text), app.decrypt(bytea), app.email_hash(text)
  to anon, authenticated;

-- Keeps updated_at honest on every table that has one.
create function app.touch_updated_at() returns trigger
language plpgsql
as $$
begin
  new.updated_at := now();
  return new;
end
$$;
grant execute on function app.touch_updated_at() to anon, authenticated;
