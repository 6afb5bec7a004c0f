-- Notifications (people tell people) and alerts (the system tells people).

create table app.notifications (
  notification_id bigint generated always as identity primary key,
  sender_id bigint not null references app.users default app.current_user_id(),
  recipient_user_id bigint references app.users,
  recipient_group_id bigint references app.groups,
  is_site_wide boolean not null default false,
  title text not null check (length(trim(title)) between 1 and 200),
  message_enc bytea not null,
  created_at timestamptz not null default now(),
  constraint notifications_one_audience check (
    num_nonnulls(recipient_user_id, recipient_group_id) + is_site_wide::int = 1)
);
create index notifications_sender_id_idx on app.notifications (sender_id);
create index notifications_recipient_user_id_idx on app.notifications (recipient_user_id);
create index notifications_recipient_group_id_idx on app.notifications (recipient_group_id);
create index notifications_created_at_idx on app.notifications (created_at desc);

create table app.notification_receipts (
  notification_id bigint not null references app.notifications on delete cascade,
  user_id bigint not null references app.users on delete cascade default app.current_user_id(),
  read_at timestamptz,
  dismissed_at timestamptz,
  created_at timestamptz not null default now(),
  primary key (notification_id, user_id)
);
create index notification_receipts_user_id_idx on app.notification_receipts (user_id);

-- Is the signed-in user among a notification's recipients?
create function app.is_notification_recipient(n app.notifications) returns boolean
language sql stable security definer set search_path = pg_catalog
as $$
  select n.is_site_wide
    or n.recipient_user_id = app.current_user_id()
    or exists (select from app.user_groups ug
               where ug.group_id = n.recipient_group_id and ug.user_id = app.current_user_id())
$$;
grant execute on function app.is_notification_recipient(app.notifications) to authenticated;

alter table app.notifications enable row level security;
alter table app.notifications force row level security;
create policy notifications_read on app.notifications for select to authenticated
  using (sender_id = app.current_user_id() or app.is_notification_recipient(notifications)
         or (select app.is_admin()));
create policy notifications_admin_send on app.notifications for insert to authenticated
  with check ((select app.is_admin()) and sender_id = app.current_user_id());
grant select, insert (sender_id, recipient_user_id, recipient_group_id, is_site_wide, title, message_enc)
  on app.notifications to authenticated;

alter table app.notification_receipts enable row level security;
alter table app.notification_receipts force row level security;
create policy notification_receipts_own on app.notification_receipts for all to authenticated
  using (user_id = app.current_user_id())
  with check (user_id = app.current_user_id()
              and exists (select from app.notifications n where n.notification_id = notification_receipts.notification_id));
grant select, insert (notification_id, user_id, read_at, dismissed_at), update (read_at, dismissed_at)
  on app.notification_receipts to authenticated;

create table app.alerts (
  alert_id bigint generated always as identity primary key,
  alert_type text not null check (alert_type in ('security', 'system', 'job', 'site')),
  severity text not null default 'info' check (severity in ('info', 'warning', 'critical')),
  title text not null check (length(trim(title)) between 1 and 200),
  message_enc bytea,
  source_table text,
  source_id bigint,
  subject_user_id bigint references app.users,
  created_by bigint references app.users default app.current_user_id(),
  created_at timestamptz not null default now(),
  resolved_at timestamptz,
  resolved_by bigint references app.users,
  constraint alerts_resolver_needs_time check (resolved_by is null or resolved_at is not null)
);
create index idx_alerts_unresolved on app.alerts (alert_type, created_at desc) where resolved_at is null;
create index alerts_source_idx on app.alerts (source_table, source_id);
create index alerts_subject_user_id_idx on app.alerts (subject_user_id);
create index alerts_created_by_idx on app.alerts (created_by);
create index alerts_resolved_by_idx on app.alerts (resolved_by);

-- Who sees which alert (DESIGN §4): site alerts everyone; job alerts their subject and
-- the managers; security and system alerts only admins.
create function app.can_see_alert(a app.alerts) returns boolean
language sql stable
as $$
  select case a.alert_type
    when 'site' then true
    when 'job' then a.subject_user_id = app.current_user_id() or app.is_manager()
    else app.is_admin()
  end
$$;
create function app.can_resolve_alert(a app.alerts) returns boolean
language sql stable
as $$
  select case a.alert_type when 'job' then app.is_manager() else app.is_admin() end
$$;
grant execute on function app.can_see_alert(app.alerts), app.can_resolve_alert(app.alerts) to authenticated;

-- Only resolving changes an alert once it exists.
create function app.guard_alert_update() returns trigger
language plpgsql
as $$
begin
  if current_user not in ('anon', 'authenticated') then
    return new;
  end if;
  if (to_jsonb(new) - array['resolved_at', 'resolved_by']) is distinct from (to_jsonb(old) - array['resolved_at', 'resolved_by']) then
    raise exception 'an alert can only be resolved or reopened' using errcode = '42501';
  end if;
  new.resolved_by := case when new.resolved_at is null then null else app.current_user_id() end;
  return new;
end
$$;
grant execute on function app.guard_alert_update() to authenticated;
create trigger alerts_guard before update on app.alerts
  for each row execute function app.guard_alert_update();

alter table app.alerts enable row level security;
alter table app.alerts force row level security;
create policy alerts_read on app.alerts for select to authenticated using (app.can_see_alert(alerts));
create policy alerts_admin_create_site on app.alerts for insert to authenticated
  with check ((select app.is_admin()) and alert_type in ('site', 'system') and created_by = app.current_user_id());
create policy alerts_resolve on app.alerts for update to authenticated
  using (app.can_see_alert(alerts) and app.can_resolve_alert(alerts))
  with check (app.can_see_alert(alerts) and app.can_resolve_alert(alerts));
grant select, insert (alert_type, severity, title, message_enc, subject_user_id),
  update (resolved_at) on app.alerts to authenticated;
