-- Lookups: buildings and the devices in them.

create table app.buildings (
  building_id bigint generated always as identity primary key,
  building_uuid uuid not null default gen_random_uuid() unique,
  building_name text not null check (length(trim(building_name)) between 1 and 200),
  building_address text check (length(building_address) <= 500),
  description_enc bytea,
  created_by bigint references app.users default app.current_user_id(),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create unique index buildings_name_key on app.buildings (lower(building_name));
create index buildings_created_by_idx on app.buildings (created_by);
create trigger buildings_touch before update on app.buildings
  for each row execute function app.touch_updated_at();

create table app.devices (
  device_id bigint generated always as identity primary key,
  device_uuid uuid not null default gen_random_uuid() unique,
  building_id bigint not null references app.buildings on delete restrict,
  device_name text not null check (length(trim(device_name)) between 1 and 200),
  device_type text not null check (length(trim(device_type)) between 1 and 100),
  description_enc bytea,
  created_by bigint references app.users default app.current_user_id(),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (building_id, device_name)
);
create index devices_building_id_idx on app.devices (building_id);
create index devices_created_by_idx on app.devices (created_by);
create trigger devices_touch before update on app.devices
  for each row execute function app.touch_updated_at();

-- Everyone reads; managers create and edit; only admins delete (DESIGN §4).
alter table app.buildings enable row level security;
alter table app.buildings force row level security;
create policy buildings_read on app.buildings for select to authenticated using (true);
create policy buildings_insert on app.buildings for insert to authenticated
  with check ((select app.is_manager()));
create policy buildings_update on app.buildings for update to authenticated
  using ((select app.is_manager())) with check ((select app.is_manager()));
create policy buildings_delete on app.buildings for delete to authenticated
  using ((select app.is_admin()));
grant select, insert (building_name, building_address, description_enc),
  update (building_name, building_address, description_enc), delete on app.buildings to authenticated;

alter table app.devices enable row level security;
alter table app.devices force row level security;
create policy devices_read on app.devices for select to authenticated using (true);
create policy devices_insert on app.devices for insert to authenticated
  with check ((select app.is_manager()));
create policy devices_update on app.devices for update to authenticated
  using ((select app.is_manager())) with check ((select app.is_manager()));
create policy devices_delete on app.devices for delete to authenticated
  using ((select app.is_admin()));
grant select, insert (building_id, device_name, device_type, description_enc),
  update (building_id, device_name, device_type, description_enc), delete on app.devices to authenticated;
