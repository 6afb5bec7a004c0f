-- Statistics read live entries by date range with a handful of columns: a covering,
-- partial index lets them scan the index alone instead of the table.
create index ticket_entries_stats_idx on app.ticket_entries (job_date)
  include (user_id, ticket_id, job_start_time, job_end_time, entry_id)
  where deleted_at is null;

-- The sign-in check was evaluated per row (parsing the claims each time); as a scalar
-- subquery it runs once per call.
create or replace function api.stats_hours_per_day(date_from date, date_to date, for_user bigint default null)
returns table (work_date date, user_id bigint, entry_hours numeric, task_hours numeric)
language sql stable security definer set search_path = pg_catalog
as $$
  with work as (
    select e.job_date as d, e.user_id as u, app.minutes_between(e.job_start_time, e.job_end_time) as entry_minutes, 0 as task_minutes
      from app.ticket_entries e
     where e.deleted_at is null and e.job_date between date_from and date_to
       and (for_user is null or e.user_id = for_user)
    union all
    select m.misc_start_date, m.user_id, 0, app.minutes_between(m.misc_start_time, m.misc_end_time)
      from app.ticket_misc_entries m
     where m.deleted_at is null and m.misc_start_date between date_from and date_to
       and (for_user is null or m.user_id = for_user)
  )
  select d, u, round(sum(entry_minutes) / 60.0, 2), round(sum(task_minutes) / 60.0, 2)
    from work
   where (select app.current_user_id()) is not null
   group by d, u
   order by d, u
$$;

create or replace function api.stats_entries_per_building(date_from date, date_to date, for_user bigint default null)
returns table (building_id bigint, building_name text, entries bigint, hours numeric)
language sql stable security definer set search_path = pg_catalog
as $$
  select b.building_id, b.building_name, count(*), round(sum(app.minutes_between(e.job_start_time, e.job_end_time)) / 60.0, 2)
    from app.ticket_entries e
    join app.tickets t on t.ticket_id = e.ticket_id
    join app.buildings b on b.building_id = t.building_id
   where e.deleted_at is null and e.job_date between date_from and date_to
     and (for_user is null or e.user_id = for_user)
     and (select app.current_user_id()) is not null
   group by b.building_id, b.building_name
   order by count(*) desc, b.building_name
$$;

create or replace function api.stats_entries_per_device_type(date_from date, date_to date, for_user bigint default null)
returns table (device_type text, entries bigint)
language sql stable security definer set search_path = pg_catalog
as $$
  select d.device_type, count(distinct e.entry_id)
    from app.ticket_entries e
    join app.entry_devices ed on ed.entry_id = e.entry_id
    join app.devices d on d.device_id = ed.device_id
   where e.deleted_at is null and e.job_date between date_from and date_to
     and (for_user is null or e.user_id = for_user)
     and (select app.current_user_id()) is not null
   group by d.device_type
   order by count(distinct e.entry_id) desc, d.device_type
$$;

create or replace function api.stats_followups(date_from date, date_to date, for_user bigint default null)
returns table (day date, opened bigint, closed bigint)
language sql stable security definer set search_path = pg_catalog
as $$
  with days as (select generate_series(date_from, date_to, interval '1 day')::date as day)
  select days.day,
         (select count(*) from app.alerts a where a.alert_type = 'job' and a.created_at::date = days.day
            and (for_user is null or a.subject_user_id = for_user)),
         (select count(*) from app.alerts a where a.alert_type = 'job' and a.resolved_at::date = days.day
            and (for_user is null or a.subject_user_id = for_user))
    from days
   where (select app.current_user_id()) is not null and date_to - date_from <= 366
   order by days.day
$$;
