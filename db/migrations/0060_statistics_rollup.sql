-- Statistics over a year read a quarter of a million entries each time. A daily rollup per
-- person holds the same sums for whole days, kept exact by triggers: every change that can
-- move a figure recounts the affected person-days from the live rows. The rollup tables are
-- private (no grants, RLS on without policies): only the statistics functions, which keep
-- their own rules, read them.

create table app.stats_daily_hours (
  work_date date not null,
  user_id bigint not null,
  entry_minutes bigint not null,
  task_minutes bigint not null,
  primary key (work_date, user_id)
);

create table app.stats_daily_buildings (
  work_date date not null,
  user_id bigint not null,
  building_id bigint not null,
  entries bigint not null,
  minutes bigint not null,
  primary key (work_date, user_id, building_id)
);

-- Distinct entries per device type and person-day: summing them over days and people gives
-- the distinct count over the range, because each entry belongs to exactly one person-day.
create table app.stats_daily_device_types (
  work_date date not null,
  user_id bigint not null,
  device_type text not null,
  entries bigint not null,
  primary key (work_date, user_id, device_type)
);

alter table app.stats_daily_hours enable row level security;
alter table app.stats_daily_buildings enable row level security;
alter table app.stats_daily_device_types enable row level security;
alter table app.stats_daily_hours force row level security;
alter table app.stats_daily_buildings force row level security;
alter table app.stats_daily_device_types force row level security;

-- Recounts the given person-days (pairs of users[i], dates[i]) from the live rows. Each
-- person-day is locked first, in a fixed order, so two transactions touching the same day
-- recount one after the other, the second seeing the first's committed rows.
create function app.stats_recount(users bigint[], dates date[]) returns void
language plpgsql volatile security definer set search_path = pg_catalog
as $$
declare
  key record;
begin
  for key in
    select distinct k.u, k.d from unnest(users, dates) as k(u, d)
     where k.u is not null and k.d is not null order by k.u, k.d
  loop
    perform pg_advisory_xact_lock(20260601, hashtext(key.u || ':' || key.d));
  end loop;

  delete from app.stats_daily_hours r
   where (r.user_id, r.work_date) in (select k.u, k.d from unnest(users, dates) as k(u, d));
  delete from app.stats_daily_buildings r
   where (r.user_id, r.work_date) in (select k.u, k.d from unnest(users, dates) as k(u, d));
  delete from app.stats_daily_device_types r
   where (r.user_id, r.work_date) in (select k.u, k.d from unnest(users, dates) as k(u, d));

  insert into app.stats_daily_hours (work_date, user_id, entry_minutes, task_minutes)
  select w.d, w.u, sum(w.entry_minutes), sum(w.task_minutes)
    from (
      select e.job_date as d, e.user_id as u,
             app.minutes_between(e.job_start_time, e.job_end_time) as entry_minutes, 0 as task_minutes
        from app.ticket_entries e join (select distinct k.u, k.d from unnest(users, dates) as k(u, d)) k on e.user_id = k.u and e.job_date = k.d
       where e.deleted_at is null
      union all
      select m.misc_start_date, m.user_id, 0, app.minutes_between(m.misc_start_time, m.misc_end_time)
        from app.ticket_misc_entries m join (select distinct k.u, k.d from unnest(users, dates) as k(u, d)) k on m.user_id = k.u and m.misc_start_date = k.d
       where m.deleted_at is null
    ) w
   group by w.d, w.u;

  insert into app.stats_daily_buildings (work_date, user_id, building_id, entries, minutes)
  select e.job_date, e.user_id, t.building_id, count(*), sum(app.minutes_between(e.job_start_time, e.job_end_time))
    from app.ticket_entries e
    join (select distinct k.u, k.d from unnest(users, dates) as k(u, d)) k on e.user_id = k.u and e.job_date = k.d
    join app.tickets t on t.ticket_id = e.ticket_id
   where e.deleted_at is null
   group by e.job_date, e.user_id, t.building_id;

  insert into app.stats_daily_device_types (work_date, user_id, device_type, entries)
  select e.job_date, e.user_id, d.device_type, count(distinct e.entry_id)
    from app.ticket_entries e
    join (select distinct k.u, k.d from unnest(users, dates) as k(u, d)) k on e.user_id = k.u and e.job_date = k.d
    join app.entry_devices ed on ed.entry_id = e.entry_id
    join app.devices d on d.device_id = ed.device_id
   where e.deleted_at is null
   group by e.job_date, e.user_id, d.device_type;
end
$$;

-- Rebuilds the whole rollup: after bulk loads that ran without triggers, and for the
-- rows that existed before this migration.
create function app.stats_rebuild() returns void
language plpgsql volatile security definer set search_path = pg_catalog
as $$
begin
  lock table app.stats_daily_hours, app.stats_daily_buildings, app.stats_daily_device_types in exclusive mode;
  truncate app.stats_daily_hours, app.stats_daily_buildings, app.stats_daily_device_types;
  insert into app.stats_daily_hours (work_date, user_id, entry_minutes, task_minutes)
  select w.d, w.u, sum(w.entry_minutes), sum(w.task_minutes)
    from (
      select e.job_date as d, e.user_id as u,
             app.minutes_between(e.job_start_time, e.job_end_time) as entry_minutes, 0 as task_minutes
        from app.ticket_entries e where e.deleted_at is null
      union all
      select m.misc_start_date, m.user_id, 0, app.minutes_between(m.misc_start_time, m.misc_end_time)
        from app.ticket_misc_entries m where m.deleted_at is null
    ) w
   where w.d is not null
   group by w.d, w.u;
  insert into app.stats_daily_buildings (work_date, user_id, building_id, entries, minutes)
  select e.job_date, e.user_id, t.building_id, count(*), sum(app.minutes_between(e.job_start_time, e.job_end_time))
    from app.ticket_entries e join app.tickets t on t.ticket_id = e.ticket_id
   where e.deleted_at is null and e.job_date is not null
   group by e.job_date, e.user_id, t.building_id;
  insert into app.stats_daily_device_types (work_date, user_id, device_type, entries)
  select e.job_date, e.user_id, d.device_type, count(distinct e.entry_id)
    from app.ticket_entries e
    join app.entry_devices ed on ed.entry_id = e.entry_id
    join app.devices d on d.device_id = ed.device_id
   where e.deleted_at is null and e.job_date is not null
   group by e.job_date, e.user_id, d.device_type;
end
$$;

-- Statement-level triggers: a bulk change recounts each affected person-day once.
create function app.stats_entries_changed() returns trigger
language plpgsql security definer set search_path = pg_catalog
as $$
declare
  users bigint[];
  dates date[];
begin
  if tg_op = 'INSERT' then
    select array_agg(n.user_id), array_agg(n.job_date) into users, dates from new_rows n;
  elsif tg_op = 'DELETE' then
    select array_agg(o.user_id), array_agg(o.job_date) into users, dates from old_rows o;
  else
    -- Only changes to what the statistics count; a new description moves no figure.
    select array_agg(k.u), array_agg(k.d) into users, dates
      from old_rows o join new_rows n on n.entry_id = o.entry_id
     cross join lateral (values (o.user_id, o.job_date), (n.user_id, n.job_date)) as k(u, d)
     where (o.user_id, o.job_date, o.job_start_time, o.job_end_time, o.ticket_id, o.deleted_at)
           is distinct from (n.user_id, n.job_date, n.job_start_time, n.job_end_time, n.ticket_id, n.deleted_at);
  end if;
  if users is not null then
    perform app.stats_recount(users, dates);
  end if;
  return null;
end
$$;

create function app.stats_tasks_changed() returns trigger
language plpgsql security definer set search_path = pg_catalog
as $$
declare
  users bigint[];
  dates date[];
begin
  if tg_op = 'INSERT' then
    select array_agg(n.user_id), array_agg(n.misc_start_date) into users, dates from new_rows n;
  elsif tg_op = 'DELETE' then
    select array_agg(o.user_id), array_agg(o.misc_start_date) into users, dates from old_rows o;
  else
    select array_agg(k.u), array_agg(k.d) into users, dates
      from old_rows o join new_rows n on n.entry_id = o.entry_id
     cross join lateral (values (o.user_id, o.misc_start_date), (n.user_id, n.misc_start_date)) as k(u, d)
     where (o.user_id, o.misc_start_date, o.misc_start_time, o.misc_end_time, o.deleted_at)
           is distinct from (n.user_id, n.misc_start_date, n.misc_start_time, n.misc_end_time, n.deleted_at);
  end if;
  if users is not null then
    perform app.stats_recount(users, dates);
  end if;
  return null;
end
$$;

create function app.stats_entry_devices_changed() returns trigger
language plpgsql security definer set search_path = pg_catalog
as $$
declare
  users bigint[];
  dates date[];
begin
  -- On a cascade from a hard-deleted entry the entry is gone already; its own trigger
  -- recounted that day.
  if tg_op = 'INSERT' then
    select array_agg(e.user_id), array_agg(e.job_date) into users, dates
      from app.ticket_entries e where e.entry_id in (select n.entry_id from new_rows n);
  elsif tg_op = 'DELETE' then
    select array_agg(e.user_id), array_agg(e.job_date) into users, dates
      from app.ticket_entries e where e.entry_id in (select o.entry_id from old_rows o);
  else
    select array_agg(e.user_id), array_agg(e.job_date) into users, dates
      from app.ticket_entries e
     where e.entry_id in (select n.entry_id from new_rows n union select o.entry_id from old_rows o);
  end if;
  if users is not null then
    perform app.stats_recount(users, dates);
  end if;
  return null;
end
$$;

-- A ticket moved to another building, or a device given another type, moves the figures
-- of every entry that counts them (rare edits, so the recount may be large).
create function app.stats_tickets_changed() returns trigger
language plpgsql security definer set search_path = pg_catalog
as $$
declare
  users bigint[];
  dates date[];
begin
  select array_agg(e.user_id), array_agg(e.job_date) into users, dates
    from app.ticket_entries e
   where e.ticket_id in (
     select n.ticket_id from old_rows o join new_rows n on n.ticket_id = o.ticket_id
      where n.building_id is distinct from o.building_id);
  if users is not null then
    perform app.stats_recount(users, dates);
  end if;
  return null;
end
$$;

create function app.stats_devices_changed() returns trigger
language plpgsql security definer set search_path = pg_catalog
as $$
declare
  users bigint[];
  dates date[];
begin
  select array_agg(e.user_id), array_agg(e.job_date) into users, dates
    from app.ticket_entries e
   where e.entry_id in (
     select ed.entry_id from app.entry_devices ed
      where ed.device_id in (
        select n.device_id from old_rows o join new_rows n on n.device_id = o.device_id
         where n.device_type is distinct from o.device_type));
  if users is not null then
    perform app.stats_recount(users, dates);
  end if;
  return null;
end
$$;

-- Transition tables allow one event per trigger, hence three triggers per table.
create trigger ticket_entries_stats_insert after insert on app.ticket_entries
  referencing new table as new_rows for each statement execute function app.stats_entries_changed();
create trigger ticket_entries_stats_update after update on app.ticket_entries
  referencing old table as old_rows new table as new_rows for each statement execute function app.stats_entries_changed();
create trigger ticket_entries_stats_delete after delete on app.ticket_entries
  referencing old table as old_rows for each statement execute function app.stats_entries_changed();

create trigger ticket_misc_entries_stats_insert after insert on app.ticket_misc_entries
  referencing new table as new_rows for each statement execute function app.stats_tasks_changed();
create trigger ticket_misc_entries_stats_update after update on app.ticket_misc_entries
  referencing old table as old_rows new table as new_rows for each statement execute function app.stats_tasks_changed();
create trigger ticket_misc_entries_stats_delete after delete on app.ticket_misc_entries
  referencing old table as old_rows for each statement execute function app.stats_tasks_changed();

create trigger entry_devices_stats_insert after insert on app.entry_devices
  referencing new table as new_rows for each statement execute function app.stats_entry_devices_changed();
create trigger entry_devices_stats_update after update on app.entry_devices
  referencing old table as old_rows new table as new_rows for each statement execute function app.stats_entry_devices_changed();
create trigger entry_devices_stats_delete after delete on app.entry_devices
  referencing old table as old_rows for each statement execute function app.stats_entry_devices_changed();

create trigger tickets_stats_update after update on app.tickets
  referencing old table as old_rows new table as new_rows for each statement execute function app.stats_tickets_changed();
create trigger devices_stats_update after update on app.devices
  referencing old table as old_rows new table as new_rows for each statement execute function app.stats_devices_changed();

select app.stats_rebuild();

-- Per-schema default privileges cannot take back PostgreSQL's global EXECUTE for PUBLIC,
-- so the rollup's own functions are closed explicitly.
revoke execute on function app.stats_recount(bigint[], date[]), app.stats_rebuild(),
  app.stats_entries_changed(), app.stats_tasks_changed(), app.stats_entry_devices_changed(),
  app.stats_tickets_changed(), app.stats_devices_changed() from public;
