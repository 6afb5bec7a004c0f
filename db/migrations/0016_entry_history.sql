-- An entry's own change history, for whoever may read the entry (its author, managers,
-- admins). The full event log stays admin-only; this shows one entry's rows, with
-- encrypted values already redacted by the audit trigger.

-- Reads history past its admin-only policy; reachable only through api.entry_history,
-- which first proves, under the caller's own rights, that the entry is visible to them.
create function app.entry_history_rows(target_entry_id bigint)
returns table (history_id bigint, table_name text, action text, user_id bigint, changes jsonb, created_at timestamptz)
language sql stable security definer set search_path = pg_catalog
as $$
  select h.history_id, h.table_name, h.action, h.user_id, h.changes, h.created_at
    from app.history h
   where (h.table_name = 'ticket_entries' and h.record_id = target_entry_id::text)
      or (h.table_name = 'entry_devices' and h.record_id like target_entry_id::text || ',%')
   order by h.history_id desc
$$;
revoke execute on function app.entry_history_rows(bigint) from public;
grant execute on function app.entry_history_rows(bigint) to authenticated;

create function api.entry_history(entry_id bigint)
returns table (history_id bigint, table_name text, action text, user_id bigint, changes jsonb, created_at timestamptz)
language plpgsql stable
as $$
begin
  -- Row-level security decides: an entry the caller may not read has no history for them.
  if not exists (select from app.ticket_entries e where e.entry_id = entry_history.entry_id) then
    return;
  end if;
  return query select * from app.entry_history_rows(entry_id);
end
$$;
grant execute on function api.entry_history(bigint) to authenticated;
