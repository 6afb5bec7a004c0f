-- Every change to every table goes to history, and is announced on crewlog_events.

-- A row as history may keep it: encrypted values and secrets never appear, not even as
-- ciphertext; only the fact that they were set or changed.
create function app.redact_value(column_name text, value jsonb) returns jsonb
language sql immutable parallel safe
as $$
  select case
    when value is null or value = 'null'::jsonb then value
    when column_name like '%\_enc' or column_name in ('password_hash', 'token_hash', 'email_hash')
      then '"[encrypted]"'::jsonb
    else value
  end
$$;

create function app.audit() returns trigger
language plpgsql security definer set search_path = pg_catalog
as $$
declare
  old_row jsonb := case when tg_op in ('UPDATE', 'DELETE') then to_jsonb(old) end;
  new_row jsonb := case when tg_op in ('INSERT', 'UPDATE') then to_jsonb(new) end;
  any_row jsonb := coalesce(new_row, old_row);
  action text := lower(tg_op);
  changes jsonb;
  record_id text;
begin
  select string_agg(any_row ->> key_column, ',') into record_id from unnest(tg_argv) as key_column;
  if tg_op = 'UPDATE' then
    select jsonb_object_agg(n.key, jsonb_build_object(
             'old', app.redact_value(n.key, old_row -> n.key),
             'new', app.redact_value(n.key, n.value)))
      into changes
      from jsonb_each(new_row) n
     where n.value is distinct from old_row -> n.key
       and n.key not in ('updated_at', 'last_accessed_at');
    if changes is null then
      return null; -- nothing a person would call a change
    end if;
    if changes ? 'deleted_at' then
      action := case when new_row -> 'deleted_at' = 'null'::jsonb then 'restore' else 'soft_delete' end;
    end if;
  else
    select jsonb_object_agg(r.key, app.redact_value(r.key, r.value)) into changes from jsonb_each(any_row) r;
  end if;
  perform app.record_history(tg_table_name, record_id, action, changes);
  return null;
end
$$;

-- The hint a live client gets: which table (by its api name), what happened, which row,
-- and the routing facts named in the trigger's arguments. Never the row's content.
create function app.notify_change() returns trigger
language plpgsql security definer set search_path = pg_catalog
as $$
declare
  row_data jsonb := to_jsonb(coalesce(new, old));
  payload jsonb := jsonb_build_object('table', tg_argv[0], 'op', tg_op, 'id', row_data -> tg_argv[1]);
  i integer;
begin
  for i in 2 .. coalesce(array_length(tg_argv, 1), 0) - 1 loop
    payload := payload || jsonb_build_object(tg_argv[i], row_data -> tg_argv[i]);
  end loop;
  perform pg_notify('crewlog_events', payload::text);
  return null;
end
$$;

do $$
declare
  t record;
begin
  for t in
    select * from (values
      ('site_settings', array['setting_key']),
      ('users', array['user_id']),
      ('groups', array['group_id']),
      ('user_groups', array['user_id', 'group_id']),
      ('user_sessions', array['session_id']),
      ('login_attempts', array['attempt_id']),
      ('email_verification_tokens', array['token_id']),
      ('buildings', array['building_id']),
      ('devices', array['device_id']),
      ('tickets', array['ticket_id']),
      ('ticket_entries', array['entry_id']),
      ('entry_devices', array['entry_id', 'device_id']),
      ('ticket_misc_entries', array['entry_id']),
      ('notifications', array['notification_id']),
      ('notification_receipts', array['notification_id', 'user_id']),
      ('alerts', array['alert_id']),
      ('import_export_logs', array['log_id']),
      ('files', array['file_id'])
    ) as v(table_name, key_columns)
  loop
    execute format(
      'create trigger %I after insert or update or delete on app.%I for each row execute function app.audit(%s)',
      t.table_name || '_audit', t.table_name,
      (select string_agg(quote_literal(k), ', ') from unnest(t.key_columns) k));
  end loop;
end
$$;

create trigger users_notify after insert or update on app.users
  for each row execute function app.notify_change('users', 'user_id');
create trigger buildings_notify after insert or update or delete on app.buildings
  for each row execute function app.notify_change('buildings', 'building_id');
create trigger devices_notify after insert or update or delete on app.devices
  for each row execute function app.notify_change('devices', 'device_id', 'building_id');
create trigger tickets_notify after insert or update on app.tickets
  for each row execute function app.notify_change('tickets', 'ticket_id', 'created_by');
create trigger ticket_entries_notify after insert or update on app.ticket_entries
  for each row execute function app.notify_change('ticket_entries', 'entry_id', 'user_id');
create trigger ticket_misc_entries_notify after insert or update on app.ticket_misc_entries
  for each row execute function app.notify_change('ticket_misc_entries', 'entry_id', 'user_id');
create trigger notifications_notify after insert on app.notifications
  for each row execute function app.notify_change('notifications', 'notification_id',
    'recipient_user_id', 'recipient_group_id', 'is_site_wide');
create trigger alerts_notify after insert or update on app.alerts
  for each row execute function app.notify_change('alerts', 'alert_id', 'alert_type', 'subject_user_id');
create trigger user_sessions_notify after update of is_active, revoked_at on app.user_sessions
  for each row execute function app.notify_change('user_sessions', 'session_id', 'user_id');
create trigger site_settings_notify after update on app.site_settings
  for each row execute function app.notify_change('site_settings', 'setting_key');
