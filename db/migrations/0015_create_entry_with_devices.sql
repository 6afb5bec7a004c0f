-- A new entry and its devices in one request (one transaction), so linking the devices a
-- technician picked on the form does not count as a change after creation, and a refused
-- device leaves no half-saved entry behind. Runs as the caller: policies and triggers apply.
create function api.create_ticket_entry(entry jsonb, device_ids bigint[] default '{}')
returns setof api.ticket_entries
language plpgsql
as $$
declare
  new_id bigint;
begin
  insert into api.ticket_entries (ticket_id, job_name, job_date, job_start_time, job_end_time, job_description,
    job_materials_needed, job_materials_used, job_access_needed, job_programming_changes, job_followup_required)
  select e.ticket_id, e.job_name, e.job_date, e.job_start_time, e.job_end_time, e.job_description,
    e.job_materials_needed, e.job_materials_used, e.job_access_needed, e.job_programming_changes, e.job_followup_required
  from jsonb_populate_record(null::api.ticket_entries, entry) e
  returning entry_id into new_id;
  insert into api.entry_devices (entry_id, device_id)
  select new_id, d from unnest(coalesce(device_ids, '{}')) d;
  return query select * from api.ticket_entries where entry_id = new_id;
end
$$;
grant execute on function api.create_ticket_entry(jsonb, bigint[]) to authenticated;
