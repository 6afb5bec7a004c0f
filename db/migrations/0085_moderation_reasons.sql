-- Moderation with a reason: a manager or admin who deletes someone's ticket, entry or task
-- says why, and the reason is kept on the row (for the deleted lists) and in history (the
-- audit trigger records it with the soft delete, in the same history row).

alter table app.tickets add column deleted_reason text
  check (length(deleted_reason) between 1 and 500);
alter table app.ticket_entries add column deleted_reason text
  check (length(deleted_reason) between 1 and 500);
alter table app.ticket_misc_entries add column deleted_reason text
  check (length(deleted_reason) between 1 and 500);

-- No API role may write deleted_reason itself: it is taken from the transaction's
-- app.deletion_reason, which only the api.delete_* functions below set. Runs after the
-- *_guard trigger (trigger names fire in order), so the guard still sees a moderator
-- changing nothing but deleted_at; restoring clears the reason (history keeps it).
create function app.take_deletion_reason() returns trigger
language plpgsql
as $$
begin
  if new.deleted_at is null then
    new.deleted_reason := null;
  elsif old.deleted_at is null then
    new.deleted_reason := nullif(btrim(current_setting('app.deletion_reason', true)), '');
  end if;
  return new;
end
$$;
grant execute on function app.take_deletion_reason() to authenticated;
create trigger tickets_take_deletion_reason before update of deleted_at on app.tickets
  for each row execute function app.take_deletion_reason();
create trigger ticket_entries_take_deletion_reason before update of deleted_at on app.ticket_entries
  for each row execute function app.take_deletion_reason();
create trigger ticket_misc_entries_take_deletion_reason before update of deleted_at on app.ticket_misc_entries
  for each row execute function app.take_deletion_reason();

-- A usable reason, or a clear error (22023) before anything changes.
create function app.checked_deletion_reason(reason text) returns text
language plpgsql immutable
as $$
begin
  if nullif(btrim(reason), '') is null then
    raise exception 'say why it is deleted: a reason is required' using errcode = '22023';
  end if;
  if length(btrim(reason)) > 500 then
    raise exception 'the reason is too long (at most 500 characters)' using errcode = '22023';
  end if;
  return btrim(reason);
end
$$;
grant execute on function app.checked_deletion_reason(text) to authenticated;

-- Each deletes through the api view under the caller's own rights, so the soft-delete
-- trigger, policies (app.can_moderate) and guards decide as for a plain DELETE. A row the
-- caller cannot even read is refused the same way as one they may not delete.
create function api.delete_ticket(ticket_id bigint, reason text) returns void
language plpgsql
as $$
begin
  perform set_config('app.deletion_reason', app.checked_deletion_reason(reason), true);
  delete from api.tickets t where t.ticket_id = delete_ticket.ticket_id;
  if not found then
    raise exception 'no ticket % that you may delete', ticket_id using errcode = '42501';
  end if;
  perform set_config('app.deletion_reason', '', true);
end
$$;

create function api.delete_ticket_entry(entry_id bigint, reason text) returns void
language plpgsql
as $$
begin
  perform set_config('app.deletion_reason', app.checked_deletion_reason(reason), true);
  delete from api.ticket_entries e where e.entry_id = delete_ticket_entry.entry_id;
  if not found then
    raise exception 'no entry % that you may delete', entry_id using errcode = '42501';
  end if;
  perform set_config('app.deletion_reason', '', true);
end
$$;

create function api.delete_ticket_misc_entry(entry_id bigint, reason text) returns void
language plpgsql
as $$
begin
  perform set_config('app.deletion_reason', app.checked_deletion_reason(reason), true);
  delete from api.ticket_misc_entries m where m.entry_id = delete_ticket_misc_entry.entry_id;
  if not found then
    raise exception 'no task % that you may delete', entry_id using errcode = '42501';
  end if;
  perform set_config('app.deletion_reason', '', true);
end
$$;
grant execute on function api.delete_ticket(bigint, text), api.delete_ticket_entry(bigint, text),
  api.delete_ticket_misc_entry(bigint, text) to authenticated;

-- Whether the caller may delete (and restore) a row: a computed field, so lists offer the
-- action only where the database would allow it.
create function api.may_delete(api.tickets) returns boolean
language sql stable
as $$ select app.can_moderate($1.created_by) $$;
create function api.may_delete(api.ticket_entries) returns boolean
language sql stable
as $$ select app.can_moderate($1.user_id) $$;
create function api.may_delete(api.ticket_misc_entries) returns boolean
language sql stable
as $$ select app.can_moderate($1.user_id) $$;
grant execute on function api.may_delete(api.tickets), api.may_delete(api.ticket_entries),
  api.may_delete(api.ticket_misc_entries) to authenticated;

-- The deleted lists say why.
create or replace view api.deleted_tickets with (security_invoker = true) as
select ticket_id, ticket_number, building_id, created_by, status, deleted_at, deleted_by, deleted_reason
from app.tickets where deleted_at is not null and app.can_moderate(created_by);
create or replace view api.deleted_ticket_entries with (security_invoker = true) as
select entry_id, user_id, ticket_id, app.decrypt(job_name_enc) as job_name, job_date, job_start_time, job_end_time,
  deleted_at, deleted_by, deleted_reason
from app.ticket_entries where deleted_at is not null and app.can_moderate(user_id);
create or replace view api.deleted_ticket_misc_entries with (security_invoker = true) as
select entry_id, user_id, app.decrypt(misc_name_enc) as misc_name, misc_start_date, deleted_at, deleted_by,
  deleted_reason
from app.ticket_misc_entries where deleted_at is not null and app.can_moderate(user_id);
