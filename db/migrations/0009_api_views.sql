-- The data API: schema `api`, under the names the requirements use. Views are
-- security_invoker, so the caller's grants and the app tables' policies decide everything;
-- encrypted columns appear decrypted, without their _enc suffix.

-- Writes to a view with encrypted columns go through INSTEAD OF triggers, which encrypt and
-- then return the row as the view shows it (so `Prefer: return=representation` works).

create view api.users with (security_invoker = true) as
select u.user_id, u.user_uuid, app.decrypt(u.name_enc) as name, u.alias,
  case when u.user_id = app.current_user_id() or app.is_admin() then app.decrypt(u.email_enc) end as email,
  u.user_is_email_verified, u.oauth_provider, u.user_is_admin, u.user_is_manager, u.user_is_active,
  u.user_preferred_color, u.user_preferred_profile_picture,
  case when u.user_id = app.current_user_id() then u.terms_version_agreed end as terms_version_agreed,
  case when u.user_id = app.current_user_id() then u.terms_agreed_at end as terms_agreed_at,
  case when u.user_id = app.current_user_id() then u.user_preferred_landing_page end as user_preferred_landing_page,
  case when u.user_id = app.current_user_id() then u.user_preferred_light_or_dark_mode_mobile end as user_preferred_light_or_dark_mode_mobile,
  case when u.user_id = app.current_user_id() then u.user_preferred_light_or_dark_mode_desktop end as user_preferred_light_or_dark_mode_desktop,
  case when u.user_id = app.current_user_id() then u.user_preferred_high_contrast end as user_preferred_high_contrast,
  case when u.user_id = app.current_user_id() then u.user_preferred_enable_alerts end as user_preferred_enable_alerts,
  case when u.user_id = app.current_user_id() then u.user_preferred_enable_notifications end as user_preferred_enable_notifications,
  case when u.user_id = app.current_user_id() then u.user_preferred_timezone end as user_preferred_timezone,
  u.created_at, u.updated_at
from app.users u;

create function api.users_update() returns trigger
language plpgsql
as $$
begin
  update app.users u set
    name_enc = case when new.name is distinct from old.name then app.encrypt(new.name) else u.name_enc end,
    alias = new.alias,
    user_is_admin = new.user_is_admin,
    user_is_manager = new.user_is_manager,
    user_is_active = new.user_is_active,
    user_preferred_color = new.user_preferred_color,
    user_preferred_profile_picture = new.user_preferred_profile_picture,
    terms_version_agreed = case when new.terms_version_agreed is distinct from old.terms_version_agreed then new.terms_version_agreed else u.terms_version_agreed end,
    terms_agreed_at = case when new.terms_agreed_at is distinct from old.terms_agreed_at then new.terms_agreed_at else u.terms_agreed_at end,
    user_preferred_landing_page = coalesce(new.user_preferred_landing_page, u.user_preferred_landing_page),
    user_preferred_light_or_dark_mode_mobile = coalesce(new.user_preferred_light_or_dark_mode_mobile, u.user_preferred_light_or_dark_mode_mobile),
    user_preferred_light_or_dark_mode_desktop = coalesce(new.user_preferred_light_or_dark_mode_desktop, u.user_preferred_light_or_dark_mode_desktop),
    user_preferred_high_contrast = coalesce(new.user_preferred_high_contrast, u.user_preferred_high_contrast),
    user_preferred_enable_alerts = coalesce(new.user_preferred_enable_alerts, u.user_preferred_enable_alerts),
    user_preferred_enable_notifications = coalesce(new.user_preferred_enable_notifications, u.user_preferred_enable_notifications),
    user_preferred_timezone = coalesce(new.user_preferred_timezone, u.user_preferred_timezone)
  where u.user_id = old.user_id;
  if not found then
    raise exception 'you may not change this user' using errcode = '42501';
  end if;
  select * into new from api.users where user_id = old.user_id;
  return new;
end
$$;
create trigger users_update instead of update on api.users for each row execute function api.users_update();

create view api.groups with (security_invoker = true) as
select group_id, group_name, group_description, is_role_group, created_at from app.groups;
create view api.user_groups with (security_invoker = true) as
select user_id, group_id, created_at from app.user_groups;
create view api.site_settings with (security_invoker = true) as
select setting_key, setting_value, updated_at, updated_by from app.site_settings;
create view api.user_sessions with (security_invoker = true) as
select session_id, user_id, device_info, ip_address, issued_at, expires_at, last_accessed_at, is_active,
  revoked_at, session_id = app.current_session_id() as is_current
from app.user_sessions;
create view api.history with (security_invoker = true) as
select history_id, table_name, record_id, action, user_id, changes, created_at from app.history;
create view api.import_export_logs with (security_invoker = true) as
select log_id, user_id, direction, format, file_name, status, record_count, error, created_at, finished_at
from app.import_export_logs;
create view api.files with (security_invoker = true) as
select file_id, file_uuid, owner_id, purpose, content_type, byte_size, created_at
from app.files where deleted_at is null;

create view api.buildings with (security_invoker = true) as
select building_id, building_uuid, building_name, building_address, app.decrypt(description_enc) as description,
  created_by, created_at, updated_at
from app.buildings;

create function api.buildings_write() returns trigger
language plpgsql
as $$
declare
  id bigint;
begin
  if tg_op = 'INSERT' then
    insert into app.buildings (building_name, building_address, description_enc)
    values (new.building_name, new.building_address, app.encrypt(new.description))
    returning building_id into id;
  else
    update app.buildings b set building_name = new.building_name, building_address = new.building_address,
      description_enc = case when new.description is distinct from old.description then app.encrypt(new.description) else b.description_enc end
    where b.building_id = old.building_id
    returning building_id into id;
    if id is null then
      raise exception 'only managers and administrators may edit buildings' using errcode = '42501';
    end if;
  end if;
  select * into new from api.buildings where building_id = id;
  return new;
end
$$;
create trigger buildings_write instead of insert or update on api.buildings
  for each row execute function api.buildings_write();

create view api.devices with (security_invoker = true) as
select device_id, device_uuid, building_id, device_name, device_type, app.decrypt(description_enc) as description,
  created_by, created_at, updated_at
from app.devices;

create function api.devices_write() returns trigger
language plpgsql
as $$
declare
  id bigint;
begin
  if tg_op = 'INSERT' then
    insert into app.devices (building_id, device_name, device_type, description_enc)
    values (new.building_id, new.device_name, new.device_type, app.encrypt(new.description))
    returning device_id into id;
  else
    update app.devices d set building_id = new.building_id, device_name = new.device_name, device_type = new.device_type,
      description_enc = case when new.description is distinct from old.description then app.encrypt(new.description) else d.description_enc end
    where d.device_id = old.device_id
    returning device_id into id;
    if id is null then
      raise exception 'only managers and administrators may edit devices' using errcode = '42501';
    end if;
  end if;
  select * into new from api.devices where device_id = id;
  return new;
end
$$;
create trigger devices_write instead of insert or update on api.devices
  for each row execute function api.devices_write();

-- Soft deletion: DELETE marks the row; it leaves ordinary reads but stays restorable.
create function api.soft_delete() returns trigger
language plpgsql
as $$
declare
  key_column text := tg_argv[1];
  changed integer;
begin
  execute format('update app.%I set deleted_at = now() where %I = $1 and deleted_at is null', tg_argv[0], key_column)
    using (to_jsonb(old) ->> key_column)::bigint;
  get diagnostics changed = row_count;
  if changed = 0 then
    raise exception 'you may not delete this %', replace(tg_argv[2], '_', ' ') using errcode = '42501';
  end if;
  return old;
end
$$;

create view api.tickets with (security_invoker = true) as
select ticket_id, ticket_number, building_id, created_by, status, created_at, updated_at
from app.tickets where deleted_at is null;
alter view api.tickets alter column created_by set default app.current_user_id();
alter view api.tickets alter column status set default 'open';
create trigger tickets_soft_delete instead of delete on api.tickets
  for each row execute function api.soft_delete('tickets', 'ticket_id', 'ticket');

create view api.ticket_entries with (security_invoker = true) as
select entry_id, user_id, ticket_id, app.decrypt(job_name_enc) as job_name, job_date, job_start_time, job_end_time,
  app.decrypt(job_description_enc) as job_description, job_materials_needed, job_materials_used, job_access_needed,
  job_programming_changes, job_followup_required, job_changed_flag, created_at, updated_at
from app.ticket_entries where deleted_at is null;
alter view api.ticket_entries alter column user_id set default app.current_user_id();
alter view api.ticket_entries alter column job_followup_required set default false;
alter view api.ticket_entries alter column job_changed_flag set default false;

create function api.ticket_entries_write() returns trigger
language plpgsql
as $$
declare
  id bigint;
begin
  if tg_op = 'INSERT' then
    insert into app.ticket_entries (user_id, ticket_id, job_name_enc, job_date, job_start_time, job_end_time,
      job_description_enc, job_materials_needed, job_materials_used, job_access_needed, job_programming_changes,
      job_followup_required)
    values (coalesce(new.user_id, app.current_user_id()), new.ticket_id, app.encrypt(new.job_name), new.job_date,
      new.job_start_time, new.job_end_time, app.encrypt(new.job_description), new.job_materials_needed,
      new.job_materials_used, new.job_access_needed, new.job_programming_changes,
      coalesce(new.job_followup_required, false))
    returning entry_id into id;
  else
    if new.user_id is distinct from old.user_id then
      raise exception 'the owner of an entry cannot change' using errcode = '42501';
    end if;
    update app.ticket_entries e set ticket_id = new.ticket_id,
      job_name_enc = case when new.job_name is distinct from old.job_name then app.encrypt(new.job_name) else e.job_name_enc end,
      job_date = new.job_date, job_start_time = new.job_start_time, job_end_time = new.job_end_time,
      job_description_enc = case when new.job_description is distinct from old.job_description then app.encrypt(new.job_description) else e.job_description_enc end,
      job_materials_needed = new.job_materials_needed, job_materials_used = new.job_materials_used,
      job_access_needed = new.job_access_needed, job_programming_changes = new.job_programming_changes,
      job_followup_required = coalesce(new.job_followup_required, false)
    where e.entry_id = old.entry_id and e.user_id = app.current_user_id()
    returning entry_id into id;
    if id is null then
      raise exception 'you may not edit another person''s entry' using errcode = '42501';
    end if;
  end if;
  select * into new from api.ticket_entries where entry_id = id;
  return new;
end
$$;
create trigger ticket_entries_write instead of insert or update on api.ticket_entries
  for each row execute function api.ticket_entries_write();
create trigger ticket_entries_soft_delete instead of delete on api.ticket_entries
  for each row execute function api.soft_delete('ticket_entries', 'entry_id', 'entry');

create view api.entry_devices with (security_invoker = true) as
select entry_id, device_id, created_at from app.entry_devices;

create view api.ticket_misc_entries with (security_invoker = true) as
select entry_id, user_id, app.decrypt(misc_name_enc) as misc_name, misc_start_date, misc_start_time, misc_end_time,
  created_at, updated_at
from app.ticket_misc_entries where deleted_at is null;
alter view api.ticket_misc_entries alter column user_id set default app.current_user_id();

create function api.ticket_misc_entries_write() returns trigger
language plpgsql
as $$
declare
  id bigint;
begin
  if tg_op = 'INSERT' then
    insert into app.ticket_misc_entries (user_id, misc_name_enc, misc_start_date, misc_start_time, misc_end_time)
    values (coalesce(new.user_id, app.current_user_id()), app.encrypt(new.misc_name), new.misc_start_date,
      new.misc_start_time, new.misc_end_time)
    returning entry_id into id;
  else
    if new.user_id is distinct from old.user_id then
      raise exception 'the owner of a task cannot change' using errcode = '42501';
    end if;
    update app.ticket_misc_entries m set
      misc_name_enc = case when new.misc_name is distinct from old.misc_name then app.encrypt(new.misc_name) else m.misc_name_enc end,
      misc_start_date = new.misc_start_date, misc_start_time = new.misc_start_time, misc_end_time = new.misc_end_time
    where m.entry_id = old.entry_id and m.user_id = app.current_user_id()
    returning entry_id into id;
    if id is null then
      raise exception 'you may not edit another person''s task' using errcode = '42501';
    end if;
  end if;
  select * into new from api.ticket_misc_entries where entry_id = id;
  return new;
end
$$;
create trigger ticket_misc_entries_write instead of insert or update on api.ticket_misc_entries
  for each row execute function api.ticket_misc_entries_write();
create trigger ticket_misc_entries_soft_delete instead of delete on api.ticket_misc_entries
  for each row execute function api.soft_delete('ticket_misc_entries', 'entry_id', 'task');

-- What a moderator (or the owner) may restore.
create view api.deleted_tickets with (security_invoker = true) as
select ticket_id, ticket_number, building_id, created_by, status, deleted_at, deleted_by
from app.tickets where deleted_at is not null and app.can_moderate(created_by);
create view api.deleted_ticket_entries with (security_invoker = true) as
select entry_id, user_id, ticket_id, app.decrypt(job_name_enc) as job_name, job_date, job_start_time, job_end_time,
  deleted_at, deleted_by
from app.ticket_entries where deleted_at is not null and app.can_moderate(user_id);
create view api.deleted_ticket_misc_entries with (security_invoker = true) as
select entry_id, user_id, app.decrypt(misc_name_enc) as misc_name, misc_start_date, deleted_at, deleted_by
from app.ticket_misc_entries where deleted_at is not null and app.can_moderate(user_id);

-- Notifications as their recipient sees them, with their own read/dismissed state.
create view api.notifications with (security_invoker = true) as
select n.notification_id, n.sender_id, n.recipient_user_id, n.recipient_group_id, n.is_site_wide, n.title,
  app.decrypt(n.message_enc) as message, n.created_at, r.read_at, r.dismissed_at
from app.notifications n
left join app.notification_receipts r on r.notification_id = n.notification_id and r.user_id = app.current_user_id();
alter view api.notifications alter column is_site_wide set default false;
alter view api.notifications alter column sender_id set default app.current_user_id();

create function api.notifications_write() returns trigger
language plpgsql
as $$
declare
  id bigint := old.notification_id;
begin
  if tg_op = 'INSERT' then
    insert into app.notifications (sender_id, recipient_user_id, recipient_group_id, is_site_wide, title, message_enc)
    values (coalesce(new.sender_id, app.current_user_id()), new.recipient_user_id, new.recipient_group_id,
      coalesce(new.is_site_wide, false), new.title, app.encrypt(coalesce(new.message, '')))
    returning notification_id into id;
  else
    if (new.read_at, new.dismissed_at) is distinct from (old.read_at, old.dismissed_at) then
      insert into app.notification_receipts as r (notification_id, user_id, read_at, dismissed_at)
      values (old.notification_id, app.current_user_id(), new.read_at, new.dismissed_at)
      on conflict (notification_id, user_id) do update set read_at = excluded.read_at, dismissed_at = excluded.dismissed_at;
    end if;
    if (to_jsonb(new) - array['read_at', 'dismissed_at']) is distinct from (to_jsonb(old) - array['read_at', 'dismissed_at']) then
      raise exception 'a sent notification cannot be edited; only read_at and dismissed_at change' using errcode = '42501';
    end if;
  end if;
  select * into new from api.notifications where notification_id = id;
  return new;
end
$$;
create trigger notifications_write instead of insert or update on api.notifications
  for each row execute function api.notifications_write();

create view api.alerts with (security_invoker = true) as
select alert_id, alert_type, severity, title, app.decrypt(message_enc) as message, source_table, source_id,
  subject_user_id, created_by, created_at, resolved_at, resolved_by
from app.alerts;
alter view api.alerts alter column severity set default 'info';

create function api.alerts_write() returns trigger
language plpgsql
as $$
declare
  id bigint := old.alert_id;
begin
  if tg_op = 'INSERT' then
    insert into app.alerts (alert_type, severity, title, message_enc, subject_user_id)
    values (new.alert_type, coalesce(new.severity, 'info'), new.title, app.encrypt(new.message), new.subject_user_id)
    returning alert_id into id;
  else
    if (to_jsonb(new) - array['resolved_at', 'resolved_by']) is distinct from (to_jsonb(old) - array['resolved_at', 'resolved_by']) then
      raise exception 'an alert can only be resolved or reopened' using errcode = '42501';
    end if;
    update app.alerts a set resolved_at = new.resolved_at where a.alert_id = old.alert_id returning alert_id into id;
    if id is null then
      raise exception 'you may not resolve this alert' using errcode = '42501';
    end if;
  end if;
  select * into new from api.alerts where alert_id = id;
  return new;
end
$$;
create trigger alerts_write instead of insert or update on api.alerts
  for each row execute function api.alerts_write();

-- Grants: what each API role may do with each view (policies refine it row by row).
grant select on all tables in schema api to authenticated;
grant update on api.users, api.user_sessions, api.site_settings, api.import_export_logs to authenticated;
grant insert, update, delete on api.groups, api.user_groups, api.buildings, api.devices, api.tickets,
  api.ticket_entries, api.ticket_misc_entries, api.entry_devices to authenticated;
grant insert, update on api.notifications, api.alerts, api.import_export_logs to authenticated;
revoke insert, update, delete on api.user_groups from authenticated;
grant insert, delete on api.user_groups to authenticated;
grant select on api.site_settings to anon;
grant execute on function api.users_update(), api.buildings_write(), api.devices_write(), api.soft_delete(),
  api.ticket_entries_write(), api.ticket_misc_entries_write(), api.notifications_write(), api.alerts_write()
  to authenticated;
