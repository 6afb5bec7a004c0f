-- The work: tickets, job entries (with their devices) and miscellaneous tasks.
-- None of these is ever deleted through the API: DELETE sets deleted_at (see api views).

create table app.tickets (
  ticket_id bigint generated always as identity primary key,
  ticket_number text not null unique check (ticket_number ~ '^[A-Za-z0-9][A-Za-z0-9._/-]{0,39}$'),
  building_id bigint not null references app.buildings on delete restrict,
  created_by bigint not null references app.users default app.current_user_id(),
  status text not null default 'open' check (status in ('open', 'in_progress', 'closed')),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  deleted_at timestamptz,
  deleted_by bigint references app.users
);
create index tickets_building_id_idx on app.tickets (building_id);
create index tickets_created_by_idx on app.tickets (created_by);
create index tickets_deleted_by_idx on app.tickets (deleted_by);

create table app.ticket_entries (
  entry_id bigint generated always as identity primary key,
  user_id bigint not null references app.users default app.current_user_id(),
  ticket_id bigint not null references app.tickets on delete restrict,
  job_name_enc bytea not null,
  job_date date not null,
  job_start_time time,
  job_end_time time,
  job_description_enc bytea,
  job_materials_needed text check (length(job_materials_needed) <= 2000),
  job_materials_used text check (length(job_materials_used) <= 2000),
  job_access_needed text check (length(job_access_needed) <= 2000),
  job_programming_changes text check (length(job_programming_changes) <= 2000),
  job_followup_required boolean not null default false,
  job_changed_flag boolean not null default false,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  deleted_at timestamptz,
  deleted_by bigint references app.users,
  constraint ticket_entries_times_check
    check (job_start_time is null or job_end_time is null or job_end_time > job_start_time)
);
create index ticket_entries_user_date_idx on app.ticket_entries (user_id, job_date desc, entry_id desc);
create index ticket_entries_ticket_id_idx on app.ticket_entries (ticket_id);
create index ticket_entries_job_date_idx on app.ticket_entries (job_date);
create index ticket_entries_deleted_by_idx on app.ticket_entries (deleted_by);

create table app.entry_devices (
  entry_id bigint not null references app.ticket_entries on delete cascade,
  device_id bigint not null references app.devices on delete restrict,
  created_at timestamptz not null default now(),
  primary key (entry_id, device_id)
);
create index entry_devices_device_id_idx on app.entry_devices (device_id);

create table app.ticket_misc_entries (
  entry_id bigint generated always as identity primary key,
  user_id bigint not null references app.users default app.current_user_id(),
  misc_name_enc bytea not null,
  misc_start_date date not null,
  misc_start_time time,
  misc_end_time time,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  deleted_at timestamptz,
  deleted_by bigint references app.users,
  constraint ticket_misc_entries_times_check
    check (misc_start_time is null or misc_end_time is null or misc_end_time > misc_start_time)
);
create index ticket_misc_entries_user_date_idx on app.ticket_misc_entries (user_id, misc_start_date desc);
create index ticket_misc_entries_deleted_by_idx on app.ticket_misc_entries (deleted_by);

create trigger tickets_touch before update on app.tickets
  for each row execute function app.touch_updated_at();
create trigger ticket_entries_touch before update on app.ticket_entries
  for each row execute function app.touch_updated_at();
create trigger ticket_misc_entries_touch before update on app.ticket_misc_entries
  for each row execute function app.touch_updated_at();

-- Owners change their own rows freely; a moderator (app.can_moderate) may change only
-- deleted_at/deleted_by of someone else's row: nobody edits another person's content.
create function app.guard_owned_update() returns trigger
language plpgsql
as $$
declare
  owner_column text := tg_argv[0];
  owner_id bigint := (to_jsonb(old) ->> owner_column)::bigint;
  ignored text[] := array['deleted_at', 'deleted_by', 'updated_at'];
begin
  if current_user not in ('anon', 'authenticated') then
    return new;
  end if;
  if (to_jsonb(new) ->> owner_column)::bigint is distinct from owner_id then
    raise exception 'the owner of a row cannot change' using errcode = '42501';
  end if;
  if owner_id <> app.current_user_id()
     and (to_jsonb(new) - ignored) is distinct from (to_jsonb(old) - ignored) then
    raise exception 'you may not edit another person''s content' using errcode = '42501';
  end if;
  if new.deleted_at is distinct from old.deleted_at then
    new.deleted_by := case when new.deleted_at is null then null else app.current_user_id() end;
  end if;
  return new;
end
$$;
grant execute on function app.guard_owned_update() to authenticated;
create trigger tickets_guard before update on app.tickets
  for each row execute function app.guard_owned_update('created_by');
create trigger ticket_entries_guard before update on app.ticket_entries
  for each row execute function app.guard_owned_update('user_id');
create trigger ticket_misc_entries_guard before update on app.ticket_misc_entries
  for each row execute function app.guard_owned_update('user_id');

-- Tickets are shared work orders: everyone signed in reads them and logs work on them.
alter table app.tickets enable row level security;
alter table app.tickets force row level security;
create policy tickets_read on app.tickets for select to authenticated using (true);
create policy tickets_insert on app.tickets for insert to authenticated
  with check (created_by = app.current_user_id());
create policy tickets_update on app.tickets for update to authenticated
  using (app.can_moderate(created_by)) with check (app.can_moderate(created_by));
grant select, insert (ticket_number, building_id, status, created_by),
  update (ticket_number, building_id, status, deleted_at) on app.tickets to authenticated;

-- Entries and tasks: your own; managers and admins read everyone's.
alter table app.ticket_entries enable row level security;
alter table app.ticket_entries force row level security;
create policy ticket_entries_read on app.ticket_entries for select to authenticated
  using (user_id = app.current_user_id() or (select app.is_manager()));
create policy ticket_entries_insert on app.ticket_entries for insert to authenticated
  with check (user_id = app.current_user_id());
create policy ticket_entries_update on app.ticket_entries for update to authenticated
  using (app.can_moderate(user_id)) with check (app.can_moderate(user_id));
grant select, insert (user_id, ticket_id, job_name_enc, job_date, job_start_time, job_end_time, job_description_enc,
    job_materials_needed, job_materials_used, job_access_needed, job_programming_changes, job_followup_required),
  update (ticket_id, job_name_enc, job_date, job_start_time, job_end_time, job_description_enc,
    job_materials_needed, job_materials_used, job_access_needed, job_programming_changes, job_followup_required,
    deleted_at)
  on app.ticket_entries to authenticated;

alter table app.entry_devices enable row level security;
alter table app.entry_devices force row level security;
create policy entry_devices_read on app.entry_devices for select to authenticated
  using (exists (select from app.ticket_entries e where e.entry_id = entry_devices.entry_id));
create policy entry_devices_write on app.entry_devices for all to authenticated
  using (exists (select from app.ticket_entries e
                 where e.entry_id = entry_devices.entry_id and e.user_id = app.current_user_id()))
  with check (exists (select from app.ticket_entries e
                      where e.entry_id = entry_devices.entry_id and e.user_id = app.current_user_id()
                        and e.deleted_at is null));
grant select, insert (entry_id, device_id), delete on app.entry_devices to authenticated;

alter table app.ticket_misc_entries enable row level security;
alter table app.ticket_misc_entries force row level security;
create policy ticket_misc_entries_read on app.ticket_misc_entries for select to authenticated
  using (user_id = app.current_user_id() or (select app.is_manager()));
create policy ticket_misc_entries_insert on app.ticket_misc_entries for insert to authenticated
  with check (user_id = app.current_user_id());
create policy ticket_misc_entries_update on app.ticket_misc_entries for update to authenticated
  using (app.can_moderate(user_id)) with check (app.can_moderate(user_id));
grant select, insert (user_id, misc_name_enc, misc_start_date, misc_start_time, misc_end_time),
  update (misc_name_enc, misc_start_date, misc_start_time, misc_end_time, deleted_at)
  on app.ticket_misc_entries to authenticated;
