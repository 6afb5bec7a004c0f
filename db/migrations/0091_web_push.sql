-- Web push: a device (one browser, signed in with one session) subscribes; notifications
-- and the alert types a person enabled reach it even when Crewlog is closed. A subscription
-- belongs to its session: when the session is revoked, ends or expires, it is removed.

create table app.push_subscriptions (
  subscription_id bigint generated always as identity primary key,
  user_id bigint not null references app.users on delete cascade default app.current_user_id(),
  session_id uuid references app.user_sessions on delete cascade default app.current_session_id(),
  endpoint text not null unique check (length(endpoint) <= 2048 and endpoint ~ '^https?://\S+$'),
  p256dh text not null check (p256dh ~ '^[A-Za-z0-9_-]{80,100}$'),
  auth text not null check (auth ~ '^[A-Za-z0-9_-]{16,32}$'),
  device_info text check (length(device_info) <= 300),
  created_at timestamptz not null default now()
);
create index push_subscriptions_user_id_idx on app.push_subscriptions (user_id);
create index push_subscriptions_session_id_idx on app.push_subscriptions (session_id);

alter table app.push_subscriptions enable row level security;
alter table app.push_subscriptions force row level security;
create policy push_subscriptions_own on app.push_subscriptions to authenticated
  using (user_id = (select app.current_user_id()))
  with check (user_id = (select app.current_user_id())
              and session_id is not distinct from app.current_session_id());
grant select, insert (endpoint, p256dh, auth, device_info), delete
  on app.push_subscriptions to authenticated;

create view api.push_subscriptions with (security_invoker = true) as
select subscription_id, session_id, endpoint, device_info, created_at from app.push_subscriptions;
grant select, delete on api.push_subscriptions to authenticated;
comment on view api.push_subscriptions is
  'This person''s devices that receive web push; subscribe with POST /push/subscriptions.';

-- A session that ends takes its device's subscription with it.
create function app.drop_push_of_ended_session() returns trigger
language plpgsql security definer set search_path = pg_catalog
as $$
begin
  if not new.is_active or new.revoked_at is not null then
    delete from app.push_subscriptions where session_id = new.session_id;
  end if;
  return null;
end
$$;
create trigger user_sessions_drop_push after update of is_active, revoked_at on app.user_sessions
  for each row execute function app.drop_push_of_ended_session();

-- Whom a notification's push goes to: its recipients' devices, unless they turned the
-- push channel off.
create function app.notification_push_targets(target_notification_id bigint)
returns table (subscription_id bigint, endpoint text, p256dh text, auth text, title text, message text)
language sql stable security definer set search_path = pg_catalog
as $$
  select s.subscription_id, s.endpoint, s.p256dh, s.auth, n.title, app.decrypt(n.message_enc)
    from app.notification_recipients(target_notification_id) r
    join app.users u on u.user_id = r.user_id
    join app.push_subscriptions s on s.user_id = r.user_id
    join app.notifications n on n.notification_id = target_notification_id
   where coalesce((u.user_preferred_enable_notifications ->> 'push')::boolean, true)
$$;

-- Who might get an alert's push: people with a device who enabled that alert type. Whether
-- each may see the alert is left to the alert's own policies, checked under their rights.
create function app.alert_push_candidates(target_alert_id bigint)
returns table (user_id bigint)
language sql stable security definer set search_path = pg_catalog
as $$
  select distinct u.user_id
    from app.alerts a
    join app.users u on u.user_is_active
     and coalesce((u.user_preferred_enable_alerts ->> a.alert_type)::boolean, false)
    join app.push_subscriptions s on s.user_id = u.user_id
   where a.alert_id = target_alert_id
$$;

create function app.push_targets_of(target_user_id bigint)
returns table (subscription_id bigint, endpoint text, p256dh text, auth text)
language sql stable security definer set search_path = pg_catalog
as $$
  select s.subscription_id, s.endpoint, s.p256dh, s.auth
    from app.push_subscriptions s where s.user_id = target_user_id
$$;

revoke execute on function app.notification_push_targets(bigint), app.alert_push_candidates(bigint),
  app.push_targets_of(bigint) from public;

create function app.enqueue_push_jobs() returns trigger
language plpgsql security definer set search_path = pg_catalog
as $$
begin
  if exists (select from app.push_subscriptions) then
    if tg_table_name = 'notifications' then
      perform app.enqueue_job('push_notification', jsonb_build_object('notification_id', new.notification_id));
    else
      perform app.enqueue_job('push_alert', jsonb_build_object('alert_id', new.alert_id));
    end if;
  end if;
  return null;
end
$$;
create trigger notifications_enqueue_push after insert on app.notifications
  for each row execute function app.enqueue_push_jobs();
create trigger alerts_enqueue_push after insert on app.alerts
  for each row execute function app.enqueue_push_jobs();
