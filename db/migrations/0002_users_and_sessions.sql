-- People, their groups, sessions and login attempts.

create table app.site_settings (
  setting_key text primary key check (setting_key ~ '^[a-z][a-z0-9_]*$'),
  setting_value jsonb not null,
  updated_at timestamptz not null default now(),
  updated_by bigint
);
insert into app.site_settings (setting_key, setting_value) values ('terms_version', '"1"');

create table app.users (
  user_id bigint generated always as identity primary key,
  user_uuid uuid not null default gen_random_uuid() unique,
  name_enc bytea not null,
  alias text not null check (alias ~ '^[A-Za-z0-9][A-Za-z0-9._-]{1,31}$'),
  email_enc bytea not null,
  email_hash bytea not null unique,
  password_hash text,
  user_is_email_verified boolean not null default false,
  oauth_provider text check (oauth_provider in ('google', 'microsoft')),
  oauth_id text,
  user_is_admin boolean not null default false,
  user_is_manager boolean not null default false,
  user_is_active boolean not null default true,
  terms_version_agreed text,
  terms_agreed_at timestamptz,
  user_preferred_color text not null default '#0d6efd'
    check (user_preferred_color ~ '^#[0-9a-fA-F]{6}$'),
  user_preferred_landing_page text not null default 'dailies'
    check (user_preferred_landing_page in
      ('dailies', 'profile', 'jobs', 'tasks', 'summary', 'calendar', 'stats', 'team', 'management', 'administration')),
  user_preferred_profile_picture text,
  user_preferred_light_or_dark_mode_mobile text not null default 'dark'
    check (user_preferred_light_or_dark_mode_mobile in ('light', 'dark')),
  user_preferred_light_or_dark_mode_desktop text not null default 'light'
    check (user_preferred_light_or_dark_mode_desktop in ('light', 'dark')),
  user_preferred_high_contrast boolean not null default false,
  user_preferred_enable_alerts jsonb not null
    default '{"job": true, "site": true, "security": true, "system": true}'
    check (jsonb_typeof(user_preferred_enable_alerts) = 'object'),
  user_preferred_enable_notifications jsonb not null default '{"in_app": true, "email": false}'
    check (jsonb_typeof(user_preferred_enable_notifications) = 'object'),
  user_preferred_timezone text not null default 'America/Los_Angeles',
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (oauth_provider, oauth_id)
);
create unique index users_alias_key on app.users (lower(alias));

-- Timezones are checked against the server's own list; a CHECK cannot query a catalog.
create function app.validate_timezone() returns trigger
language plpgsql
as $$
begin
  if not exists (select from pg_timezone_names where name = new.user_preferred_timezone) then
    raise exception 'unknown timezone "%"', new.user_preferred_timezone
      using errcode = '22023', hint = 'use a name from /api/timezones, such as America/Los_Angeles';
  end if;
  return new;
end
$$;
create trigger users_validate_timezone before insert or update of user_preferred_timezone on app.users
  for each row execute function app.validate_timezone();
create trigger users_touch before update on app.users
  for each row execute function app.touch_updated_at();

-- Role checks used by policies. SECURITY DEFINER so that reading app.users for the check
-- is not itself filtered by app.users' policies (which use these functions).
create function app.is_admin() returns boolean
language sql stable security definer set search_path = pg_catalog
as $$
  select coalesce((select u.user_is_admin from app.users u
                   where u.user_id = app.current_user_id() and u.user_is_active), false)
$$;

create function app.is_manager() returns boolean
language sql stable security definer set search_path = pg_catalog
as $$
  select coalesce((select u.user_is_manager or u.user_is_admin from app.users u
                   where u.user_id = app.current_user_id() and u.user_is_active), false)
$$;

-- 'admin', 'manager' or 'field': the highest role a user holds.
create function app.role_of(target_user_id bigint) returns text
language sql stable security definer set search_path = pg_catalog
as $$
  select case when u.user_is_admin then 'admin' when u.user_is_manager then 'manager' else 'field' end
  from app.users u where u.user_id = target_user_id
$$;

-- Moderation (DESIGN §4): managers may soft-delete field users' content; admins may
-- soft-delete managers' and field users' content. Everyone may soft-delete their own.
create function app.can_moderate(owner_id bigint) returns boolean
language sql stable security definer set search_path = pg_catalog
as $$
  select owner_id = app.current_user_id()
    or (app.is_admin() and app.role_of(owner_id) <> 'admin')
    or (app.is_manager() and app.role_of(owner_id) = 'field')
$$;

grant execute on function app.is_admin(), app.is_manager(), app.role_of(bigint),
  app.can_moderate(bigint), app.validate_timezone() to authenticated;

-- Only an admin changes roles or activation, and nobody edits another person's profile.
create function app.guard_user_update() returns trigger
language plpgsql
as $$
declare
  me bigint := app.current_user_id();
  role_changed boolean := (new.user_is_admin, new.user_is_manager, new.user_is_active)
    is distinct from (old.user_is_admin, old.user_is_manager, old.user_is_active);
begin
  if current_user not in ('anon', 'authenticated') then
    return new; -- the server's own maintenance (migrations, CLI) is trusted
  end if;
  if new.user_id <> old.user_id or new.user_uuid <> old.user_uuid or new.created_at <> old.created_at then
    raise exception 'user ids cannot change' using errcode = '42501';
  end if;
  if role_changed and not app.is_admin() then
    raise exception 'only an administrator may change roles or activation' using errcode = '42501';
  end if;
  if old.user_id <> me and (to_jsonb(new) - array['user_is_admin', 'user_is_manager', 'user_is_active', 'updated_at'])
       is distinct from (to_jsonb(old) - array['user_is_admin', 'user_is_manager', 'user_is_active', 'updated_at']) then
    raise exception 'you may not edit another person''s profile' using errcode = '42501';
  end if;
  if old.user_id = me and old.user_is_admin and not new.user_is_admin then
    raise exception 'an administrator cannot remove their own administrator role' using errcode = '42501';
  end if;
  return new;
end
$$;
grant execute on function app.guard_user_update() to authenticated;
create trigger users_guard before update on app.users
  for each row execute function app.guard_user_update();

alter table app.users enable row level security;
alter table app.users force row level security;
-- The team directory: every signed-in user sees every user row; the api view decides
-- which columns of other people it shows (alias, name, colour, picture).
create policy users_read on app.users for select to authenticated using (true);
create policy users_update on app.users for update to authenticated
  using (user_id = app.current_user_id() or (select app.is_admin()))
  with check (user_id = app.current_user_id() or (select app.is_admin()));
grant select, update (name_enc, alias, terms_version_agreed, terms_agreed_at,
  user_is_admin, user_is_manager, user_is_active,
  user_preferred_color, user_preferred_landing_page, user_preferred_profile_picture,
  user_preferred_light_or_dark_mode_mobile, user_preferred_light_or_dark_mode_desktop,
  user_preferred_high_contrast, user_preferred_enable_alerts, user_preferred_enable_notifications,
  user_preferred_timezone, updated_at) on app.users to authenticated;

-- Groups: the role groups (field, manager, admin) plus any teams an admin creates.
create table app.groups (
  group_id bigint generated always as identity primary key,
  group_name text not null unique check (length(group_name) between 1 and 64),
  group_description text,
  is_role_group boolean not null default false,
  created_at timestamptz not null default now()
);
insert into app.groups (group_name, group_description, is_role_group) values
  ('field', 'Field technicians', true),
  ('manager', 'Managers', true),
  ('admin', 'Administrators', true);

create table app.user_groups (
  user_id bigint not null references app.users on delete cascade,
  group_id bigint not null references app.groups on delete cascade,
  created_at timestamptz not null default now(),
  primary key (user_id, group_id)
);
create index user_groups_group_id_idx on app.user_groups (group_id);

-- Membership of the role groups follows the role flags, so "notify the managers" works.
create function app.sync_role_groups() returns trigger
language plpgsql security definer set search_path = pg_catalog
as $$
begin
  delete from app.user_groups ug using app.groups g
   where ug.group_id = g.group_id and g.is_role_group and ug.user_id = new.user_id;
  insert into app.user_groups (user_id, group_id)
  select new.user_id, g.group_id from app.groups g
   where g.is_role_group and g.group_name = app.role_of(new.user_id);
  return null;
end
$$;
create trigger users_sync_role_groups after insert or update of user_is_admin, user_is_manager on app.users
  for each row execute function app.sync_role_groups();

alter table app.groups enable row level security;
alter table app.groups force row level security;
create policy groups_read on app.groups for select to authenticated using (true);
create policy groups_admin_write on app.groups for all to authenticated
  using ((select app.is_admin()) and not is_role_group)
  with check ((select app.is_admin()) and not is_role_group);
grant select, insert (group_name, group_description), update (group_name, group_description), delete
  on app.groups to authenticated;

alter table app.user_groups enable row level security;
alter table app.user_groups force row level security;
create policy user_groups_read on app.user_groups for select to authenticated using (true);
create policy user_groups_admin_write on app.user_groups for all to authenticated
  using ((select app.is_admin()) and not exists (select from app.groups g where g.group_id = user_groups.group_id and g.is_role_group))
  with check ((select app.is_admin()) and not exists (select from app.groups g where g.group_id = user_groups.group_id and g.is_role_group));
grant select, insert (user_id, group_id), delete on app.user_groups to authenticated;

alter table app.site_settings enable row level security;
alter table app.site_settings force row level security;
create policy site_settings_read on app.site_settings for select to anon, authenticated using (true);
create policy site_settings_admin_write on app.site_settings for update to authenticated
  using ((select app.is_admin())) with check ((select app.is_admin()));
grant select on app.site_settings to anon, authenticated;
grant update (setting_value, updated_at, updated_by) on app.site_settings to authenticated;

-- One row per device login. is_active is false until the login completes.
create table app.user_sessions (
  session_id uuid primary key default gen_random_uuid(),
  user_id bigint not null references app.users on delete cascade,
  token_hash bytea,
  device_info text check (length(device_info) <= 512),
  ip_address inet,
  issued_at timestamptz not null default now(),
  expires_at timestamptz not null default now() + interval '24 hours',
  last_accessed_at timestamptz not null default now(),
  is_active boolean not null default false,
  revoked_at timestamptz
);
create index idx_user_sessions_user_id on app.user_sessions (user_id);
create unique index user_sessions_token_hash_key on app.user_sessions (token_hash) where token_hash is not null;

alter table app.user_sessions enable row level security;
alter table app.user_sessions force row level security;
create policy user_sessions_read on app.user_sessions for select to authenticated
  using (user_id = app.current_user_id() or (select app.is_admin()));
-- Revoking is the only change a user makes to a session (the auth server does the rest).
create policy user_sessions_revoke on app.user_sessions for update to authenticated
  using (user_id = app.current_user_id() or (select app.is_admin()))
  with check (not is_active and revoked_at is not null);
grant select (session_id, user_id, device_info, ip_address, issued_at, expires_at, last_accessed_at,
  is_active, revoked_at) on app.user_sessions to authenticated;
grant update (is_active, revoked_at) on app.user_sessions to authenticated;

create table app.login_attempts (
  attempt_id bigint generated always as identity primary key,
  email_hash bytea,
  ip_address inet,
  attempted_at timestamptz not null default now(),
  succeeded boolean not null
);
create index login_attempts_email_idx on app.login_attempts (email_hash, attempted_at desc);
create index login_attempts_ip_idx on app.login_attempts (ip_address, attempted_at desc);
alter table app.login_attempts enable row level security;
alter table app.login_attempts force row level security;
create policy login_attempts_admin_read on app.login_attempts for select to authenticated
  using ((select app.is_admin()));
grant select on app.login_attempts to authenticated;

create table app.email_verification_tokens (
  token_id bigint generated always as identity primary key,
  user_id bigint not null references app.users on delete cascade,
  token_hash bytea not null unique,
  expires_at timestamptz not null,
  used_at timestamptz,
  created_at timestamptz not null default now()
);
create index email_verification_tokens_user_id_idx on app.email_verification_tokens (user_id);
-- No API role may touch verification tokens: the auth server handles them.
alter table app.email_verification_tokens enable row level security;
alter table app.email_verification_tokens force row level security;
