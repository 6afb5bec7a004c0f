-- A terms update: the site's terms version moves on (so everyone must agree again, see
-- /auth/me's terms_required) and a site alert tells everyone why, in one transaction.
-- SECURITY INVOKER: an admin may already update site_settings and raise site alerts.

-- "1" → "2"; a version someone set by hand that is not a whole number gets a timestamp.
create function app.next_terms_version(current_version text, at timestamptz) returns text
language sql immutable
as $$
  select case
    when current_version ~ '^[0-9]{1,9}$' then (current_version::integer + 1)::text
    else to_char(at at time zone 'UTC', 'YYYYMMDD"T"HH24MISS')
  end
$$;
grant execute on function app.next_terms_version(text, timestamptz) to authenticated;

-- Answers the new terms version.
create function api.issue_terms_update(title text, message text default null) returns text
language plpgsql volatile
as $$
declare
  previous text;
  version text;
begin
  perform app.require_admin('issue a terms update');
  if length(trim(coalesce(title, ''))) not between 1 and 200 then
    raise exception 'the alert needs a title of 1 to 200 characters' using errcode = '23514';
  end if;
  if length(message) > 4000 then
    raise exception 'the message is longer than 4000 characters' using errcode = '23514';
  end if;
  select s.setting_value #>> '{}' into previous from app.site_settings s
   where s.setting_key = 'terms_version' for update;
  if not found then
    raise exception 'the site has no terms version to move on' using errcode = 'PT409';
  end if;
  version := app.next_terms_version(previous, app.clock_now());
  update app.site_settings s
     set setting_value = to_jsonb(version), updated_at = app.clock_now(), updated_by = app.current_user_id()
   where s.setting_key = 'terms_version';
  insert into app.alerts (alert_type, severity, title, message_enc)
  values ('site', 'warning', trim(title),
    app.encrypt(coalesce(nullif(trim(message), ''),
      'The terms and conditions have changed. You will be asked to agree to them again.')));
  return version;
end
$$;
grant execute on function api.issue_terms_update(text, text) to authenticated;
