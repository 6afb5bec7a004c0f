-- The rules of job entries: valid tickets and devices, the changed flag, job alerts.

-- An entry cannot be logged on (or moved to) a deleted ticket.
create function app.check_entry_ticket() returns trigger
language plpgsql security definer set search_path = pg_catalog
as $$
declare
  ticket app.tickets;
begin
  select * into ticket from app.tickets t where t.ticket_id = new.ticket_id;
  if found and ticket.deleted_at is not null then
    raise exception 'ticket % has been deleted', ticket.ticket_number
      using errcode = '23514', hint = 'choose another ticket, or ask a manager to restore it';
  end if;
  if tg_op = 'UPDATE' and new.ticket_id <> old.ticket_id and exists (
       select from app.entry_devices ed join app.devices d using (device_id)
        where ed.entry_id = new.entry_id and d.building_id <> ticket.building_id) then
    raise exception 'the entry has devices of another building; remove them before moving it to ticket %', ticket.ticket_number
      using errcode = '23514';
  end if;
  return new;
end
$$;
create trigger ticket_entries_check_ticket before insert or update of ticket_id on app.ticket_entries
  for each row execute function app.check_entry_ticket();

-- A device linked to an entry must be in the building of the entry's ticket.
create function app.check_entry_device() returns trigger
language plpgsql security definer set search_path = pg_catalog
as $$
begin
  if not exists (
       select from app.ticket_entries e
         join app.tickets t on t.ticket_id = e.ticket_id
         join app.devices d on d.building_id = t.building_id
        where e.entry_id = new.entry_id and d.device_id = new.device_id) then
    raise exception 'device % is not in the building of this entry''s ticket', new.device_id
      using errcode = '23514';
  end if;
  return new;
end
$$;
create trigger entry_devices_check before insert or update on app.entry_devices
  for each row execute function app.check_entry_device();

-- job_changed_flag: true once an entry is edited after the transaction that created it.
create function app.flag_entry_changed() returns trigger
language plpgsql
as $$
begin
  if old.created_at <> now()
     and (to_jsonb(new) - array['updated_at', 'deleted_at', 'deleted_by', 'job_changed_flag'])
         is distinct from (to_jsonb(old) - array['updated_at', 'deleted_at', 'deleted_by', 'job_changed_flag']) then
    new.job_changed_flag := true;
  end if;
  return new;
end
$$;
grant execute on function app.flag_entry_changed() to authenticated;
create trigger ticket_entries_flag_changed before update on app.ticket_entries
  for each row execute function app.flag_entry_changed();

-- Adding or removing a device after creation is a change too.
create function app.flag_entry_devices_changed() returns trigger
language plpgsql security definer set search_path = pg_catalog
as $$
begin
  update app.ticket_entries e set job_changed_flag = true
   where e.entry_id = coalesce(new.entry_id, old.entry_id)
     and e.created_at <> now() and not e.job_changed_flag;
  return null;
end
$$;
create trigger entry_devices_flag_changed after insert or delete on app.entry_devices
  for each row execute function app.flag_entry_devices_changed();

-- What about an entry needs someone's attention (empty when nothing does).
create function app.entry_attention(e app.ticket_entries) returns text[]
language sql immutable
as $$
  select array_remove(array[
    case when nullif(trim(e.job_materials_needed), '') is not null then 'materials needed' end,
    case when nullif(trim(e.job_access_needed), '') is not null then 'access needed' end,
    case when nullif(trim(e.job_programming_changes), '') is not null then 'programming changes' end,
    case when e.job_followup_required then 'follow-up required' end
  ], null)
$$;
grant execute on function app.entry_attention(app.ticket_entries) to authenticated;

-- One open job alert per entry while it needs attention; resolved when it no longer does
-- (or the entry is deleted), by whoever made that change.
create function app.sync_job_alert() returns trigger
language plpgsql security definer set search_path = pg_catalog
as $$
declare
  reasons text[] := case when new.deleted_at is null then app.entry_attention(new) else '{}' end;
  ticket_number text;
  open_alert bigint;
begin
  select a.alert_id into open_alert from app.alerts a
   where a.source_table = 'ticket_entries' and a.source_id = new.entry_id and a.resolved_at is null
   limit 1;
  if cardinality(reasons) = 0 then
    if open_alert is not null then
      update app.alerts set resolved_at = now(), resolved_by = app.current_user_id() where alert_id = open_alert;
    end if;
    return null;
  end if;
  select t.ticket_number into ticket_number from app.tickets t where t.ticket_id = new.ticket_id;
  if open_alert is null then
    insert into app.alerts (alert_type, severity, title, message_enc, source_table, source_id, subject_user_id, created_by)
    values ('job', case when new.job_followup_required then 'warning' else 'info' end,
            format('Ticket %s: %s', ticket_number, array_to_string(reasons, ', ')),
            app.encrypt(array_to_string(reasons, ', ')),
            'ticket_entries', new.entry_id, new.user_id, app.current_user_id());
  else
    update app.alerts
       set title = format('Ticket %s: %s', ticket_number, array_to_string(reasons, ', ')),
           severity = case when new.job_followup_required then 'warning' else 'info' end,
           message_enc = app.encrypt(array_to_string(reasons, ', '))
     where alert_id = open_alert
       and title is distinct from format('Ticket %s: %s', ticket_number, array_to_string(reasons, ', '));
  end if;
  return null;
end
$$;
create trigger ticket_entries_job_alert after insert or update on app.ticket_entries
  for each row execute function app.sync_job_alert();
