-- Records: the audit history, import/export logs and uploaded files.

-- Append-only: no API role may update, delete or truncate it; admins read it.
create table app.history (
  history_id bigint generated always as identity primary key,
  table_name text not null,
  record_id text,
  action text not null check (action ~ '^[a-z_]{2,40}$'),
  user_id bigint,
  changes jsonb not null default '{}',
  created_at timestamptz not null default now()
);
create index history_created_at_idx on app.history (created_at desc);
create index history_table_record_idx on app.history (table_name, record_id);
create index history_user_id_idx on app.history (user_id);

alter table app.history enable row level security;
alter table app.history force row level security;
create policy history_admin_read on app.history for select to authenticated using ((select app.is_admin()));
grant select on app.history to authenticated;

create function app.refuse_history_change() returns trigger
language plpgsql
as $$
begin
  raise exception 'history is append-only' using errcode = '42501';
end
$$;
create trigger history_append_only before update or delete or truncate on app.history
  for each statement execute function app.refuse_history_change();

-- Writes one history row. SECURITY DEFINER because no API role may insert into history
-- directly; callers are triggers and the auth server's own functions.
create function app.record_history(table_name text, record_id text, action text, changes jsonb)
returns void
language sql security definer set search_path = pg_catalog
as $$
  insert into app.history (table_name, record_id, action, user_id, changes)
  values (table_name, record_id, action, app.current_user_id(), coalesce(changes, '{}'))
$$;

create table app.import_export_logs (
  log_id bigint generated always as identity primary key,
  user_id bigint not null references app.users default app.current_user_id(),
  direction text not null check (direction in ('import', 'export')),
  format text not null check (format in ('json', 'csv', 'eml', 'msg', 'text')),
  file_name text check (length(file_name) <= 255),
  status text not null default 'pending' check (status in ('pending', 'running', 'succeeded', 'failed')),
  record_count integer not null default 0 check (record_count >= 0),
  error text check (length(error) <= 2000),
  created_at timestamptz not null default now(),
  finished_at timestamptz
);
create index import_export_logs_user_id_idx on app.import_export_logs (user_id, created_at desc);
alter table app.import_export_logs enable row level security;
alter table app.import_export_logs force row level security;
create policy import_export_logs_read on app.import_export_logs for select to authenticated
  using (user_id = app.current_user_id() or (select app.is_admin()));
create policy import_export_logs_own_write on app.import_export_logs for insert to authenticated
  with check (user_id = app.current_user_id());
create policy import_export_logs_own_update on app.import_export_logs for update to authenticated
  using (user_id = app.current_user_id()) with check (user_id = app.current_user_id());
grant select, insert (direction, format, file_name, status, record_count, error, finished_at),
  update (status, record_count, error, finished_at) on app.import_export_logs to authenticated;

create table app.files (
  file_id bigint generated always as identity primary key,
  file_uuid uuid not null default gen_random_uuid() unique,
  owner_id bigint not null references app.users default app.current_user_id(),
  purpose text not null check (purpose in ('profile_picture', 'entry_photo', 'import')),
  content_type text not null check (content_type ~ '^[a-z]+/[a-z0-9.+-]+$'),
  byte_size integer not null check (byte_size >= 0),
  storage_key text not null unique,
  created_at timestamptz not null default now(),
  deleted_at timestamptz
);
create index files_owner_id_idx on app.files (owner_id);
alter table app.files enable row level security;
alter table app.files force row level security;
-- Profile pictures are seen by the whole team; other files by their owner (photos on
-- entries will follow the entry's rules).
create policy files_read on app.files for select to authenticated
  using (owner_id = app.current_user_id() or purpose = 'profile_picture' or (select app.is_admin()));
create policy files_own_insert on app.files for insert to authenticated
  with check (owner_id = app.current_user_id());
create policy files_own_update on app.files for update to authenticated
  using (owner_id = app.current_user_id()) with check (owner_id = app.current_user_id());
grant select, insert (purpose, content_type, byte_size, storage_key), update (deleted_at)
  on app.files to authenticated;
