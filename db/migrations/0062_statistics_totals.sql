-- Totals for the statistics pages, summed in the database so a year of a whole team is a
-- few hundred rows, never one per person and day (which the API's row cap would cut).
-- Like the other team statistics: any signed-in person sees them, nobody else anything.

-- A range longer than a leap year is refused with a clear message rather than cut short.
create function app.stats_check_range(date_from date, date_to date) returns void
language plpgsql immutable
as $$
begin
  if date_to - date_from > 366 then
    raise exception 'a statistics range may span at most 366 days' using errcode = '22023';
  end if;
end
$$;

create function api.stats_hours_by_day(date_from date, date_to date, for_user bigint default null)
returns table (work_date date, entry_hours numeric, task_hours numeric)
language plpgsql stable security definer set search_path = pg_catalog
as $$
begin
  perform app.stats_check_range(date_from, date_to);
  return query
  select r.work_date, round(sum(r.entry_minutes) / 60.0, 2), round(sum(r.task_minutes) / 60.0, 2)
    from app.stats_daily_hours r
   where r.work_date between date_from and date_to
     and (for_user is null or r.user_id = for_user)
     and app.current_user_id() is not null
   group by r.work_date
   order by r.work_date;
end
$$;

-- Weeks start on Monday; a week cut by the range counts only its days inside the range.
create function api.stats_hours_by_week(date_from date, date_to date, for_user bigint default null)
returns table (week_start date, entry_hours numeric, task_hours numeric)
language plpgsql stable security definer set search_path = pg_catalog
as $$
begin
  perform app.stats_check_range(date_from, date_to);
  return query
  select date_trunc('week', r.work_date)::date, round(sum(r.entry_minutes) / 60.0, 2),
         round(sum(r.task_minutes) / 60.0, 2)
    from app.stats_daily_hours r
   where r.work_date between date_from and date_to
     and (for_user is null or r.user_id = for_user)
     and app.current_user_id() is not null
   group by 1
   order by 1;
end
$$;

-- Each active member of the team with their hours in the range (zero when none), for the
-- team overview and the team statistics: names as the team directory shows them.
create function api.stats_hours_by_member(date_from date, date_to date)
returns table (user_id bigint, alias text, color text, entry_hours numeric, task_hours numeric)
language plpgsql stable security definer set search_path = pg_catalog
as $$
begin
  perform app.stats_check_range(date_from, date_to);
  return query
  select u.user_id, u.alias, u.user_preferred_color,
         round(coalesce(sum(r.entry_minutes), 0) / 60.0, 2), round(coalesce(sum(r.task_minutes), 0) / 60.0, 2)
    from app.users u
    left join app.stats_daily_hours r on r.user_id = u.user_id and r.work_date between date_from and date_to
   where u.user_is_active and app.current_user_id() is not null
   group by u.user_id, u.alias, u.user_preferred_color
   order by lower(u.alias);
end
$$;

revoke execute on function app.stats_check_range(date, date), api.stats_hours_by_day(date, date, bigint),
  api.stats_hours_by_week(date, date, bigint), api.stats_hours_by_member(date, date) from public;
grant execute on function api.stats_hours_by_day(date, date, bigint), api.stats_hours_by_week(date, date, bigint),
  api.stats_hours_by_member(date, date) to authenticated;
