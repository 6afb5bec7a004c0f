-- The statistics functions read the daily rollup instead of the entries: same signatures,
-- same rules (any signed-in person sees the team's aggregates, nobody else anything), same
-- figures. Minutes are summed first and rounded once, as before.

create or replace function api.stats_hours_per_day(date_from date, date_to date, for_user bigint default null)
returns table (work_date date, user_id bigint, entry_hours numeric, task_hours numeric)
language sql stable security definer set search_path = pg_catalog
as $$
  select r.work_date, r.user_id, round(r.entry_minutes / 60.0, 2), round(r.task_minutes / 60.0, 2)
    from app.stats_daily_hours r
   where r.work_date between date_from and date_to
     and (for_user is null or r.user_id = for_user)
     and (select app.current_user_id()) is not null
   order by r.work_date, r.user_id
$$;

create or replace function api.stats_entries_per_building(date_from date, date_to date, for_user bigint default null)
returns table (building_id bigint, building_name text, entries bigint, hours numeric)
language sql stable security definer set search_path = pg_catalog
as $$
  select b.building_id, b.building_name, sum(r.entries)::bigint, round(sum(r.minutes) / 60.0, 2)
    from app.stats_daily_buildings r
    join app.buildings b on b.building_id = r.building_id
   where r.work_date between date_from and date_to
     and (for_user is null or r.user_id = for_user)
     and (select app.current_user_id()) is not null
   group by b.building_id, b.building_name
   order by sum(r.entries) desc, b.building_name
$$;

create or replace function api.stats_entries_per_device_type(date_from date, date_to date, for_user bigint default null)
returns table (device_type text, entries bigint)
language sql stable security definer set search_path = pg_catalog
as $$
  select r.device_type, sum(r.entries)::bigint
    from app.stats_daily_device_types r
   where r.work_date between date_from and date_to
     and (for_user is null or r.user_id = for_user)
     and (select app.current_user_id()) is not null
   group by r.device_type
   order by sum(r.entries) desc, r.device_type
$$;

-- One pass over the range's job alerts instead of two lookups per day. A date range in the
-- session's timezone is the same as comparing created_at::date, and can use an index.
create index alerts_job_created_idx on app.alerts (created_at) include (subject_user_id)
  where alert_type = 'job';
create index alerts_job_resolved_idx on app.alerts (resolved_at) include (subject_user_id)
  where alert_type = 'job' and resolved_at is not null;

create or replace function api.stats_followups(date_from date, date_to date, for_user bigint default null)
returns table (day date, opened bigint, closed bigint)
language sql stable security definer set search_path = pg_catalog
as $$
  with days as (select generate_series(date_from, date_to, interval '1 day')::date as day),
  opened as (
    select a.created_at::date as day, count(*) as n from app.alerts a
     where a.alert_type = 'job'
       and a.created_at >= date_from::timestamptz and a.created_at < (date_to + 1)::timestamptz
       and (for_user is null or a.subject_user_id = for_user)
     group by 1),
  closed as (
    select a.resolved_at::date as day, count(*) as n from app.alerts a
     where a.alert_type = 'job' and a.resolved_at is not null
       and a.resolved_at >= date_from::timestamptz and a.resolved_at < (date_to + 1)::timestamptz
       and (for_user is null or a.subject_user_id = for_user)
     group by 1)
  select days.day, coalesce(opened.n, 0), coalesce(closed.n, 0)
    from days
    left join opened on opened.day = days.day
    left join closed on closed.day = days.day
   where (select app.current_user_id()) is not null and date_to - date_from <= 366
   order by days.day
$$;
