-- A person's inbox. Admins may read every notification, but their inbox (the bell, the
-- notifications page) holds only what was addressed to them, as the database defines a
-- recipient; and a whole inbox is marked read in one request, not one PATCH per row.

-- Reads like a column of api.notifications (`?addressed_to_me=is.true`).
create function api.addressed_to_me(n api.notifications) returns boolean
language sql stable
as $$
  select exists (select from app.notifications x
                  where x.notification_id = n.notification_id and app.is_notification_recipient(x))
$$;
grant execute on function api.addressed_to_me(api.notifications) to authenticated;

-- Marks every unread notification addressed to the caller as read; returns how many.
-- Security invoker: the receipts' own policy (only one's own rows) still decides.
create function api.mark_all_notifications_read() returns integer
language sql volatile
as $$
  with marked as (
    insert into app.notification_receipts as r (notification_id, user_id, read_at)
    select n.notification_id, app.current_user_id(), now()
      from app.notifications n
     where app.is_notification_recipient(n)
    on conflict (notification_id, user_id) do update set read_at = excluded.read_at
     where r.read_at is null
    returning 1)
  select count(*)::integer from marked
$$;
grant execute on function api.mark_all_notifications_read() to authenticated;
