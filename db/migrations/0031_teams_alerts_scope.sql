-- The auth server posts lock-outs to Teams itself as they happen; the queue posts only
-- system and site alerts, so no security alert reaches the channel twice.
create or replace function app.enqueue_alert_jobs() returns trigger
language plpgsql security definer set search_path = pg_catalog
as $$
begin
  if new.alert_type = 'security' then
    perform app.enqueue_job('escalate_alert', jsonb_build_object('alert_id', new.alert_id));
  end if;
  if new.alert_type in ('system', 'site') then
    perform app.enqueue_job('post_to_teams', jsonb_build_object('alert_id', new.alert_id));
  end if;
  return null;
end
$$;
