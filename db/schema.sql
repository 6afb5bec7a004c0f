--
-- PostgreSQL database dump
--

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: api; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA api;

--
-- Name: app; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA app;

--
-- Name: crewlog_migrations; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA crewlog_migrations;

--
-- Name: extensions; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA extensions;

--
-- Name: ops; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA ops;

--
-- Name: pgcrypto; Type: EXTENSION; Schema: -; Owner: -
--

CREATE EXTENSION IF NOT EXISTS pgcrypto WITH SCHEMA extensions;

--
-- Name: EXTENSION pgcrypto; Type: COMMENT; Schema: -; Owner: -
--

COMMENT ON EXTENSION pgcrypto IS 'cryptographic functions';

--
-- Name: current_user_id(); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.current_user_id() RETURNS bigint
    LANGUAGE sql STABLE PARALLEL SAFE
    AS $_$
  select case when app.claims() ->> 'sub' ~ '^[0-9]{1,18}$' then (app.claims() ->> 'sub')::bigint end
$_$;

--
-- Name: decrypt(bytea); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.decrypt(cipher bytea) RETURNS text
    LANGUAGE sql STABLE PARALLEL SAFE
    AS $$
  select case when cipher is null then null else extensions.pgp_sym_decrypt(cipher, app.encryption_key()) end
$$;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: notification_receipts; Type: TABLE; Schema: app; Owner: -
--

CREATE TABLE app.notification_receipts (
    notification_id bigint NOT NULL,
    user_id bigint DEFAULT app.current_user_id() NOT NULL,
    read_at timestamp with time zone,
    dismissed_at timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);

ALTER TABLE ONLY app.notification_receipts FORCE ROW LEVEL SECURITY;

--
-- Name: notifications; Type: TABLE; Schema: app; Owner: -
--

CREATE TABLE app.notifications (
    notification_id bigint NOT NULL,
    sender_id bigint DEFAULT app.current_user_id(),
    recipient_user_id bigint,
    recipient_group_id bigint,
    is_site_wide boolean DEFAULT false NOT NULL,
    title text NOT NULL,
    message_enc bytea NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT notifications_one_audience CHECK (((num_nonnulls(recipient_user_id, recipient_group_id) + (is_site_wide)::integer) = 1)),
    CONSTRAINT notifications_title_check CHECK (((length(TRIM(BOTH FROM title)) >= 1) AND (length(TRIM(BOTH FROM title)) <= 200)))
);

ALTER TABLE ONLY app.notifications FORCE ROW LEVEL SECURITY;

--
-- Name: notifications; Type: VIEW; Schema: api; Owner: -
--

CREATE VIEW api.notifications WITH (security_invoker='true') AS
 SELECT n.notification_id,
    n.sender_id,
    n.recipient_user_id,
    n.recipient_group_id,
    n.is_site_wide,
    n.title,
    app.decrypt(n.message_enc) AS message,
    n.created_at,
    r.read_at,
    r.dismissed_at
   FROM (app.notifications n
     LEFT JOIN app.notification_receipts r ON (((r.notification_id = n.notification_id) AND (r.user_id = app.current_user_id()))));

--
-- Name: addressed_to_me(api.notifications); Type: FUNCTION; Schema: api; Owner: -
--

CREATE FUNCTION api.addressed_to_me(n api.notifications) RETURNS boolean
    LANGUAGE sql STABLE
    AS $$
  select exists (select from app.notifications x
                  where x.notification_id = n.notification_id and app.is_notification_recipient(x))
$$;

--
-- Name: alerts_write(); Type: FUNCTION; Schema: api; Owner: -
--

CREATE FUNCTION api.alerts_write() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
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

--
-- Name: buildings_write(); Type: FUNCTION; Schema: api; Owner: -
--

CREATE FUNCTION api.buildings_write() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
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

--
-- Name: check_failed_logins(text, text); Type: FUNCTION; Schema: api; Owner: -
--

CREATE FUNCTION api.check_failed_logins(email text DEFAULT NULL::text, ip_address text DEFAULT NULL::text) RETURNS jsonb
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog'
    AS $$
declare
  window_length constant interval := interval '5 minutes';
  at timestamptz := app.clock_now();
  email_limit integer := coalesce(nullif(current_setting('app.settings.email_lock_threshold', true), '')::integer, 5);
  ip_limit integer := coalesce(nullif(current_setting('app.settings.ip_lock_threshold', true), '')::integer, 50);
  hash bytea := case when nullif(trim(email), '') is not null then app.email_hash(email) end;
  ip inet;
  since timestamptz := at - window_length;
  email_unlock timestamptz;
  ip_unlock timestamptz;
begin
  if ip_address is not null and ip_address <> '' then
    begin
      ip := ip_address::inet;
    exception when others then
      raise exception 'ip_address is not an IP address' using errcode = '22P02';
    end;
  end if;
  if hash is not null then
    select greatest(since, max(a.attempted_at)) into since from app.login_attempts a
     where a.email_hash = hash and a.succeeded and a.attempted_at > since and a.attempted_at <= at;
    since := coalesce(since, at - window_length);
  end if;
  -- Locked until the oldest of the last `limit` failures leaves the window.
  select min(attempted_at) + window_length into email_unlock from (
    select a.attempted_at from app.login_attempts a
     where hash is not null and a.email_hash = hash and not a.succeeded and not a.was_blocked
       and a.attempted_at > since and a.attempted_at <= at
     order by a.attempted_at desc limit email_limit) f
  having count(*) >= email_limit;
  select min(attempted_at) + window_length into ip_unlock from (
    select a.attempted_at from app.login_attempts a
     where ip is not null and a.ip_address = ip and not a.succeeded and not a.was_blocked
       and a.attempted_at > at - window_length and a.attempted_at <= at
     order by a.attempted_at desc limit ip_limit) f
  having count(*) >= ip_limit;
  return jsonb_build_object(
    'email_locked', email_unlock is not null,
    'ip_locked', ip_unlock is not null,
    'locked', email_unlock is not null or ip_unlock is not null,
    'retry_after_seconds', ceil(greatest(0, extract(epoch from greatest(email_unlock, ip_unlock) - at)))::integer);
end
$$;

--
-- Name: ticket_entries; Type: TABLE; Schema: app; Owner: -
--

CREATE TABLE app.ticket_entries (
    entry_id bigint NOT NULL,
    user_id bigint DEFAULT app.current_user_id() NOT NULL,
    ticket_id bigint NOT NULL,
    job_name_enc bytea NOT NULL,
    job_date date NOT NULL,
    job_start_time time without time zone,
    job_end_time time without time zone,
    job_description_enc bytea,
    job_materials_needed text,
    job_materials_used text,
    job_access_needed text,
    job_programming_changes text,
    job_followup_required boolean DEFAULT false NOT NULL,
    job_changed_flag boolean DEFAULT false NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    deleted_at timestamp with time zone,
    deleted_by bigint,
    deleted_reason text,
    CONSTRAINT ticket_entries_deleted_reason_check CHECK (((length(deleted_reason) >= 1) AND (length(deleted_reason) <= 500))),
    CONSTRAINT ticket_entries_job_access_needed_check CHECK ((length(job_access_needed) <= 2000)),
    CONSTRAINT ticket_entries_job_materials_needed_check CHECK ((length(job_materials_needed) <= 2000)),
    CONSTRAINT ticket_entries_job_materials_used_check CHECK ((length(job_materials_used) <= 2000)),
    CONSTRAINT ticket_entries_job_programming_changes_check CHECK ((length(job_programming_changes) <= 2000)),
    CONSTRAINT ticket_entries_times_check CHECK (((job_start_time IS NULL) OR (job_end_time IS NULL) OR (job_end_time > job_start_time)))
);

ALTER TABLE ONLY app.ticket_entries FORCE ROW LEVEL SECURITY;

--
-- Name: ticket_entries; Type: VIEW; Schema: api; Owner: -
--

CREATE VIEW api.ticket_entries WITH (security_invoker='true') AS
 SELECT ticket_entries.entry_id,
    ticket_entries.user_id,
    ticket_entries.ticket_id,
    app.decrypt(ticket_entries.job_name_enc) AS job_name,
    ticket_entries.job_date,
    ticket_entries.job_start_time,
    ticket_entries.job_end_time,
    app.decrypt(ticket_entries.job_description_enc) AS job_description,
    ticket_entries.job_materials_needed,
    ticket_entries.job_materials_used,
    ticket_entries.job_access_needed,
    ticket_entries.job_programming_changes,
    ticket_entries.job_followup_required,
    ticket_entries.job_changed_flag,
    ticket_entries.created_at,
    ticket_entries.updated_at
   FROM app.ticket_entries
  WHERE (ticket_entries.deleted_at IS NULL);

--
-- Name: create_ticket_entry(jsonb, bigint[]); Type: FUNCTION; Schema: api; Owner: -
--

CREATE FUNCTION api.create_ticket_entry(entry jsonb, device_ids bigint[] DEFAULT '{}'::bigint[]) RETURNS SETOF api.ticket_entries
    LANGUAGE plpgsql
    AS $$
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

--
-- Name: delete_ticket(bigint, text); Type: FUNCTION; Schema: api; Owner: -
--

CREATE FUNCTION api.delete_ticket(ticket_id bigint, reason text) RETURNS void
    LANGUAGE plpgsql
    AS $$
begin
  perform set_config('app.deletion_reason', app.checked_deletion_reason(reason), true);
  delete from api.tickets t where t.ticket_id = delete_ticket.ticket_id;
  if not found then
    raise exception 'no ticket % that you may delete', ticket_id using errcode = '42501';
  end if;
  perform set_config('app.deletion_reason', '', true);
end
$$;

--
-- Name: delete_ticket_entry(bigint, text); Type: FUNCTION; Schema: api; Owner: -
--

CREATE FUNCTION api.delete_ticket_entry(entry_id bigint, reason text) RETURNS void
    LANGUAGE plpgsql
    AS $$
begin
  perform set_config('app.deletion_reason', app.checked_deletion_reason(reason), true);
  delete from api.ticket_entries e where e.entry_id = delete_ticket_entry.entry_id;
  if not found then
    raise exception 'no entry % that you may delete', entry_id using errcode = '42501';
  end if;
  perform set_config('app.deletion_reason', '', true);
end
$$;

--
-- Name: delete_ticket_misc_entry(bigint, text); Type: FUNCTION; Schema: api; Owner: -
--

CREATE FUNCTION api.delete_ticket_misc_entry(entry_id bigint, reason text) RETURNS void
    LANGUAGE plpgsql
    AS $$
begin
  perform set_config('app.deletion_reason', app.checked_deletion_reason(reason), true);
  delete from api.ticket_misc_entries m where m.entry_id = delete_ticket_misc_entry.entry_id;
  if not found then
    raise exception 'no task % that you may delete', entry_id using errcode = '42501';
  end if;
  perform set_config('app.deletion_reason', '', true);
end
$$;

--
-- Name: devices_write(); Type: FUNCTION; Schema: api; Owner: -
--

CREATE FUNCTION api.devices_write() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
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

--
-- Name: entry_history(bigint); Type: FUNCTION; Schema: api; Owner: -
--

CREATE FUNCTION api.entry_history(entry_id bigint) RETURNS TABLE(history_id bigint, table_name text, action text, user_id bigint, changes jsonb, created_at timestamp with time zone)
    LANGUAGE plpgsql STABLE
    AS $$
begin
  -- Row-level security decides: an entry the caller may not read has no history for them.
  if not exists (select from app.ticket_entries e where e.entry_id = entry_history.entry_id) then
    return;
  end if;
  return query select * from app.entry_history_rows(entry_id);
end
$$;

--
-- Name: history_facets(); Type: FUNCTION; Schema: api; Owner: -
--

CREATE FUNCTION api.history_facets() RETURNS TABLE(facet text, value text, entries bigint)
    LANGUAGE plpgsql STABLE
    AS $$
begin
  perform app.require_admin('read the event log');
  return query
    select 'table', h.table_name, count(*) from app.history h group by h.table_name
    union all
    select 'action', h.action, count(*) from app.history h group by h.action
    order by 1, 2;
end
$$;

--
-- Name: issue_terms_update(text, text); Type: FUNCTION; Schema: api; Owner: -
--

CREATE FUNCTION api.issue_terms_update(title text, message text DEFAULT NULL::text) RETURNS text
    LANGUAGE plpgsql
    AS $$
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

--
-- Name: job_status(); Type: FUNCTION; Schema: api; Owner: -
--

CREATE FUNCTION api.job_status() RETURNS TABLE(task_identifier text, queued bigint, running bigint, retrying bigint, failed bigint, last_error text, last_failed_at timestamp with time zone)
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog'
    AS $$
begin
  if not app.is_admin() then
    raise exception 'only an administrator may read the job status' using errcode = '42501';
  end if;
  if to_regnamespace('graphile_worker') is null then
    return;
  end if;
  return query
    select j.task_identifier,
           count(*) filter (where j.locked_at is null and j.attempts = 0),
           count(*) filter (where j.locked_at is not null),
           count(*) filter (where j.locked_at is null and j.attempts > 0 and j.attempts < j.max_attempts),
           count(*) filter (where j.attempts >= j.max_attempts),
           (array_agg(j.last_error order by j.updated_at desc) filter (where j.last_error is not null))[1],
           max(j.updated_at) filter (where j.last_error is not null)
      from graphile_worker.jobs j
     group by j.task_identifier
     order by j.task_identifier;
end
$$;

--
-- Name: mark_all_notifications_read(); Type: FUNCTION; Schema: api; Owner: -
--

CREATE FUNCTION api.mark_all_notifications_read() RETURNS integer
    LANGUAGE sql
    AS $$
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

--
-- Name: may_delete(api.ticket_entries); Type: FUNCTION; Schema: api; Owner: -
--

CREATE FUNCTION api.may_delete(api.ticket_entries) RETURNS boolean
    LANGUAGE sql STABLE
    AS $_$ select app.can_moderate($1.user_id) $_$;

--
-- Name: ticket_misc_entries; Type: TABLE; Schema: app; Owner: -
--

CREATE TABLE app.ticket_misc_entries (
    entry_id bigint NOT NULL,
    user_id bigint DEFAULT app.current_user_id() NOT NULL,
    misc_name_enc bytea NOT NULL,
    misc_start_date date NOT NULL,
    misc_start_time time without time zone,
    misc_end_time time without time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    deleted_at timestamp with time zone,
    deleted_by bigint,
    deleted_reason text,
    CONSTRAINT ticket_misc_entries_deleted_reason_check CHECK (((length(deleted_reason) >= 1) AND (length(deleted_reason) <= 500))),
    CONSTRAINT ticket_misc_entries_times_check CHECK (((misc_start_time IS NULL) OR (misc_end_time IS NULL) OR (misc_end_time > misc_start_time)))
);

ALTER TABLE ONLY app.ticket_misc_entries FORCE ROW LEVEL SECURITY;

--
-- Name: ticket_misc_entries; Type: VIEW; Schema: api; Owner: -
--

CREATE VIEW api.ticket_misc_entries WITH (security_invoker='true') AS
 SELECT ticket_misc_entries.entry_id,
    ticket_misc_entries.user_id,
    app.decrypt(ticket_misc_entries.misc_name_enc) AS misc_name,
    ticket_misc_entries.misc_start_date,
    ticket_misc_entries.misc_start_time,
    ticket_misc_entries.misc_end_time,
    ticket_misc_entries.created_at,
    ticket_misc_entries.updated_at
   FROM app.ticket_misc_entries
  WHERE (ticket_misc_entries.deleted_at IS NULL);

--
-- Name: may_delete(api.ticket_misc_entries); Type: FUNCTION; Schema: api; Owner: -
--

CREATE FUNCTION api.may_delete(api.ticket_misc_entries) RETURNS boolean
    LANGUAGE sql STABLE
    AS $_$ select app.can_moderate($1.user_id) $_$;

--
-- Name: tickets; Type: TABLE; Schema: app; Owner: -
--

CREATE TABLE app.tickets (
    ticket_id bigint NOT NULL,
    ticket_number text NOT NULL,
    building_id bigint NOT NULL,
    created_by bigint DEFAULT app.current_user_id() NOT NULL,
    status text DEFAULT 'open'::text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    deleted_at timestamp with time zone,
    deleted_by bigint,
    deleted_reason text,
    CONSTRAINT tickets_deleted_reason_check CHECK (((length(deleted_reason) >= 1) AND (length(deleted_reason) <= 500))),
    CONSTRAINT tickets_status_check CHECK ((status = ANY (ARRAY['open'::text, 'in_progress'::text, 'closed'::text]))),
    CONSTRAINT tickets_ticket_number_check CHECK ((ticket_number ~ '^[A-Za-z0-9][A-Za-z0-9._/-]{0,39}$'::text))
);

ALTER TABLE ONLY app.tickets FORCE ROW LEVEL SECURITY;

--
-- Name: tickets; Type: VIEW; Schema: api; Owner: -
--

CREATE VIEW api.tickets WITH (security_invoker='true') AS
 SELECT tickets.ticket_id,
    tickets.ticket_number,
    tickets.building_id,
    tickets.created_by,
    tickets.status,
    tickets.created_at,
    tickets.updated_at
   FROM app.tickets
  WHERE (tickets.deleted_at IS NULL);

--
-- Name: may_delete(api.tickets); Type: FUNCTION; Schema: api; Owner: -
--

CREATE FUNCTION api.may_delete(api.tickets) RETURNS boolean
    LANGUAGE sql STABLE
    AS $_$ select app.can_moderate($1.created_by) $_$;

--
-- Name: notifications_write(); Type: FUNCTION; Schema: api; Owner: -
--

CREATE FUNCTION api.notifications_write() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
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

--
-- Name: pre_request(); Type: FUNCTION; Schema: api; Owner: -
--

CREATE FUNCTION api.pre_request() RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog'
    AS $$
declare
  uid bigint := app.current_user_id();
  sid uuid := app.current_session_id();
  at timestamptz := app.clock_now();
  seen timestamptz;
begin
  if uid is null then
    return;
  end if;
  if not exists (select from app.users u where u.user_id = uid and u.user_is_active) then
    raise exception 'this account is not active' using errcode = 'PT401';
  end if;
  if sid is null then
    return;
  end if;
  select s.last_accessed_at into seen from app.user_sessions s
   where s.session_id = sid and s.user_id = uid and app.session_is_live(s.is_active, s.revoked_at, s.expires_at, s.last_accessed_at, at);
  if not found then
    raise exception 'this session has ended; sign in again' using errcode = 'PT401';
  end if;
  if seen < at - interval '1 minute' and current_setting('transaction_read_only') = 'off' then
    update app.user_sessions s set last_accessed_at = at where s.session_id = sid;
  end if;
end
$$;

--
-- Name: restore_ticket(bigint); Type: FUNCTION; Schema: api; Owner: -
--

CREATE FUNCTION api.restore_ticket(ticket_id bigint) RETURNS void
    LANGUAGE plpgsql
    AS $$
begin
  update app.tickets t set deleted_at = null where t.ticket_id = restore_ticket.ticket_id and t.deleted_at is not null;
  if not found then
    raise exception 'no deleted ticket % that you may restore', ticket_id using errcode = '42501';
  end if;
end
$$;

--
-- Name: restore_ticket_entry(bigint); Type: FUNCTION; Schema: api; Owner: -
--

CREATE FUNCTION api.restore_ticket_entry(entry_id bigint) RETURNS void
    LANGUAGE plpgsql
    AS $$
begin
  update app.ticket_entries e set deleted_at = null where e.entry_id = restore_ticket_entry.entry_id and e.deleted_at is not null;
  if not found then
    raise exception 'no deleted entry % that you may restore', entry_id using errcode = '42501';
  end if;
end
$$;

--
-- Name: restore_ticket_misc_entry(bigint); Type: FUNCTION; Schema: api; Owner: -
--

CREATE FUNCTION api.restore_ticket_misc_entry(entry_id bigint) RETURNS void
    LANGUAGE plpgsql
    AS $$
begin
  update app.ticket_misc_entries m set deleted_at = null
   where m.entry_id = restore_ticket_misc_entry.entry_id and m.deleted_at is not null;
  if not found then
    raise exception 'no deleted task % that you may restore', entry_id using errcode = '42501';
  end if;
end
$$;

--
-- Name: revoke_user_sessions(bigint); Type: FUNCTION; Schema: api; Owner: -
--

CREATE FUNCTION api.revoke_user_sessions(user_id bigint) RETURNS integer
    LANGUAGE plpgsql
    AS $$
begin
  perform app.require_admin('end other people''s sessions');
  if not exists (select from app.users u where u.user_id = revoke_user_sessions.user_id) then
    raise exception 'there is no user %', user_id using errcode = 'PT404';
  end if;
  return app.revoke_sessions_of(revoke_user_sessions.user_id);
end
$$;

--
-- Name: set_user_active(bigint, boolean); Type: FUNCTION; Schema: api; Owner: -
--

CREATE FUNCTION api.set_user_active(user_id bigint, active boolean) RETURNS integer
    LANGUAGE plpgsql
    AS $$
begin
  perform app.require_admin('activate or deactivate accounts');
  if active is null then
    raise exception 'say whether the account is active' using errcode = '22023';
  end if;
  update app.users u set user_is_active = active where u.user_id = set_user_active.user_id;
  if not found then
    raise exception 'there is no user %', user_id using errcode = 'PT404';
  end if;
  return case when active then 0 else app.revoke_sessions_of(set_user_active.user_id) end;
end
$$;

--
-- Name: set_user_role(bigint, text); Type: FUNCTION; Schema: api; Owner: -
--

CREATE FUNCTION api.set_user_role(user_id bigint, role text) RETURNS text
    LANGUAGE plpgsql
    AS $$
begin
  perform app.require_admin('change roles');
  if role is null or role not in ('field', 'manager', 'admin') then
    raise exception 'unknown role "%"', role
      using errcode = '22023', hint = 'use field, manager or admin';
  end if;
  update app.users u set user_is_admin = (role = 'admin'), user_is_manager = (role = 'manager')
   where u.user_id = set_user_role.user_id;
  if not found then
    raise exception 'there is no user %', user_id using errcode = 'PT404';
  end if;
  return app.role_of(set_user_role.user_id);
end
$$;

--
-- Name: soft_delete(); Type: FUNCTION; Schema: api; Owner: -
--

CREATE FUNCTION api.soft_delete() RETURNS trigger
    LANGUAGE plpgsql
    AS $_$
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
$_$;

--
-- Name: stats_alerts(date, date); Type: FUNCTION; Schema: api; Owner: -
--

CREATE FUNCTION api.stats_alerts(date_from date, date_to date) RETURNS TABLE(alert_type text, raised bigint, resolved bigint)
    LANGUAGE sql STABLE
    AS $$
  select a.alert_type,
         count(*) filter (where a.created_at::date between date_from and date_to),
         count(*) filter (where a.resolved_at::date between date_from and date_to)
    from app.alerts a
   where a.created_at::date <= date_to and (a.resolved_at is null or a.resolved_at::date >= date_from)
   group by a.alert_type
   order by a.alert_type
$$;

--
-- Name: stats_entries_per_building(date, date, bigint); Type: FUNCTION; Schema: api; Owner: -
--

CREATE FUNCTION api.stats_entries_per_building(date_from date, date_to date, for_user bigint DEFAULT NULL::bigint) RETURNS TABLE(building_id bigint, building_name text, entries bigint, hours numeric)
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog'
    AS $$
  select b.building_id, b.building_name, sum(r.entries)::bigint, round(sum(r.minutes) / 60.0, 2)
    from app.stats_daily_buildings r
    join app.buildings b on b.building_id = r.building_id
   where r.work_date between date_from and date_to
     and (for_user is null or r.user_id = for_user)
     and (select app.current_user_id()) is not null
   group by b.building_id, b.building_name
   order by sum(r.entries) desc, b.building_name
$$;

--
-- Name: stats_entries_per_device_type(date, date, bigint); Type: FUNCTION; Schema: api; Owner: -
--

CREATE FUNCTION api.stats_entries_per_device_type(date_from date, date_to date, for_user bigint DEFAULT NULL::bigint) RETURNS TABLE(device_type text, entries bigint)
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog'
    AS $$
  select r.device_type, sum(r.entries)::bigint
    from app.stats_daily_device_types r
   where r.work_date between date_from and date_to
     and (for_user is null or r.user_id = for_user)
     and (select app.current_user_id()) is not null
   group by r.device_type
   order by sum(r.entries) desc, r.device_type
$$;

--
-- Name: stats_followups(date, date, bigint); Type: FUNCTION; Schema: api; Owner: -
--

CREATE FUNCTION api.stats_followups(date_from date, date_to date, for_user bigint DEFAULT NULL::bigint) RETURNS TABLE(day date, opened bigint, closed bigint)
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog'
    AS $$
  with days as (select generate_series(date_from, date_to, interval '1 day')::date as day),
  opened as (
    select a.created_at::date as day, count(*) as n from app.alerts a
     where a.alert_type = 'job'
       and a.created_at >= date_from::timestamptz and a.created_at < (date_to + 1)::timestamptz
       and (for_user is null or a.subject_user_id = for_user)
     group by 1),
  closed as (
    select a.resolved_at::date as day, count(*) as n from app.alerts a
     where a.alert_type = 'job' and a.resolved_at is not null
       and a.resolved_at >= date_from::timestamptz and a.resolved_at < (date_to + 1)::timestamptz
       and (for_user is null or a.subject_user_id = for_user)
     group by 1)
  select days.day, coalesce(opened.n, 0), coalesce(closed.n, 0)
    from days
    left join opened on opened.day = days.day
    left join closed on closed.day = days.day
   where (select app.current_user_id()) is not null and date_to - date_from <= 366
   order by days.day
$$;

--
-- Name: stats_hours_by_day(date, date, bigint); Type: FUNCTION; Schema: api; Owner: -
--

CREATE FUNCTION api.stats_hours_by_day(date_from date, date_to date, for_user bigint DEFAULT NULL::bigint) RETURNS TABLE(work_date date, entry_hours numeric, task_hours numeric)
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog'
    AS $$
begin
  perform app.stats_check_range(date_from, date_to);
  return query
  select r.work_date, round(sum(r.entry_minutes) / 60.0, 2), round(sum(r.task_minutes) / 60.0, 2)
    from app.stats_daily_hours r
   where r.work_date between date_from and date_to
     and (for_user is null or r.user_id = for_user)
     and app.current_user_id() is not null
   group by r.work_date
   order by r.work_date;
end
$$;

--
-- Name: stats_hours_by_member(date, date); Type: FUNCTION; Schema: api; Owner: -
--

CREATE FUNCTION api.stats_hours_by_member(date_from date, date_to date) RETURNS TABLE(user_id bigint, alias text, color text, entry_hours numeric, task_hours numeric)
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog'
    AS $$
begin
  perform app.stats_check_range(date_from, date_to);
  return query
  select u.user_id, u.alias, u.user_preferred_color,
         round(coalesce(sum(r.entry_minutes), 0) / 60.0, 2), round(coalesce(sum(r.task_minutes), 0) / 60.0, 2)
    from app.users u
    left join app.stats_daily_hours r on r.user_id = u.user_id and r.work_date between date_from and date_to
   where u.user_is_active and app.current_user_id() is not null
   group by u.user_id, u.alias, u.user_preferred_color
   order by lower(u.alias);
end
$$;

--
-- Name: stats_hours_by_week(date, date, bigint); Type: FUNCTION; Schema: api; Owner: -
--

CREATE FUNCTION api.stats_hours_by_week(date_from date, date_to date, for_user bigint DEFAULT NULL::bigint) RETURNS TABLE(week_start date, entry_hours numeric, task_hours numeric)
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog'
    AS $$
begin
  perform app.stats_check_range(date_from, date_to);
  return query
  select date_trunc('week', r.work_date)::date, round(sum(r.entry_minutes) / 60.0, 2),
         round(sum(r.task_minutes) / 60.0, 2)
    from app.stats_daily_hours r
   where r.work_date between date_from and date_to
     and (for_user is null or r.user_id = for_user)
     and app.current_user_id() is not null
   group by 1
   order by 1;
end
$$;

--
-- Name: stats_hours_per_day(date, date, bigint); Type: FUNCTION; Schema: api; Owner: -
--

CREATE FUNCTION api.stats_hours_per_day(date_from date, date_to date, for_user bigint DEFAULT NULL::bigint) RETURNS TABLE(work_date date, user_id bigint, entry_hours numeric, task_hours numeric)
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog'
    AS $$
  select r.work_date, r.user_id, round(r.entry_minutes / 60.0, 2), round(r.task_minutes / 60.0, 2)
    from app.stats_daily_hours r
   where r.work_date between date_from and date_to
     and (for_user is null or r.user_id = for_user)
     and (select app.current_user_id()) is not null
   order by r.work_date, r.user_id
$$;

--
-- Name: system_status(); Type: FUNCTION; Schema: api; Owner: -
--

CREATE FUNCTION api.system_status() RETURNS TABLE(database_size_bytes bigint, postgres_version text, schema_version integer, schema_migration text, crewlog_version text, jobs_queued bigint, jobs_running bigint, jobs_failed bigint, oldest_queued_at timestamp with time zone, active_users bigint, live_sessions bigint, open_admin_alerts bigint, checked_at timestamp with time zone)
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog'
    AS $$
declare
  at timestamptz := app.clock_now();
begin
  perform app.require_admin('read the system status');
  database_size_bytes := pg_database_size(current_database());
  postgres_version := current_setting('server_version');
  crewlog_version := nullif(current_setting('app.settings.crewlog_version', true), '');
  if to_regclass('crewlog_migrations.applied') is not null then
    select a.version, a.name into schema_version, schema_migration
      from crewlog_migrations.applied a order by a.version desc limit 1;
  end if;
  -- Jobs enqueued before a worker installed the queue wait in app.pending_jobs.
  select count(*), min(p.created_at) into jobs_queued, oldest_queued_at from app.pending_jobs p;
  jobs_running := 0;
  jobs_failed := 0;
  if to_regnamespace('graphile_worker') is not null then
    select jobs_queued + count(*) filter (where j.locked_at is null and j.attempts < j.max_attempts),
           count(*) filter (where j.locked_at is not null),
           count(*) filter (where j.attempts >= j.max_attempts),
           least(oldest_queued_at, min(j.run_at) filter (where j.locked_at is null and j.attempts < j.max_attempts))
      into jobs_queued, jobs_running, jobs_failed, oldest_queued_at
      from graphile_worker.jobs j;
  end if;
  select count(*) into active_users from app.users u where u.user_is_active;
  select count(*) into live_sessions from app.user_sessions s
   where app.session_is_live(s.is_active, s.revoked_at, s.expires_at, s.last_accessed_at, at);
  select count(*) into open_admin_alerts from app.alerts a
   where a.resolved_at is null and a.alert_type in ('security', 'system');
  checked_at := at;
  return next;
end
$$;

--
-- Name: ticket_entries_write(); Type: FUNCTION; Schema: api; Owner: -
--

CREATE FUNCTION api.ticket_entries_write() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
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

--
-- Name: ticket_misc_entries_write(); Type: FUNCTION; Schema: api; Owner: -
--

CREATE FUNCTION api.ticket_misc_entries_write() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
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

--
-- Name: timezones(); Type: FUNCTION; Schema: api; Owner: -
--

CREATE FUNCTION api.timezones() RETURNS TABLE(name text, utc_offset interval)
    LANGUAGE sql STABLE
    AS $$
  select name, utc_offset from pg_timezone_names where name !~ '^(posix|right)/' order by name
$$;

--
-- Name: users_update(); Type: FUNCTION; Schema: api; Owner: -
--

CREATE FUNCTION api.users_update() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
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

--
-- Name: alert_push_candidates(bigint); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.alert_push_candidates(target_alert_id bigint) RETURNS TABLE(user_id bigint)
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog'
    AS $$
  select distinct u.user_id
    from app.alerts a
    join app.users u on u.user_is_active
     and coalesce((u.user_preferred_enable_alerts ->> a.alert_type)::boolean, false)
    join app.push_subscriptions s on s.user_id = u.user_id
   where a.alert_id = target_alert_id
$$;

--
-- Name: alias_is_valid(text); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.alias_is_valid(alias text) RETURNS boolean
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $_$ select alias ~ '^[A-Za-z0-9][A-Za-z0-9._-]{1,31}$' $_$;

--
-- Name: audit(); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.audit() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog'
    AS $$
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

--
-- Name: auth_change_password(text); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.auth_change_password(new_password_hash text) RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog'
    AS $$
declare
  uid bigint := app.current_user_id();
  others uuid[];
begin
  if uid is null then
    raise exception 'sign in first' using errcode = '42501';
  end if;
  update app.users u set password_hash = new_password_hash where u.user_id = uid;
  select array_agg(s.session_id) into others from app.user_sessions s
   where s.user_id = uid and s.revoked_at is null
     and s.session_id is distinct from app.current_session_id();
  perform app.record_history('users', uid::text, 'password_change', '{}');
  return coalesce(app.end_sessions(others, 'password_change'), 0);
end
$$;

--
-- Name: auth_end_session(bytea); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.auth_end_session(token_hash bytea) RETURNS uuid
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog'
    AS $$
declare
  sid uuid;
begin
  select s.session_id into sid from app.user_sessions s
   where s.token_hash = auth_end_session.token_hash and s.revoked_at is null;
  if found then
    perform app.end_sessions(array[sid], 'logout');
  end if;
  return sid;
end
$$;

--
-- Name: auth_issue_password_reset(text, bytea, interval); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.auth_issue_password_reset(email text, token_hash bytea, token_ttl interval) RETURNS jsonb
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog'
    AS $$
declare
  uid bigint;
begin
  select u.user_id into uid from app.users u
   where u.email_hash = app.email_hash(email) and u.user_is_active;
  if not found then
    return '{}';
  end if;
  insert into app.password_reset_tokens (user_id, token_hash, expires_at)
  values (uid, auth_issue_password_reset.token_hash, app.clock_now() + token_ttl);
  perform app.record_history('users', uid::text, 'password_reset_request', '{}');
  return jsonb_build_object('user_id', uid);
end
$$;

--
-- Name: auth_login_lookup(text, text); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.auth_login_lookup(email text, ip_address text) RETURNS jsonb
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog'
    AS $$
  select jsonb_build_object('lock', api.check_failed_logins(email, ip_address),
    'user_id', u.user_id, 'password_hash', u.password_hash, 'is_active', u.user_is_active)
  from (select) one
  left join app.users u on u.email_hash = app.email_hash(email)
$$;

--
-- Name: auth_own_password_hash(); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.auth_own_password_hash() RETURNS text
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog'
    AS $$ select u.password_hash from app.users u where u.user_id = app.current_user_id() $$;

--
-- Name: auth_record_failed_login(text, text, bigint, boolean); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.auth_record_failed_login(email text, ip_address text, user_id bigint, blocked boolean) RETURNS jsonb
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog'
    AS $$
declare
  hash bytea := app.email_hash(email);
  ip inet := nullif(ip_address, '')::inet;
  before jsonb;
  after jsonb;
  attempt bigint;
begin
  -- Serialise failures per email, then per address, so one lock raises one alert.
  perform pg_advisory_xact_lock(1, hashtext(encode(hash, 'hex')));
  perform pg_advisory_xact_lock(2, hashtext(coalesce(host(ip), '')));
  before := api.check_failed_logins(email, ip_address);
  insert into app.login_attempts (email_hash, ip_address, attempted_at, succeeded, was_blocked)
  values (hash, ip, app.clock_now(), false, blocked)
  returning attempt_id into attempt;
  perform app.record_history('login_attempts', attempt::text, 'failed_login', jsonb_build_object(
    'user_id', auth_record_failed_login.user_id, 'ip_address', host(ip), 'blocked', blocked));
  after := api.check_failed_logins(email, ip_address);
  if (after ->> 'email_locked')::boolean and not (before ->> 'email_locked')::boolean then
    perform app.raise_login_lock_alert('email', email, ip, auth_record_failed_login.user_id, attempt, after);
  end if;
  if (after ->> 'ip_locked')::boolean and not (before ->> 'ip_locked')::boolean then
    perform app.raise_login_lock_alert('ip', email, ip, auth_record_failed_login.user_id, attempt, after);
  end if;
  return after;
end
$$;

--
-- Name: auth_refresh_session(bytea, bytea); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.auth_refresh_session(token_hash bytea, new_token_hash bytea) RETURNS jsonb
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog'
    AS $$
declare
  at timestamptz := app.clock_now();
  s app.user_sessions;
  reused_session uuid;
begin
  select * into s from app.user_sessions u where u.token_hash = auth_refresh_session.token_hash for update;
  if found then
    if not app.session_is_live(s.is_active, s.revoked_at, s.expires_at, s.last_accessed_at, at)
       or not exists (select from app.users u where u.user_id = s.user_id and u.user_is_active) then
      update app.user_sessions u set is_active = false where u.session_id = s.session_id and u.is_active;
      return jsonb_build_object('status', 'expired');
    end if;
    insert into app.retired_refresh_tokens (token_hash, session_id, retired_at)
    values (auth_refresh_session.token_hash, s.session_id, at);
    update app.user_sessions u set token_hash = new_token_hash, last_accessed_at = at
     where u.session_id = s.session_id;
    return jsonb_build_object('status', 'ok', 'session_id', s.session_id, 'user_id', s.user_id);
  end if;
  select r.session_id into reused_session from app.retired_refresh_tokens r
   where r.token_hash = auth_refresh_session.token_hash;
  if found then
    perform app.end_sessions(array[reused_session], 'refresh_token_reuse');
    return jsonb_build_object('status', 'reused', 'session_id', reused_session);
  end if;
  return jsonb_build_object('status', 'invalid');
end
$$;

--
-- Name: auth_register(text, text, text, text, bytea, interval); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.auth_register(name text, alias text, email text, password_hash text, verification_token_hash bytea, token_ttl interval) RETURNS jsonb
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog'
    AS $$
declare
  uid bigint;
  conflicts jsonb := app.auth_registration_conflicts(email, alias);
  violated text;
begin
  if conflicts <> '{}' then
    return jsonb_build_object('errors', conflicts);
  end if;
  begin
    insert into app.users (name_enc, alias, email_enc, email_hash, password_hash,
      terms_version_agreed, terms_agreed_at)
    values (app.encrypt(trim(name)), alias, app.encrypt(lower(trim(email))), app.email_hash(email),
      auth_register.password_hash,
      (select s.setting_value #>> '{}' from app.site_settings s where s.setting_key = 'terms_version'),
      app.clock_now())
    returning user_id into uid;
  exception when unique_violation then
    get stacked diagnostics violated = constraint_name;
    return jsonb_build_object('errors', case when violated = 'users_alias_key'
      then '{"alias": "alias_taken"}'::jsonb else '{"email": "email_taken"}'::jsonb end);
  end;
  insert into app.email_verification_tokens (user_id, token_hash, expires_at)
  values (uid, verification_token_hash, app.clock_now() + token_ttl);
  perform app.record_history('users', uid::text, 'register', '{}');
  return jsonb_build_object('user_id', uid);
end
$$;

--
-- Name: auth_registration_conflicts(text, text); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.auth_registration_conflicts(email text, alias text) RETURNS jsonb
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog'
    AS $$
  select jsonb_strip_nulls(jsonb_build_object(
    'email', case when nullif(trim(email), '') is not null and exists (
      select from app.users u where u.email_hash = app.email_hash(email)) then 'email_taken' end,
    'alias', case
      when nullif(alias, '') is null then null
      when not app.alias_is_valid(alias) then 'alias_invalid'
      when exists (select from app.users u where lower(u.alias) = lower(auth_registration_conflicts.alias))
        then 'alias_taken' end))
$$;

--
-- Name: auth_reset_password(bytea, text); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.auth_reset_password(token_hash bytea, new_password_hash text) RETURNS text
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog'
    AS $$
declare
  t app.password_reset_tokens;
  sessions uuid[];
begin
  select * into t from app.password_reset_tokens r
   where r.token_hash = auth_reset_password.token_hash and r.used_at is null for update;
  if not found then
    return 'invalid';
  end if;
  if t.expires_at <= app.clock_now() then
    return 'expired';
  end if;
  update app.password_reset_tokens r set used_at = app.clock_now() where r.token_id = t.token_id;
  update app.users u set password_hash = new_password_hash where u.user_id = t.user_id;
  select array_agg(s.session_id) into sessions from app.user_sessions s
   where s.user_id = t.user_id and s.revoked_at is null;
  perform app.end_sessions(sessions, 'password_reset');
  perform app.record_history('users', t.user_id::text, 'password_reset', '{}');
  return 'reset';
end
$$;

--
-- Name: auth_start_session(bigint, text, text, text, bytea); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.auth_start_session(user_id bigint, email text, ip_address text, device_info text, token_hash bytea) RETURNS jsonb
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog'
    AS $$
declare
  at timestamptz := app.clock_now();
  uid bigint := auth_start_session.user_id;
  sid uuid;
  surplus uuid[];
begin
  -- One login of a user at a time, so two concurrent logins cannot both keep 3 others.
  perform pg_advisory_xact_lock(3, hashtext(uid::text));
  insert into app.login_attempts (email_hash, ip_address, attempted_at, succeeded)
  values (app.email_hash(email), nullif(ip_address, '')::inet, at, true);
  update app.user_sessions s set is_active = false
   where s.user_id = uid and s.is_active and not app.session_is_live(s.is_active, s.revoked_at, s.expires_at, s.last_accessed_at, at);
  insert into app.user_sessions (user_id, token_hash, device_info, ip_address, issued_at,
    expires_at, last_accessed_at, is_active)
  values (uid, auth_start_session.token_hash, left(auth_start_session.device_info, 512),
    nullif(ip_address, '')::inet, at, at + interval '30 days', at, true)
  returning session_id into sid;
  select array_agg(s.session_id) into surplus from (
    select s.session_id from app.user_sessions s
     where s.user_id = uid and s.is_active and s.revoked_at is null
     order by s.issued_at desc, s.last_accessed_at desc
     offset app.max_active_sessions()) s;
  if surplus is not null then
    perform app.end_sessions(surplus, 'session_limit');
  end if;
  perform app.record_history('users', uid::text, 'login', jsonb_build_object(
    'session_id', sid, 'ip_address', nullif(ip_address, ''), 'device_info', device_info));
  return jsonb_build_object('session_id', sid, 'user_id', uid,
    'revoked_session_ids', coalesce(to_jsonb(surplus), '[]'));
end
$$;

--
-- Name: auth_verify_email(bytea); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.auth_verify_email(token_hash bytea) RETURNS text
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog'
    AS $$
declare
  t app.email_verification_tokens;
begin
  select * into t from app.email_verification_tokens v
   where v.token_hash = auth_verify_email.token_hash and v.used_at is null for update;
  if not found then
    return 'invalid';
  end if;
  if t.expires_at <= app.clock_now() then
    return 'expired';
  end if;
  update app.email_verification_tokens v set used_at = app.clock_now() where v.token_id = t.token_id;
  update app.users u set user_is_email_verified = true where u.user_id = t.user_id;
  perform app.record_history('users', t.user_id::text, 'email_verified', '{}');
  return 'verified';
end
$$;

--
-- Name: can_moderate(bigint); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.can_moderate(owner_id bigint) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog'
    AS $$
  select owner_id = app.current_user_id()
    or (app.is_admin() and app.role_of(owner_id) <> 'admin')
    or (app.is_manager() and app.role_of(owner_id) = 'field')
$$;

--
-- Name: alerts; Type: TABLE; Schema: app; Owner: -
--

CREATE TABLE app.alerts (
    alert_id bigint NOT NULL,
    alert_type text NOT NULL,
    severity text DEFAULT 'info'::text NOT NULL,
    title text NOT NULL,
    message_enc bytea,
    source_table text,
    source_id bigint,
    subject_user_id bigint,
    created_by bigint DEFAULT app.current_user_id(),
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    resolved_at timestamp with time zone,
    resolved_by bigint,
    escalated_at timestamp with time zone,
    CONSTRAINT alerts_alert_type_check CHECK ((alert_type = ANY (ARRAY['security'::text, 'system'::text, 'job'::text, 'site'::text]))),
    CONSTRAINT alerts_resolver_needs_time CHECK (((resolved_by IS NULL) OR (resolved_at IS NOT NULL))),
    CONSTRAINT alerts_severity_check CHECK ((severity = ANY (ARRAY['info'::text, 'warning'::text, 'critical'::text]))),
    CONSTRAINT alerts_title_check CHECK (((length(TRIM(BOTH FROM title)) >= 1) AND (length(TRIM(BOTH FROM title)) <= 200)))
);

ALTER TABLE ONLY app.alerts FORCE ROW LEVEL SECURITY;

--
-- Name: can_resolve_alert(app.alerts); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.can_resolve_alert(a app.alerts) RETURNS boolean
    LANGUAGE sql STABLE
    AS $$
  select case a.alert_type when 'job' then app.is_manager() else app.is_admin() end
$$;

--
-- Name: can_see_alert(app.alerts); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.can_see_alert(a app.alerts) RETURNS boolean
    LANGUAGE sql STABLE
    AS $$
  select case a.alert_type
    when 'site' then true
    when 'job' then a.subject_user_id = app.current_user_id() or app.is_manager()
    else app.is_admin()
  end
$$;

--
-- Name: check_entry_device(); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.check_entry_device() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog'
    AS $$
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

--
-- Name: check_entry_ticket(); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.check_entry_ticket() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog'
    AS $$
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

--
-- Name: checked_deletion_reason(text); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.checked_deletion_reason(reason text) RETURNS text
    LANGUAGE plpgsql IMMUTABLE
    AS $$
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

--
-- Name: claims(); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.claims() RETURNS jsonb
    LANGUAGE sql STABLE PARALLEL SAFE
    AS $$
  select coalesce(nullif(current_setting('request.jwt.claims', true), ''), '{}')::jsonb
$$;

--
-- Name: clock_now(); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.clock_now() RETURNS timestamp with time zone
    LANGUAGE sql STABLE PARALLEL SAFE
    AS $$
  select coalesce(nullif(current_setting('app.settings.clock_now', true), '')::timestamptz, now())
$$;

--
-- Name: current_session_id(); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.current_session_id() RETURNS uuid
    LANGUAGE sql STABLE PARALLEL SAFE
    AS $_$
  select case
    when app.claims() ->> 'sid' ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'
    then (app.claims() ->> 'sid')::uuid
  end
$_$;

--
-- Name: decrypt_bytes(bytea); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.decrypt_bytes(cipher bytea) RETURNS bytea
    LANGUAGE sql STABLE PARALLEL SAFE
    AS $$
  select extensions.pgp_sym_decrypt_bytea(cipher, app.encryption_key())
$$;

--
-- Name: drop_push_of_ended_session(); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.drop_push_of_ended_session() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog'
    AS $$
begin
  if not new.is_active or new.revoked_at is not null then
    delete from app.push_subscriptions where session_id = new.session_id;
  end if;
  return null;
end
$$;

--
-- Name: email_hash(text); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.email_hash(email text) RETURNS bytea
    LANGUAGE sql STABLE PARALLEL SAFE
    AS $$
  select extensions.hmac(lower(trim(email)), app.encryption_key(), 'sha256')
$$;

--
-- Name: encrypt(text); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.encrypt(plain text) RETURNS bytea
    LANGUAGE sql PARALLEL SAFE
    AS $$
  select case when plain is null then null else
    extensions.pgp_sym_encrypt(plain, app.encryption_key(), 'cipher-algo=aes256, s2k-mode=1, compress-algo=0')
  end
$$;

--
-- Name: encrypt_bytes(bytea); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.encrypt_bytes(plain bytea) RETURNS bytea
    LANGUAGE sql PARALLEL SAFE
    AS $$
  select extensions.pgp_sym_encrypt_bytea(plain, app.encryption_key(), 'cipher-algo=aes256, s2k-mode=1, compress-algo=0')
$$;

--
-- Name: encryption_key(); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.encryption_key() RETURNS text
    LANGUAGE plpgsql STABLE PARALLEL SAFE
    AS $$
declare
  key text := current_setting('app.settings.encryption_key', true);
begin
  if key is null or key = '' then
    raise exception 'encryption key is not set for this transaction'
      using errcode = '28000', hint = 'the server sets app.settings.encryption_key';
  end if;
  return key;
end
$$;

--
-- Name: end_sessions(uuid[], text); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.end_sessions(session_ids uuid[], reason text) RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog'
    AS $$
declare
  ended integer;
begin
  perform set_config('app.auth.revoke_reason', reason, true);
  update app.user_sessions s set is_active = false, revoked_at = app.clock_now()
   where s.session_id = any (session_ids) and s.revoked_at is null;
  get diagnostics ended = row_count;
  perform set_config('app.auth.revoke_reason', '', true);
  return ended;
end
$$;

--
-- Name: enqueue_alert_jobs(); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.enqueue_alert_jobs() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog'
    AS $$
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

--
-- Name: enqueue_import_parse(); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.enqueue_import_parse() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog'
    AS $$
begin
  perform app.enqueue_job('parse_import', jsonb_build_object('import_id', new.import_id));
  return null;
end
$$;

--
-- Name: enqueue_job(text, jsonb, text); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.enqueue_job(task_identifier text, payload jsonb, job_key text DEFAULT NULL::text) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog'
    AS $_$
begin
  if to_regnamespace('graphile_worker') is null then
    insert into app.pending_jobs (task_identifier, payload, job_key) values ($1, $2, $3);
  else
    perform graphile_worker.add_job($1, $2::json, job_key => $3);
  end if;
end
$_$;

--
-- Name: enqueue_notification_jobs(); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.enqueue_notification_jobs() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog'
    AS $$
begin
  perform app.enqueue_job('fan_out_notification', jsonb_build_object('notification_id', new.notification_id));
  perform app.enqueue_job('send_notification_emails', jsonb_build_object('notification_id', new.notification_id));
  return null;
end
$$;

--
-- Name: enqueue_push_jobs(); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.enqueue_push_jobs() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog'
    AS $$
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

--
-- Name: entry_attention(app.ticket_entries); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.entry_attention(e app.ticket_entries) RETURNS text[]
    LANGUAGE sql IMMUTABLE
    AS $$
  select array_remove(array[
    case when nullif(trim(e.job_materials_needed), '') is not null then 'materials needed' end,
    case when nullif(trim(e.job_access_needed), '') is not null then 'access needed' end,
    case when nullif(trim(e.job_programming_changes), '') is not null then 'programming changes' end,
    case when e.job_followup_required then 'follow-up required' end
  ], null)
$$;

--
-- Name: entry_history_rows(bigint); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.entry_history_rows(target_entry_id bigint) RETURNS TABLE(history_id bigint, table_name text, action text, user_id bigint, changes jsonb, created_at timestamp with time zone)
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog'
    AS $$
  select h.history_id, h.table_name, h.action, h.user_id, h.changes, h.created_at
    from app.history h
   where (h.table_name = 'ticket_entries' and h.record_id = target_entry_id::text)
      or (h.table_name = 'entry_devices' and h.record_id like target_entry_id::text || ',%')
   order by h.history_id desc
$$;

--
-- Name: escalate_alert(bigint); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.escalate_alert(target_alert_id bigint) RETURNS boolean
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog'
    AS $$
declare
  a app.alerts;
  audience text;
begin
  update app.alerts set escalated_at = now()
   where alert_id = target_alert_id and escalated_at is null and resolved_at is null
     and alert_type in ('job', 'security', 'system')
  returning * into a;
  if not found then
    return false;
  end if;
  audience := case a.alert_type when 'job' then 'manager' else 'admin' end;
  insert into app.notifications (sender_id, recipient_group_id, title, message_enc)
  select null, g.group_id, left('Alert needs attention: ' || a.title, 200),
         app.encrypt(format('%s alert %s (%s) raised %s is unresolved.',
           initcap(a.alert_type), a.alert_id, a.severity, to_char(a.created_at, 'YYYY-MM-DD HH24:MI TZ')))
    from app.groups g
   where g.is_role_group and g.group_name = audience;
  return true;
end
$$;

--
-- Name: escalate_stale_alerts(interval); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.escalate_stale_alerts(job_after interval DEFAULT '24:00:00'::interval) RETURNS integer
    LANGUAGE sql SECURITY DEFINER
    SET search_path TO 'pg_catalog'
    AS $$
  select count(*)::integer from (
    select app.escalate_alert(a.alert_id) as done
      from app.alerts a
     where a.resolved_at is null and a.escalated_at is null
       and ((a.alert_type = 'job' and a.created_at < now() - job_after)
            or (a.alert_type in ('security', 'system') and a.created_at < now() - interval '5 minutes'))
     order by a.alert_id) s
   where s.done
$$;

--
-- Name: expire_idle_sessions(interval); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.expire_idle_sessions(idle interval DEFAULT '24:00:00'::interval) RETURNS integer
    LANGUAGE sql SECURITY DEFINER
    SET search_path TO 'pg_catalog'
    AS $$
  with ended as (
    update app.user_sessions set is_active = false, revoked_at = now()
     where is_active and revoked_at is null
       and (last_accessed_at < now() - idle or expires_at < now())
    returning 1)
  select count(*)::integer from ended
$$;

--
-- Name: fan_out_notification(bigint); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.fan_out_notification(target_notification_id bigint) RETURNS integer
    LANGUAGE sql SECURITY DEFINER
    SET search_path TO 'pg_catalog'
    AS $$
  with inserted as (
    insert into app.notification_receipts (notification_id, user_id)
    select target_notification_id, r.user_id from app.notification_recipients(target_notification_id) r
    on conflict (notification_id, user_id) do nothing
    returning 1)
  select count(*)::integer from inserted
$$;

--
-- Name: flag_entry_changed(); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.flag_entry_changed() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
begin
  if old.created_at <> now()
     and (to_jsonb(new) - array['updated_at', 'deleted_at', 'deleted_by', 'job_changed_flag'])
         is distinct from (to_jsonb(old) - array['updated_at', 'deleted_at', 'deleted_by', 'job_changed_flag']) then
    new.job_changed_flag := true;
  end if;
  return new;
end
$$;

--
-- Name: flag_entry_devices_changed(); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.flag_entry_devices_changed() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog'
    AS $$
begin
  update app.ticket_entries e set job_changed_flag = true
   where e.entry_id = coalesce(new.entry_id, old.entry_id)
     and e.created_at <> now() and not e.job_changed_flag;
  return null;
end
$$;

--
-- Name: flush_pending_jobs(); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.flush_pending_jobs() RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog'
    AS $$
declare
  moved integer := 0;
  j record;
begin
  for j in delete from app.pending_jobs returning * loop
    perform graphile_worker.add_job(j.task_identifier, j.payload::json, job_key => j.job_key);
    moved := moved + 1;
  end loop;
  return moved;
end
$$;

--
-- Name: guard_admin_lockout(); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.guard_admin_lockout() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
begin
  if current_user not in ('anon', 'authenticated') then
    return new; -- the server's own maintenance (migrations, CLI) is trusted
  end if;
  if not (old.user_is_admin and old.user_is_active)
     or (new.user_is_admin and new.user_is_active) then
    return new; -- nobody stops being an active administrator here
  end if;
  if old.user_id = app.current_user_id() then
    raise exception 'you cannot deactivate or demote your own administrator account'
      using errcode = 'PT409', hint = 'ask another administrator to do it';
  end if;
  -- Two admins demoting each other at once would each still see the other: one waits here,
  -- then counts again with the first one's change committed.
  perform pg_advisory_xact_lock(hashtext('crewlog.active_admins'));
  if not exists (select from app.users u
                  where u.user_is_admin and u.user_is_active and u.user_id <> old.user_id) then
    raise exception 'Crewlog needs at least one active administrator'
      using errcode = 'PT409', hint = 'make someone else an administrator first';
  end if;
  return new;
end
$$;

--
-- Name: guard_alert_update(); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.guard_alert_update() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
begin
  if current_user not in ('anon', 'authenticated') then
    return new;
  end if;
  if (to_jsonb(new) - array['resolved_at', 'resolved_by']) is distinct from (to_jsonb(old) - array['resolved_at', 'resolved_by']) then
    raise exception 'an alert can only be resolved or reopened' using errcode = '42501';
  end if;
  new.resolved_by := case when new.resolved_at is null then null else app.current_user_id() end;
  return new;
end
$$;

--
-- Name: guard_owned_update(); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.guard_owned_update() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
declare
  owner_column text := tg_argv[0];
  owner_id bigint := (to_jsonb(old) ->> owner_column)::bigint;
  ignored text[] := array['deleted_at', 'deleted_by', 'updated_at'];
begin
  if current_user not in ('anon', 'authenticated') then
    return new;
  end if;
  if (to_jsonb(new) ->> owner_column)::bigint is distinct from owner_id then
    raise exception 'the owner of a row cannot change' using errcode = '42501';
  end if;
  if owner_id <> app.current_user_id()
     and (to_jsonb(new) - ignored) is distinct from (to_jsonb(old) - ignored) then
    raise exception 'you may not edit another person''s content' using errcode = '42501';
  end if;
  if new.deleted_at is distinct from old.deleted_at then
    new.deleted_by := case when new.deleted_at is null then null else app.current_user_id() end;
  end if;
  return new;
end
$$;

--
-- Name: guard_user_update(); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.guard_user_update() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
declare
  me bigint := app.current_user_id();
  role_changed boolean := (new.user_is_admin, new.user_is_manager, new.user_is_active)
    is distinct from (old.user_is_admin, old.user_is_manager, old.user_is_active);
begin
  if current_user not in ('anon', 'authenticated') then
    return new; -- the server's own maintenance (migrations, CLI) is trusted
  end if;
  if new.user_id <> old.user_id or new.user_uuid <> old.user_uuid or new.created_at <> old.created_at then
    raise exception 'user ids cannot change' using errcode = '42501';
  end if;
  if role_changed and not app.is_admin() then
    raise exception 'only an administrator may change roles or activation' using errcode = '42501';
  end if;
  if old.user_id <> me and (to_jsonb(new) - array['user_is_admin', 'user_is_manager', 'user_is_active', 'updated_at'])
       is distinct from (to_jsonb(old) - array['user_is_admin', 'user_is_manager', 'user_is_active', 'updated_at']) then
    raise exception 'you may not edit another person''s profile' using errcode = '42501';
  end if;
  if old.user_id = me and old.user_is_admin and not new.user_is_admin then
    raise exception 'an administrator cannot remove their own administrator role' using errcode = '42501';
  end if;
  return new;
end
$$;

--
-- Name: is_admin(); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.is_admin() RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog'
    AS $$
  select coalesce((select u.user_is_admin from app.users u
                   where u.user_id = app.current_user_id() and u.user_is_active), false)
$$;

--
-- Name: is_entry_photo_file(bigint); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.is_entry_photo_file(file_id bigint) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog'
    AS $_$
  select exists (select from app.entry_photos p
                 where p.file_id = $1 or p.thumbnail_file_id = $1)
$_$;

--
-- Name: is_manager(); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.is_manager() RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog'
    AS $$
  select coalesce((select u.user_is_manager or u.user_is_admin from app.users u
                   where u.user_id = app.current_user_id() and u.user_is_active), false)
$$;

--
-- Name: is_notification_recipient(app.notifications); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.is_notification_recipient(n app.notifications) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog'
    AS $$
  select n.is_site_wide
    or n.recipient_user_id = app.current_user_id()
    or exists (select from app.user_groups ug
               where ug.group_id = n.recipient_group_id and ug.user_id = app.current_user_id())
$$;

--
-- Name: max_active_sessions(); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.max_active_sessions() RETURNS integer
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ select 3 $$;

--
-- Name: minutes_between(time without time zone, time without time zone); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.minutes_between(start_time time without time zone, end_time time without time zone) RETURNS integer
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$
  select case when start_time is null or end_time is null then 0
              else (extract(epoch from end_time - start_time) / 60)::integer end
$$;

--
-- Name: next_terms_version(text, timestamp with time zone); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.next_terms_version(current_version text, at timestamp with time zone) RETURNS text
    LANGUAGE sql IMMUTABLE
    AS $_$
  select case
    when current_version ~ '^[0-9]{1,9}$' then (current_version::integer + 1)::text
    else to_char(at at time zone 'UTC', 'YYYYMMDD"T"HH24MISS')
  end
$_$;

--
-- Name: notification_emails(bigint); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.notification_emails(target_notification_id bigint) RETURNS TABLE(user_id bigint, email text, title text, message text)
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog'
    AS $$
  select u.user_id, app.decrypt(u.email_enc), n.title, app.decrypt(n.message_enc)
    from app.notification_recipients(target_notification_id) r
    join app.users u on u.user_id = r.user_id
    join app.notifications n on n.notification_id = target_notification_id
   where coalesce((u.user_preferred_enable_notifications ->> 'email')::boolean, false)
$$;

--
-- Name: notification_push_targets(bigint); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.notification_push_targets(target_notification_id bigint) RETURNS TABLE(subscription_id bigint, endpoint text, p256dh text, auth text, title text, message text)
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog'
    AS $$
  select s.subscription_id, s.endpoint, s.p256dh, s.auth, n.title, app.decrypt(n.message_enc)
    from app.notification_recipients(target_notification_id) r
    join app.users u on u.user_id = r.user_id
    join app.push_subscriptions s on s.user_id = r.user_id
    join app.notifications n on n.notification_id = target_notification_id
   where coalesce((u.user_preferred_enable_notifications ->> 'push')::boolean, true)
$$;

--
-- Name: notification_recipients(bigint); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.notification_recipients(target_notification_id bigint) RETURNS TABLE(user_id bigint)
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog'
    AS $$
  select u.user_id
    from app.notifications n
    join app.users u on u.user_is_active and (
         n.is_site_wide
      or u.user_id = n.recipient_user_id
      or exists (select from app.user_groups ug
                  where ug.group_id = n.recipient_group_id and ug.user_id = u.user_id))
   where n.notification_id = target_notification_id
$$;

--
-- Name: notify_change(); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.notify_change() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog'
    AS $$
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

--
-- Name: purge_login_attempts(interval); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.purge_login_attempts(older_than interval DEFAULT '30 days'::interval) RETURNS integer
    LANGUAGE sql SECURITY DEFINER
    SET search_path TO 'pg_catalog'
    AS $$
  with purged as (delete from app.login_attempts where attempted_at < now() - older_than returning 1)
  select count(*)::integer from purged
$$;

--
-- Name: purge_unconfirmed_imports(interval); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.purge_unconfirmed_imports(older_than interval) RETURNS integer
    LANGUAGE sql SECURITY DEFINER
    SET search_path TO 'pg_catalog'
    AS $$
  with gone as (
    delete from app.import_batches
     where confirmed_at is null and created_at < now() - older_than
    returning log_ids
  ), closed as (
    update app.import_export_logs l
       set status = 'failed', error = 'not confirmed in time', finished_at = now()
     where l.status = 'pending' and l.log_id in (select unnest(g.log_ids) from gone g)
    returning 1
  )
  select count(*)::integer from gone
$$;

--
-- Name: push_targets_of(bigint); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.push_targets_of(target_user_id bigint) RETURNS TABLE(subscription_id bigint, endpoint text, p256dh text, auth text)
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog'
    AS $$
  select s.subscription_id, s.endpoint, s.p256dh, s.auth
    from app.push_subscriptions s where s.user_id = target_user_id
$$;

--
-- Name: raise_job_failure_alert(text, bigint, text); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.raise_job_failure_alert(task_identifier text, job_id bigint, error text) RETURNS void
    LANGUAGE sql SECURITY DEFINER
    SET search_path TO 'pg_catalog'
    AS $$
  insert into app.alerts (alert_type, severity, title, message_enc, source_table, source_id, created_by)
  select 'system', 'critical', left('Background job failed: ' || task_identifier, 200),
         app.encrypt(left(coalesce(error, 'unknown error'), 2000)), 'graphile_worker.jobs', job_id, null
   where not exists (select from app.alerts a
                      where a.source_table = 'graphile_worker.jobs' and a.source_id = job_id
                        and a.resolved_at is null)
$$;

--
-- Name: raise_login_lock_alert(text, text, inet, bigint, bigint, jsonb); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.raise_login_lock_alert(scope text, email text, ip inet, subject bigint, attempt bigint, lock jsonb) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog'
    AS $$
begin
  insert into app.alerts (alert_type, severity, title, message_enc, source_table, source_id,
    subject_user_id, created_by)
  values ('security', 'warning',
    case scope when 'email' then 'Sign-ins locked for an account' else 'Sign-ins locked for an IP address' end,
    app.encrypt(format('Too many failed sign-ins in 5 minutes for %s from %s; locked for %s seconds.',
      lower(trim(email)), coalesce(host(ip), 'an unknown address'), lock ->> 'retry_after_seconds')),
    'login_attempts', attempt, subject, null);
  perform app.record_history('login_attempts', attempt::text, 'lock', jsonb_build_object(
    'scope', scope, 'user_id', subject, 'ip_address', host(ip),
    'retry_after_seconds', lock -> 'retry_after_seconds'));
end
$$;

--
-- Name: record_history(text, text, text, jsonb); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.record_history(table_name text, record_id text, action text, changes jsonb) RETURNS void
    LANGUAGE sql SECURITY DEFINER
    SET search_path TO 'pg_catalog'
    AS $$
  insert into app.history (table_name, record_id, action, user_id, changes)
  values (table_name, record_id, action, app.current_user_id(), coalesce(changes, '{}'))
$$;

--
-- Name: record_session_end(); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.record_session_end() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog'
    AS $$
declare
  reason text := nullif(current_setting('app.auth.revoke_reason', true), '');
  is_logout boolean := coalesce(reason = 'logout', new.session_id = app.current_session_id());
begin
  if old.revoked_at is null and new.revoked_at is not null then
    perform app.record_history('user_sessions', new.session_id::text,
      case when is_logout then 'logout' else 'revoke' end,
      jsonb_build_object('user_id', new.user_id, 'reason',
        coalesce(reason, case when is_logout then 'logout' else 'revoked_by_user' end)));
  end if;
  return null;
end
$$;

--
-- Name: redact_value(text, jsonb); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.redact_value(column_name text, value jsonb) RETURNS jsonb
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$
  select case
    when value is null or value = 'null'::jsonb then value
    when column_name like '%\_enc' or column_name in ('password_hash', 'token_hash', 'email_hash')
      then '"[encrypted]"'::jsonb
    else value
  end
$$;

--
-- Name: refuse_history_change(); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.refuse_history_change() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
begin
  raise exception 'history is append-only' using errcode = '42501';
end
$$;

--
-- Name: require_admin(text); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.require_admin(action text) RETURNS void
    LANGUAGE plpgsql STABLE
    AS $$
begin
  if not app.is_admin() then
    raise exception 'only an administrator may %', action using errcode = '42501';
  end if;
end
$$;

--
-- Name: revoke_sessions_of(bigint); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.revoke_sessions_of(target_user_id bigint) RETURNS integer
    LANGUAGE plpgsql
    AS $$
declare
  ended integer;
begin
  perform set_config('app.auth.revoke_reason', 'revoked_by_admin', true);
  update app.user_sessions s set is_active = false, revoked_at = app.clock_now()
   where s.user_id = target_user_id and s.revoked_at is null
     and s.session_id is distinct from app.current_session_id();
  get diagnostics ended = row_count;
  perform set_config('app.auth.revoke_reason', '', true);
  return ended;
end
$$;

--
-- Name: role_of(bigint); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.role_of(target_user_id bigint) RETURNS text
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog'
    AS $$
  select case when u.user_is_admin then 'admin' when u.user_is_manager then 'manager' else 'field' end
  from app.users u where u.user_id = target_user_id
$$;

--
-- Name: session_idle_timeout(); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.session_idle_timeout() RETURNS interval
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ select interval '24 hours' $$;

--
-- Name: session_is_live(boolean, timestamp with time zone, timestamp with time zone, timestamp with time zone, timestamp with time zone); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.session_is_live(is_active boolean, revoked_at timestamp with time zone, expires_at timestamp with time zone, last_accessed_at timestamp with time zone, at timestamp with time zone) RETURNS boolean
    LANGUAGE sql STABLE PARALLEL SAFE
    AS $$
  select is_active and revoked_at is null and expires_at > at
    and last_accessed_at > at - app.session_idle_timeout()
$$;

--
-- Name: stats_check_range(date, date); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.stats_check_range(date_from date, date_to date) RETURNS void
    LANGUAGE plpgsql IMMUTABLE
    AS $$
begin
  if date_to - date_from > 366 then
    raise exception 'a statistics range may span at most 366 days' using errcode = '22023';
  end if;
end
$$;

--
-- Name: stats_devices_changed(); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.stats_devices_changed() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog'
    AS $$
declare
  users bigint[];
  dates date[];
begin
  select array_agg(e.user_id), array_agg(e.job_date) into users, dates
    from app.ticket_entries e
   where e.entry_id in (
     select ed.entry_id from app.entry_devices ed
      where ed.device_id in (
        select n.device_id from old_rows o join new_rows n on n.device_id = o.device_id
         where n.device_type is distinct from o.device_type));
  if users is not null then
    perform app.stats_recount(users, dates);
  end if;
  return null;
end
$$;

--
-- Name: stats_entries_changed(); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.stats_entries_changed() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog'
    AS $$
declare
  users bigint[];
  dates date[];
begin
  if tg_op = 'INSERT' then
    select array_agg(n.user_id), array_agg(n.job_date) into users, dates from new_rows n;
  elsif tg_op = 'DELETE' then
    select array_agg(o.user_id), array_agg(o.job_date) into users, dates from old_rows o;
  else
    -- Only changes to what the statistics count; a new description moves no figure.
    select array_agg(k.u), array_agg(k.d) into users, dates
      from old_rows o join new_rows n on n.entry_id = o.entry_id
     cross join lateral (values (o.user_id, o.job_date), (n.user_id, n.job_date)) as k(u, d)
     where (o.user_id, o.job_date, o.job_start_time, o.job_end_time, o.ticket_id, o.deleted_at)
           is distinct from (n.user_id, n.job_date, n.job_start_time, n.job_end_time, n.ticket_id, n.deleted_at);
  end if;
  if users is not null then
    perform app.stats_recount(users, dates);
  end if;
  return null;
end
$$;

--
-- Name: stats_entry_devices_changed(); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.stats_entry_devices_changed() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog'
    AS $$
declare
  users bigint[];
  dates date[];
begin
  -- On a cascade from a hard-deleted entry the entry is gone already; its own trigger
  -- recounted that day.
  if tg_op = 'INSERT' then
    select array_agg(e.user_id), array_agg(e.job_date) into users, dates
      from app.ticket_entries e where e.entry_id in (select n.entry_id from new_rows n);
  elsif tg_op = 'DELETE' then
    select array_agg(e.user_id), array_agg(e.job_date) into users, dates
      from app.ticket_entries e where e.entry_id in (select o.entry_id from old_rows o);
  else
    select array_agg(e.user_id), array_agg(e.job_date) into users, dates
      from app.ticket_entries e
     where e.entry_id in (select n.entry_id from new_rows n union select o.entry_id from old_rows o);
  end if;
  if users is not null then
    perform app.stats_recount(users, dates);
  end if;
  return null;
end
$$;

--
-- Name: stats_rebuild(); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.stats_rebuild() RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog'
    AS $$
begin
  lock table app.stats_daily_hours, app.stats_daily_buildings, app.stats_daily_device_types in exclusive mode;
  truncate app.stats_daily_hours, app.stats_daily_buildings, app.stats_daily_device_types;
  insert into app.stats_daily_hours (work_date, user_id, entry_minutes, task_minutes)
  select w.d, w.u, sum(w.entry_minutes), sum(w.task_minutes)
    from (
      select e.job_date as d, e.user_id as u,
             app.minutes_between(e.job_start_time, e.job_end_time) as entry_minutes, 0 as task_minutes
        from app.ticket_entries e where e.deleted_at is null
      union all
      select m.misc_start_date, m.user_id, 0, app.minutes_between(m.misc_start_time, m.misc_end_time)
        from app.ticket_misc_entries m where m.deleted_at is null
    ) w
   where w.d is not null
   group by w.d, w.u;
  insert into app.stats_daily_buildings (work_date, user_id, building_id, entries, minutes)
  select e.job_date, e.user_id, t.building_id, count(*), sum(app.minutes_between(e.job_start_time, e.job_end_time))
    from app.ticket_entries e join app.tickets t on t.ticket_id = e.ticket_id
   where e.deleted_at is null and e.job_date is not null
   group by e.job_date, e.user_id, t.building_id;
  insert into app.stats_daily_device_types (work_date, user_id, device_type, entries)
  select e.job_date, e.user_id, d.device_type, count(distinct e.entry_id)
    from app.ticket_entries e
    join app.entry_devices ed on ed.entry_id = e.entry_id
    join app.devices d on d.device_id = ed.device_id
   where e.deleted_at is null and e.job_date is not null
   group by e.job_date, e.user_id, d.device_type;
end
$$;

--
-- Name: stats_recount(bigint[], date[]); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.stats_recount(users bigint[], dates date[]) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog'
    AS $$
declare
  key record;
begin
  for key in
    select distinct k.u, k.d from unnest(users, dates) as k(u, d)
     where k.u is not null and k.d is not null order by k.u, k.d
  loop
    perform pg_advisory_xact_lock(20260601, hashtext(key.u || ':' || key.d));
  end loop;

  delete from app.stats_daily_hours r
   where (r.user_id, r.work_date) in (select k.u, k.d from unnest(users, dates) as k(u, d));
  delete from app.stats_daily_buildings r
   where (r.user_id, r.work_date) in (select k.u, k.d from unnest(users, dates) as k(u, d));
  delete from app.stats_daily_device_types r
   where (r.user_id, r.work_date) in (select k.u, k.d from unnest(users, dates) as k(u, d));

  insert into app.stats_daily_hours (work_date, user_id, entry_minutes, task_minutes)
  select w.d, w.u, sum(w.entry_minutes), sum(w.task_minutes)
    from (
      select e.job_date as d, e.user_id as u,
             app.minutes_between(e.job_start_time, e.job_end_time) as entry_minutes, 0 as task_minutes
        from app.ticket_entries e join (select distinct k.u, k.d from unnest(users, dates) as k(u, d)) k on e.user_id = k.u and e.job_date = k.d
       where e.deleted_at is null
      union all
      select m.misc_start_date, m.user_id, 0, app.minutes_between(m.misc_start_time, m.misc_end_time)
        from app.ticket_misc_entries m join (select distinct k.u, k.d from unnest(users, dates) as k(u, d)) k on m.user_id = k.u and m.misc_start_date = k.d
       where m.deleted_at is null
    ) w
   group by w.d, w.u;

  insert into app.stats_daily_buildings (work_date, user_id, building_id, entries, minutes)
  select e.job_date, e.user_id, t.building_id, count(*), sum(app.minutes_between(e.job_start_time, e.job_end_time))
    from app.ticket_entries e
    join (select distinct k.u, k.d from unnest(users, dates) as k(u, d)) k on e.user_id = k.u and e.job_date = k.d
    join app.tickets t on t.ticket_id = e.ticket_id
   where e.deleted_at is null
   group by e.job_date, e.user_id, t.building_id;

  insert into app.stats_daily_device_types (work_date, user_id, device_type, entries)
  select e.job_date, e.user_id, d.device_type, count(distinct e.entry_id)
    from app.ticket_entries e
    join (select distinct k.u, k.d from unnest(users, dates) as k(u, d)) k on e.user_id = k.u and e.job_date = k.d
    join app.entry_devices ed on ed.entry_id = e.entry_id
    join app.devices d on d.device_id = ed.device_id
   where e.deleted_at is null
   group by e.job_date, e.user_id, d.device_type;
end
$$;

--
-- Name: stats_tasks_changed(); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.stats_tasks_changed() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog'
    AS $$
declare
  users bigint[];
  dates date[];
begin
  if tg_op = 'INSERT' then
    select array_agg(n.user_id), array_agg(n.misc_start_date) into users, dates from new_rows n;
  elsif tg_op = 'DELETE' then
    select array_agg(o.user_id), array_agg(o.misc_start_date) into users, dates from old_rows o;
  else
    select array_agg(k.u), array_agg(k.d) into users, dates
      from old_rows o join new_rows n on n.entry_id = o.entry_id
     cross join lateral (values (o.user_id, o.misc_start_date), (n.user_id, n.misc_start_date)) as k(u, d)
     where (o.user_id, o.misc_start_date, o.misc_start_time, o.misc_end_time, o.deleted_at)
           is distinct from (n.user_id, n.misc_start_date, n.misc_start_time, n.misc_end_time, n.deleted_at);
  end if;
  if users is not null then
    perform app.stats_recount(users, dates);
  end if;
  return null;
end
$$;

--
-- Name: stats_tickets_changed(); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.stats_tickets_changed() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog'
    AS $$
declare
  users bigint[];
  dates date[];
begin
  select array_agg(e.user_id), array_agg(e.job_date) into users, dates
    from app.ticket_entries e
   where e.ticket_id in (
     select n.ticket_id from old_rows o join new_rows n on n.ticket_id = o.ticket_id
      where n.building_id is distinct from o.building_id);
  if users is not null then
    perform app.stats_recount(users, dates);
  end if;
  return null;
end
$$;

--
-- Name: sync_job_alert(); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.sync_job_alert() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog'
    AS $$
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

--
-- Name: sync_role_groups(); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.sync_role_groups() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog'
    AS $$
begin
  delete from app.user_groups ug using app.groups g
   where ug.group_id = g.group_id and g.is_role_group and ug.user_id = new.user_id;
  insert into app.user_groups (user_id, group_id)
  select new.user_id, g.group_id from app.groups g
   where g.is_role_group and g.group_name = app.role_of(new.user_id);
  return null;
end
$$;

--
-- Name: take_deletion_reason(); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.take_deletion_reason() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
begin
  if new.deleted_at is null then
    new.deleted_reason := null;
  elsif old.deleted_at is null then
    new.deleted_reason := nullif(btrim(current_setting('app.deletion_reason', true)), '');
  end if;
  return new;
end
$$;

--
-- Name: touch_updated_at(); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.touch_updated_at() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
begin
  new.updated_at := now();
  return new;
end
$$;

--
-- Name: validate_timezone(); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.validate_timezone() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
begin
  if not exists (select from pg_timezone_names where name = new.user_preferred_timezone) then
    raise exception 'unknown timezone "%"', new.user_preferred_timezone
      using errcode = '22023', hint = 'use a name from /api/timezones, such as America/Los_Angeles';
  end if;
  return new;
end
$$;

--
-- Name: applied_migrations(); Type: FUNCTION; Schema: ops; Owner: -
--

CREATE FUNCTION ops.applied_migrations() RETURNS SETOF integer
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog'
    AS $$
  select version from crewlog_migrations.applied order by version
$$;

--
-- Name: job_queue_counts(); Type: FUNCTION; Schema: ops; Owner: -
--

CREATE FUNCTION ops.job_queue_counts(OUT pending bigint, OUT failed bigint) RETURNS record
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog'
    AS $_$
begin
  pending := 0;
  failed := 0;
  if to_regnamespace('graphile_worker') is null then
    return;
  end if;
  execute $q$
    select count(*) filter (where locked_at is null and attempts < max_attempts),
           count(*) filter (where attempts >= max_attempts)
      from graphile_worker.jobs
  $q$ into pending, failed;
end
$_$;

--
-- Name: alerts; Type: VIEW; Schema: api; Owner: -
--

CREATE VIEW api.alerts WITH (security_invoker='true') AS
 SELECT alerts.alert_id,
    alerts.alert_type,
    alerts.severity,
    alerts.title,
    app.decrypt(alerts.message_enc) AS message,
    alerts.source_table,
    alerts.source_id,
    alerts.subject_user_id,
    alerts.created_by,
    alerts.created_at,
    alerts.resolved_at,
    alerts.resolved_by
   FROM app.alerts;

--
-- Name: buildings; Type: TABLE; Schema: app; Owner: -
--

CREATE TABLE app.buildings (
    building_id bigint NOT NULL,
    building_uuid uuid DEFAULT gen_random_uuid() NOT NULL,
    building_name text NOT NULL,
    building_address text,
    description_enc bytea,
    created_by bigint DEFAULT app.current_user_id(),
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT buildings_building_address_check CHECK ((length(building_address) <= 500)),
    CONSTRAINT buildings_building_name_check CHECK (((length(TRIM(BOTH FROM building_name)) >= 1) AND (length(TRIM(BOTH FROM building_name)) <= 200)))
);

ALTER TABLE ONLY app.buildings FORCE ROW LEVEL SECURITY;

--
-- Name: buildings; Type: VIEW; Schema: api; Owner: -
--

CREATE VIEW api.buildings WITH (security_invoker='true') AS
 SELECT buildings.building_id,
    buildings.building_uuid,
    buildings.building_name,
    buildings.building_address,
    app.decrypt(buildings.description_enc) AS description,
    buildings.created_by,
    buildings.created_at,
    buildings.updated_at
   FROM app.buildings;

--
-- Name: deleted_ticket_entries; Type: VIEW; Schema: api; Owner: -
--

CREATE VIEW api.deleted_ticket_entries WITH (security_invoker='true') AS
 SELECT ticket_entries.entry_id,
    ticket_entries.user_id,
    ticket_entries.ticket_id,
    app.decrypt(ticket_entries.job_name_enc) AS job_name,
    ticket_entries.job_date,
    ticket_entries.job_start_time,
    ticket_entries.job_end_time,
    ticket_entries.deleted_at,
    ticket_entries.deleted_by,
    ticket_entries.deleted_reason
   FROM app.ticket_entries
  WHERE ((ticket_entries.deleted_at IS NOT NULL) AND app.can_moderate(ticket_entries.user_id));

--
-- Name: deleted_ticket_misc_entries; Type: VIEW; Schema: api; Owner: -
--

CREATE VIEW api.deleted_ticket_misc_entries WITH (security_invoker='true') AS
 SELECT ticket_misc_entries.entry_id,
    ticket_misc_entries.user_id,
    app.decrypt(ticket_misc_entries.misc_name_enc) AS misc_name,
    ticket_misc_entries.misc_start_date,
    ticket_misc_entries.deleted_at,
    ticket_misc_entries.deleted_by,
    ticket_misc_entries.deleted_reason
   FROM app.ticket_misc_entries
  WHERE ((ticket_misc_entries.deleted_at IS NOT NULL) AND app.can_moderate(ticket_misc_entries.user_id));

--
-- Name: deleted_tickets; Type: VIEW; Schema: api; Owner: -
--

CREATE VIEW api.deleted_tickets WITH (security_invoker='true') AS
 SELECT tickets.ticket_id,
    tickets.ticket_number,
    tickets.building_id,
    tickets.created_by,
    tickets.status,
    tickets.deleted_at,
    tickets.deleted_by,
    tickets.deleted_reason
   FROM app.tickets
  WHERE ((tickets.deleted_at IS NOT NULL) AND app.can_moderate(tickets.created_by));

--
-- Name: devices; Type: TABLE; Schema: app; Owner: -
--

CREATE TABLE app.devices (
    device_id bigint NOT NULL,
    device_uuid uuid DEFAULT gen_random_uuid() NOT NULL,
    building_id bigint NOT NULL,
    device_name text NOT NULL,
    device_type text NOT NULL,
    description_enc bytea,
    created_by bigint DEFAULT app.current_user_id(),
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT devices_device_name_check CHECK (((length(TRIM(BOTH FROM device_name)) >= 1) AND (length(TRIM(BOTH FROM device_name)) <= 200))),
    CONSTRAINT devices_device_type_check CHECK (((length(TRIM(BOTH FROM device_type)) >= 1) AND (length(TRIM(BOTH FROM device_type)) <= 100)))
);

ALTER TABLE ONLY app.devices FORCE ROW LEVEL SECURITY;

--
-- Name: devices; Type: VIEW; Schema: api; Owner: -
--

CREATE VIEW api.devices WITH (security_invoker='true') AS
 SELECT devices.device_id,
    devices.device_uuid,
    devices.building_id,
    devices.device_name,
    devices.device_type,
    app.decrypt(devices.description_enc) AS description,
    devices.created_by,
    devices.created_at,
    devices.updated_at
   FROM app.devices;

--
-- Name: entry_devices; Type: TABLE; Schema: app; Owner: -
--

CREATE TABLE app.entry_devices (
    entry_id bigint NOT NULL,
    device_id bigint NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);

ALTER TABLE ONLY app.entry_devices FORCE ROW LEVEL SECURITY;

--
-- Name: entry_devices; Type: VIEW; Schema: api; Owner: -
--

CREATE VIEW api.entry_devices WITH (security_invoker='true') AS
 SELECT entry_devices.entry_id,
    entry_devices.device_id,
    entry_devices.created_at
   FROM app.entry_devices;

--
-- Name: entry_photos; Type: TABLE; Schema: app; Owner: -
--

CREATE TABLE app.entry_photos (
    photo_id bigint NOT NULL,
    entry_id bigint NOT NULL,
    file_id bigint NOT NULL,
    thumbnail_file_id bigint NOT NULL,
    taken_at timestamp with time zone,
    width integer NOT NULL,
    height integer NOT NULL,
    created_by bigint DEFAULT app.current_user_id() NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    deleted_at timestamp with time zone,
    CONSTRAINT entry_photos_height_check CHECK ((height > 0)),
    CONSTRAINT entry_photos_width_check CHECK ((width > 0))
);

ALTER TABLE ONLY app.entry_photos FORCE ROW LEVEL SECURITY;

--
-- Name: files; Type: TABLE; Schema: app; Owner: -
--

CREATE TABLE app.files (
    file_id bigint NOT NULL,
    file_uuid uuid DEFAULT gen_random_uuid() NOT NULL,
    owner_id bigint DEFAULT app.current_user_id() NOT NULL,
    purpose text NOT NULL,
    content_type text NOT NULL,
    byte_size integer NOT NULL,
    storage_key text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    deleted_at timestamp with time zone,
    CONSTRAINT files_byte_size_check CHECK ((byte_size >= 0)),
    CONSTRAINT files_content_type_check CHECK ((content_type ~ '^[a-z]+/[a-z0-9.+-]+$'::text)),
    CONSTRAINT files_purpose_check CHECK ((purpose = ANY (ARRAY['profile_picture'::text, 'entry_photo'::text, 'import'::text])))
);

ALTER TABLE ONLY app.files FORCE ROW LEVEL SECURITY;

--
-- Name: entry_photos; Type: VIEW; Schema: api; Owner: -
--

CREATE VIEW api.entry_photos WITH (security_invoker='true') AS
 SELECT p.photo_id,
    p.entry_id,
    ('/files/'::text || f.file_uuid) AS url,
    ('/files/'::text || t.file_uuid) AS thumbnail_url,
    p.taken_at,
    p.width,
    p.height,
    p.created_by,
    p.created_at
   FROM ((app.entry_photos p
     JOIN app.files f ON ((f.file_id = p.file_id)))
     JOIN app.files t ON ((t.file_id = p.thumbnail_file_id)))
  WHERE (p.deleted_at IS NULL);

--
-- Name: VIEW entry_photos; Type: COMMENT; Schema: api; Owner: -
--

COMMENT ON VIEW api.entry_photos IS 'Photos on job entries: readable by whoever may read the entry; DELETE removes one (restorable by an admin).';

--
-- Name: files; Type: VIEW; Schema: api; Owner: -
--

CREATE VIEW api.files WITH (security_invoker='true') AS
 SELECT files.file_id,
    files.file_uuid,
    files.owner_id,
    files.purpose,
    files.content_type,
    files.byte_size,
    files.created_at
   FROM app.files
  WHERE (files.deleted_at IS NULL);

--
-- Name: groups; Type: TABLE; Schema: app; Owner: -
--

CREATE TABLE app.groups (
    group_id bigint NOT NULL,
    group_name text NOT NULL,
    group_description text,
    is_role_group boolean DEFAULT false NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT groups_group_name_check CHECK (((length(group_name) >= 1) AND (length(group_name) <= 64)))
);

ALTER TABLE ONLY app.groups FORCE ROW LEVEL SECURITY;

--
-- Name: groups; Type: VIEW; Schema: api; Owner: -
--

CREATE VIEW api.groups WITH (security_invoker='true') AS
 SELECT groups.group_id,
    groups.group_name,
    groups.group_description,
    groups.is_role_group,
    groups.created_at
   FROM app.groups;

--
-- Name: history; Type: TABLE; Schema: app; Owner: -
--

CREATE TABLE app.history (
    history_id bigint NOT NULL,
    table_name text NOT NULL,
    record_id text,
    action text NOT NULL,
    user_id bigint,
    changes jsonb DEFAULT '{}'::jsonb NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT history_action_check CHECK ((action ~ '^[a-z_]{2,40}$'::text))
);

ALTER TABLE ONLY app.history FORCE ROW LEVEL SECURITY;

--
-- Name: history; Type: VIEW; Schema: api; Owner: -
--

CREATE VIEW api.history WITH (security_invoker='true') AS
 SELECT history.history_id,
    history.table_name,
    history.record_id,
    history.action,
    history.user_id,
    history.changes,
    history.created_at
   FROM app.history;

--
-- Name: import_export_logs; Type: TABLE; Schema: app; Owner: -
--

CREATE TABLE app.import_export_logs (
    log_id bigint NOT NULL,
    user_id bigint DEFAULT app.current_user_id() NOT NULL,
    direction text NOT NULL,
    format text NOT NULL,
    file_name text,
    status text DEFAULT 'pending'::text NOT NULL,
    record_count integer DEFAULT 0 NOT NULL,
    error text,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    finished_at timestamp with time zone,
    CONSTRAINT import_export_logs_direction_check CHECK ((direction = ANY (ARRAY['import'::text, 'export'::text]))),
    CONSTRAINT import_export_logs_error_check CHECK ((length(error) <= 2000)),
    CONSTRAINT import_export_logs_file_name_check CHECK ((length(file_name) <= 255)),
    CONSTRAINT import_export_logs_format_check CHECK ((format = ANY (ARRAY['json'::text, 'csv'::text, 'eml'::text, 'msg'::text, 'text'::text]))),
    CONSTRAINT import_export_logs_record_count_check CHECK ((record_count >= 0)),
    CONSTRAINT import_export_logs_status_check CHECK ((status = ANY (ARRAY['pending'::text, 'running'::text, 'succeeded'::text, 'failed'::text])))
);

ALTER TABLE ONLY app.import_export_logs FORCE ROW LEVEL SECURITY;

--
-- Name: import_export_logs; Type: VIEW; Schema: api; Owner: -
--

CREATE VIEW api.import_export_logs WITH (security_invoker='true') AS
 SELECT import_export_logs.log_id,
    import_export_logs.user_id,
    import_export_logs.direction,
    import_export_logs.format,
    import_export_logs.file_name,
    import_export_logs.status,
    import_export_logs.record_count,
    import_export_logs.error,
    import_export_logs.created_at,
    import_export_logs.finished_at
   FROM app.import_export_logs;

--
-- Name: import_progress; Type: TABLE; Schema: app; Owner: -
--

CREATE TABLE app.import_progress (
    import_id uuid NOT NULL,
    user_id bigint DEFAULT app.current_user_id() NOT NULL,
    status text DEFAULT 'parsing'::text NOT NULL,
    files_total integer NOT NULL,
    files_parsed integer DEFAULT 0 NOT NULL,
    error text,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT import_progress_check CHECK (((files_parsed >= 0) AND (files_parsed <= files_total))),
    CONSTRAINT import_progress_error_check CHECK ((length(error) <= 2000)),
    CONSTRAINT import_progress_files_total_check CHECK ((files_total > 0)),
    CONSTRAINT import_progress_status_check CHECK ((status = ANY (ARRAY['parsing'::text, 'ready'::text, 'failed'::text])))
);

ALTER TABLE ONLY app.import_progress FORCE ROW LEVEL SECURITY;

--
-- Name: import_progress; Type: VIEW; Schema: api; Owner: -
--

CREATE VIEW api.import_progress WITH (security_invoker='true') AS
 SELECT import_progress.import_id,
    import_progress.user_id,
    import_progress.status,
    import_progress.files_total,
    import_progress.files_parsed,
    import_progress.error,
    import_progress.created_at,
    import_progress.updated_at
   FROM app.import_progress;

--
-- Name: push_subscriptions; Type: TABLE; Schema: app; Owner: -
--

CREATE TABLE app.push_subscriptions (
    subscription_id bigint NOT NULL,
    user_id bigint DEFAULT app.current_user_id() NOT NULL,
    session_id uuid DEFAULT app.current_session_id(),
    endpoint text NOT NULL,
    p256dh text NOT NULL,
    auth text NOT NULL,
    device_info text,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT push_subscriptions_auth_check CHECK ((auth ~ '^[A-Za-z0-9_-]{16,32}$'::text)),
    CONSTRAINT push_subscriptions_device_info_check CHECK ((length(device_info) <= 300)),
    CONSTRAINT push_subscriptions_endpoint_check CHECK (((length(endpoint) <= 2048) AND (endpoint ~ '^https?://\S+$'::text))),
    CONSTRAINT push_subscriptions_p256dh_check CHECK ((p256dh ~ '^[A-Za-z0-9_-]{80,100}$'::text))
);

ALTER TABLE ONLY app.push_subscriptions FORCE ROW LEVEL SECURITY;

--
-- Name: push_subscriptions; Type: VIEW; Schema: api; Owner: -
--

CREATE VIEW api.push_subscriptions WITH (security_invoker='true') AS
 SELECT push_subscriptions.subscription_id,
    push_subscriptions.session_id,
    push_subscriptions.endpoint,
    push_subscriptions.device_info,
    push_subscriptions.created_at
   FROM app.push_subscriptions;

--
-- Name: VIEW push_subscriptions; Type: COMMENT; Schema: api; Owner: -
--

COMMENT ON VIEW api.push_subscriptions IS 'This person''s devices that receive web push; subscribe with POST /push/subscriptions.';

--
-- Name: site_settings; Type: TABLE; Schema: app; Owner: -
--

CREATE TABLE app.site_settings (
    setting_key text NOT NULL,
    setting_value jsonb NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_by bigint,
    CONSTRAINT site_settings_setting_key_check CHECK ((setting_key ~ '^[a-z][a-z0-9_]*$'::text))
);

ALTER TABLE ONLY app.site_settings FORCE ROW LEVEL SECURITY;

--
-- Name: site_settings; Type: VIEW; Schema: api; Owner: -
--

CREATE VIEW api.site_settings WITH (security_invoker='true') AS
 SELECT site_settings.setting_key,
    site_settings.setting_value,
    site_settings.updated_at,
    site_settings.updated_by
   FROM app.site_settings;

--
-- Name: users; Type: TABLE; Schema: app; Owner: -
--

CREATE TABLE app.users (
    user_id bigint NOT NULL,
    user_uuid uuid DEFAULT gen_random_uuid() NOT NULL,
    name_enc bytea NOT NULL,
    alias text NOT NULL,
    email_enc bytea NOT NULL,
    email_hash bytea NOT NULL,
    password_hash text,
    user_is_email_verified boolean DEFAULT false NOT NULL,
    oauth_provider text,
    oauth_id text,
    user_is_admin boolean DEFAULT false NOT NULL,
    user_is_manager boolean DEFAULT false NOT NULL,
    user_is_active boolean DEFAULT true NOT NULL,
    terms_version_agreed text,
    terms_agreed_at timestamp with time zone,
    user_preferred_color text DEFAULT '#0d6efd'::text NOT NULL,
    user_preferred_landing_page text DEFAULT 'dailies'::text NOT NULL,
    user_preferred_profile_picture text,
    user_preferred_light_or_dark_mode_mobile text DEFAULT 'dark'::text NOT NULL,
    user_preferred_light_or_dark_mode_desktop text DEFAULT 'light'::text NOT NULL,
    user_preferred_high_contrast boolean DEFAULT false NOT NULL,
    user_preferred_enable_alerts jsonb DEFAULT '{"job": true, "site": true, "system": true, "security": true}'::jsonb NOT NULL,
    user_preferred_enable_notifications jsonb DEFAULT '{"email": false, "in_app": true}'::jsonb NOT NULL,
    user_preferred_timezone text DEFAULT 'America/Los_Angeles'::text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT users_alias_check CHECK (app.alias_is_valid(alias)),
    CONSTRAINT users_oauth_provider_check CHECK ((oauth_provider = ANY (ARRAY['google'::text, 'microsoft'::text]))),
    CONSTRAINT users_user_preferred_color_check CHECK ((user_preferred_color ~ '^#[0-9a-fA-F]{6}$'::text)),
    CONSTRAINT users_user_preferred_enable_alerts_check CHECK ((jsonb_typeof(user_preferred_enable_alerts) = 'object'::text)),
    CONSTRAINT users_user_preferred_enable_notifications_check CHECK ((jsonb_typeof(user_preferred_enable_notifications) = 'object'::text)),
    CONSTRAINT users_user_preferred_landing_page_check CHECK ((user_preferred_landing_page = ANY (ARRAY['dailies'::text, 'profile'::text, 'jobs'::text, 'tasks'::text, 'summary'::text, 'calendar'::text, 'stats'::text, 'team'::text, 'management'::text, 'administration'::text]))),
    CONSTRAINT users_user_preferred_light_or_dark_mode_desktop_check CHECK ((user_preferred_light_or_dark_mode_desktop = ANY (ARRAY['light'::text, 'dark'::text]))),
    CONSTRAINT users_user_preferred_light_or_dark_mode_mobile_check CHECK ((user_preferred_light_or_dark_mode_mobile = ANY (ARRAY['light'::text, 'dark'::text])))
);

ALTER TABLE ONLY app.users FORCE ROW LEVEL SECURITY;

--
-- Name: team_activity; Type: VIEW; Schema: api; Owner: -
--

CREATE VIEW api.team_activity AS
 SELECT 'entry'::text AS kind,
    e.entry_id AS item_id,
    e.user_id,
    u.alias,
    u.user_preferred_color AS color,
    e.job_date AS work_date,
    e.job_start_time AS start_time,
    e.job_end_time AS end_time,
    t.ticket_id,
    t.ticket_number,
    b.building_id,
    b.building_name,
    e.job_followup_required AS followup_required
   FROM (((app.ticket_entries e
     JOIN app.users u ON ((u.user_id = e.user_id)))
     JOIN app.tickets t ON ((t.ticket_id = e.ticket_id)))
     JOIN app.buildings b ON ((b.building_id = t.building_id)))
  WHERE ((e.deleted_at IS NULL) AND (app.current_user_id() IS NOT NULL))
UNION ALL
 SELECT 'task'::text AS kind,
    m.entry_id AS item_id,
    m.user_id,
    u.alias,
    u.user_preferred_color AS color,
    m.misc_start_date AS work_date,
    m.misc_start_time AS start_time,
    m.misc_end_time AS end_time,
    NULL::bigint AS ticket_id,
    NULL::text AS ticket_number,
    NULL::bigint AS building_id,
    NULL::text AS building_name,
    false AS followup_required
   FROM (app.ticket_misc_entries m
     JOIN app.users u ON ((u.user_id = m.user_id)))
  WHERE ((m.deleted_at IS NULL) AND (app.current_user_id() IS NOT NULL));

--
-- Name: user_groups; Type: TABLE; Schema: app; Owner: -
--

CREATE TABLE app.user_groups (
    user_id bigint NOT NULL,
    group_id bigint NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);

ALTER TABLE ONLY app.user_groups FORCE ROW LEVEL SECURITY;

--
-- Name: user_groups; Type: VIEW; Schema: api; Owner: -
--

CREATE VIEW api.user_groups WITH (security_invoker='true') AS
 SELECT user_groups.user_id,
    user_groups.group_id,
    user_groups.created_at
   FROM app.user_groups;

--
-- Name: user_sessions; Type: TABLE; Schema: app; Owner: -
--

CREATE TABLE app.user_sessions (
    session_id uuid DEFAULT gen_random_uuid() NOT NULL,
    user_id bigint NOT NULL,
    token_hash bytea,
    device_info text,
    ip_address inet,
    issued_at timestamp with time zone DEFAULT now() NOT NULL,
    expires_at timestamp with time zone DEFAULT (now() + '24:00:00'::interval) NOT NULL,
    last_accessed_at timestamp with time zone DEFAULT now() NOT NULL,
    is_active boolean DEFAULT false NOT NULL,
    revoked_at timestamp with time zone,
    CONSTRAINT user_sessions_device_info_check CHECK ((length(device_info) <= 512))
);

ALTER TABLE ONLY app.user_sessions FORCE ROW LEVEL SECURITY;

--
-- Name: user_sessions; Type: VIEW; Schema: api; Owner: -
--

CREATE VIEW api.user_sessions WITH (security_invoker='true') AS
 SELECT user_sessions.session_id,
    user_sessions.user_id,
    user_sessions.device_info,
    user_sessions.ip_address,
    user_sessions.issued_at,
    user_sessions.expires_at,
    user_sessions.last_accessed_at,
    user_sessions.is_active,
    user_sessions.revoked_at,
    (user_sessions.session_id = app.current_session_id()) AS is_current
   FROM app.user_sessions;

--
-- Name: users; Type: VIEW; Schema: api; Owner: -
--

CREATE VIEW api.users WITH (security_invoker='true') AS
 SELECT u.user_id,
    u.user_uuid,
    app.decrypt(u.name_enc) AS name,
    u.alias,
        CASE
            WHEN ((u.user_id = app.current_user_id()) OR app.is_admin()) THEN app.decrypt(u.email_enc)
            ELSE NULL::text
        END AS email,
    u.user_is_email_verified,
    u.oauth_provider,
    u.user_is_admin,
    u.user_is_manager,
    u.user_is_active,
    u.user_preferred_color,
    u.user_preferred_profile_picture,
        CASE
            WHEN (u.user_id = app.current_user_id()) THEN u.terms_version_agreed
            ELSE NULL::text
        END AS terms_version_agreed,
        CASE
            WHEN (u.user_id = app.current_user_id()) THEN u.terms_agreed_at
            ELSE NULL::timestamp with time zone
        END AS terms_agreed_at,
        CASE
            WHEN (u.user_id = app.current_user_id()) THEN u.user_preferred_landing_page
            ELSE NULL::text
        END AS user_preferred_landing_page,
        CASE
            WHEN (u.user_id = app.current_user_id()) THEN u.user_preferred_light_or_dark_mode_mobile
            ELSE NULL::text
        END AS user_preferred_light_or_dark_mode_mobile,
        CASE
            WHEN (u.user_id = app.current_user_id()) THEN u.user_preferred_light_or_dark_mode_desktop
            ELSE NULL::text
        END AS user_preferred_light_or_dark_mode_desktop,
        CASE
            WHEN (u.user_id = app.current_user_id()) THEN u.user_preferred_high_contrast
            ELSE NULL::boolean
        END AS user_preferred_high_contrast,
        CASE
            WHEN (u.user_id = app.current_user_id()) THEN u.user_preferred_enable_alerts
            ELSE NULL::jsonb
        END AS user_preferred_enable_alerts,
        CASE
            WHEN (u.user_id = app.current_user_id()) THEN u.user_preferred_enable_notifications
            ELSE NULL::jsonb
        END AS user_preferred_enable_notifications,
        CASE
            WHEN (u.user_id = app.current_user_id()) THEN u.user_preferred_timezone
            ELSE NULL::text
        END AS user_preferred_timezone,
    u.created_at,
    u.updated_at
   FROM app.users u;

--
-- Name: alerts_alert_id_seq; Type: SEQUENCE; Schema: app; Owner: -
--

ALTER TABLE app.alerts ALTER COLUMN alert_id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME app.alerts_alert_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: buildings_building_id_seq; Type: SEQUENCE; Schema: app; Owner: -
--

ALTER TABLE app.buildings ALTER COLUMN building_id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME app.buildings_building_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: devices_device_id_seq; Type: SEQUENCE; Schema: app; Owner: -
--

ALTER TABLE app.devices ALTER COLUMN device_id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME app.devices_device_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: email_verification_tokens; Type: TABLE; Schema: app; Owner: -
--

CREATE TABLE app.email_verification_tokens (
    token_id bigint NOT NULL,
    user_id bigint NOT NULL,
    token_hash bytea NOT NULL,
    expires_at timestamp with time zone NOT NULL,
    used_at timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);

ALTER TABLE ONLY app.email_verification_tokens FORCE ROW LEVEL SECURITY;

--
-- Name: email_verification_tokens_token_id_seq; Type: SEQUENCE; Schema: app; Owner: -
--

ALTER TABLE app.email_verification_tokens ALTER COLUMN token_id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME app.email_verification_tokens_token_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: entry_photos_photo_id_seq; Type: SEQUENCE; Schema: app; Owner: -
--

ALTER TABLE app.entry_photos ALTER COLUMN photo_id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME app.entry_photos_photo_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: files_file_id_seq; Type: SEQUENCE; Schema: app; Owner: -
--

ALTER TABLE app.files ALTER COLUMN file_id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME app.files_file_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: groups_group_id_seq; Type: SEQUENCE; Schema: app; Owner: -
--

ALTER TABLE app.groups ALTER COLUMN group_id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME app.groups_group_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: history_history_id_seq; Type: SEQUENCE; Schema: app; Owner: -
--

ALTER TABLE app.history ALTER COLUMN history_id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME app.history_history_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: import_batches; Type: TABLE; Schema: app; Owner: -
--

CREATE TABLE app.import_batches (
    import_id uuid DEFAULT gen_random_uuid() NOT NULL,
    user_id bigint DEFAULT app.current_user_id() NOT NULL,
    proposal_enc bytea,
    log_ids bigint[] DEFAULT '{}'::bigint[] NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    confirmed_at timestamp with time zone
);

ALTER TABLE ONLY app.import_batches FORCE ROW LEVEL SECURITY;

--
-- Name: import_export_logs_log_id_seq; Type: SEQUENCE; Schema: app; Owner: -
--

ALTER TABLE app.import_export_logs ALTER COLUMN log_id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME app.import_export_logs_log_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: import_uploads; Type: TABLE; Schema: app; Owner: -
--

CREATE TABLE app.import_uploads (
    import_id uuid NOT NULL,
    "position" integer NOT NULL,
    file_name text NOT NULL,
    content_enc bytea NOT NULL,
    CONSTRAINT import_uploads_file_name_check CHECK (((length(file_name) >= 1) AND (length(file_name) <= 300))),
    CONSTRAINT import_uploads_position_check CHECK (("position" >= 0))
);

ALTER TABLE ONLY app.import_uploads FORCE ROW LEVEL SECURITY;

--
-- Name: login_attempts; Type: TABLE; Schema: app; Owner: -
--

CREATE TABLE app.login_attempts (
    attempt_id bigint NOT NULL,
    email_hash bytea,
    ip_address inet,
    attempted_at timestamp with time zone DEFAULT now() NOT NULL,
    succeeded boolean NOT NULL,
    was_blocked boolean DEFAULT false NOT NULL
);

ALTER TABLE ONLY app.login_attempts FORCE ROW LEVEL SECURITY;

--
-- Name: login_attempts_attempt_id_seq; Type: SEQUENCE; Schema: app; Owner: -
--

ALTER TABLE app.login_attempts ALTER COLUMN attempt_id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME app.login_attempts_attempt_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: notifications_notification_id_seq; Type: SEQUENCE; Schema: app; Owner: -
--

ALTER TABLE app.notifications ALTER COLUMN notification_id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME app.notifications_notification_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: password_reset_tokens; Type: TABLE; Schema: app; Owner: -
--

CREATE TABLE app.password_reset_tokens (
    token_id bigint NOT NULL,
    user_id bigint NOT NULL,
    token_hash bytea NOT NULL,
    expires_at timestamp with time zone NOT NULL,
    used_at timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);

ALTER TABLE ONLY app.password_reset_tokens FORCE ROW LEVEL SECURITY;

--
-- Name: password_reset_tokens_token_id_seq; Type: SEQUENCE; Schema: app; Owner: -
--

ALTER TABLE app.password_reset_tokens ALTER COLUMN token_id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME app.password_reset_tokens_token_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: pending_jobs; Type: TABLE; Schema: app; Owner: -
--

CREATE TABLE app.pending_jobs (
    pending_job_id bigint NOT NULL,
    task_identifier text NOT NULL,
    payload jsonb DEFAULT '{}'::jsonb NOT NULL,
    job_key text,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);

ALTER TABLE ONLY app.pending_jobs FORCE ROW LEVEL SECURITY;

--
-- Name: pending_jobs_pending_job_id_seq; Type: SEQUENCE; Schema: app; Owner: -
--

ALTER TABLE app.pending_jobs ALTER COLUMN pending_job_id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME app.pending_jobs_pending_job_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: push_subscriptions_subscription_id_seq; Type: SEQUENCE; Schema: app; Owner: -
--

ALTER TABLE app.push_subscriptions ALTER COLUMN subscription_id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME app.push_subscriptions_subscription_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: retired_refresh_tokens; Type: TABLE; Schema: app; Owner: -
--

CREATE TABLE app.retired_refresh_tokens (
    token_hash bytea NOT NULL,
    session_id uuid NOT NULL,
    retired_at timestamp with time zone DEFAULT now() NOT NULL
);

ALTER TABLE ONLY app.retired_refresh_tokens FORCE ROW LEVEL SECURITY;

--
-- Name: stats_daily_buildings; Type: TABLE; Schema: app; Owner: -
--

CREATE TABLE app.stats_daily_buildings (
    work_date date NOT NULL,
    user_id bigint NOT NULL,
    building_id bigint NOT NULL,
    entries bigint NOT NULL,
    minutes bigint NOT NULL
);

ALTER TABLE ONLY app.stats_daily_buildings FORCE ROW LEVEL SECURITY;

--
-- Name: stats_daily_device_types; Type: TABLE; Schema: app; Owner: -
--

CREATE TABLE app.stats_daily_device_types (
    work_date date NOT NULL,
    user_id bigint NOT NULL,
    device_type text NOT NULL,
    entries bigint NOT NULL
);

ALTER TABLE ONLY app.stats_daily_device_types FORCE ROW LEVEL SECURITY;

--
-- Name: stats_daily_hours; Type: TABLE; Schema: app; Owner: -
--

CREATE TABLE app.stats_daily_hours (
    work_date date NOT NULL,
    user_id bigint NOT NULL,
    entry_minutes bigint NOT NULL,
    task_minutes bigint NOT NULL
);

ALTER TABLE ONLY app.stats_daily_hours FORCE ROW LEVEL SECURITY;

--
-- Name: ticket_entries_entry_id_seq; Type: SEQUENCE; Schema: app; Owner: -
--

ALTER TABLE app.ticket_entries ALTER COLUMN entry_id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME app.ticket_entries_entry_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: ticket_misc_entries_entry_id_seq; Type: SEQUENCE; Schema: app; Owner: -
--

ALTER TABLE app.ticket_misc_entries ALTER COLUMN entry_id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME app.ticket_misc_entries_entry_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: tickets_ticket_id_seq; Type: SEQUENCE; Schema: app; Owner: -
--

ALTER TABLE app.tickets ALTER COLUMN ticket_id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME app.tickets_ticket_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: users_user_id_seq; Type: SEQUENCE; Schema: app; Owner: -
--

ALTER TABLE app.users ALTER COLUMN user_id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME app.users_user_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: applied; Type: TABLE; Schema: crewlog_migrations; Owner: -
--

CREATE TABLE crewlog_migrations.applied (
    version integer NOT NULL,
    name text NOT NULL,
    checksum text NOT NULL,
    applied_at timestamp with time zone DEFAULT now() NOT NULL
);

--
-- Name: key_rotation_steps; Type: TABLE; Schema: ops; Owner: -
--

CREATE TABLE ops.key_rotation_steps (
    rotation_id bigint NOT NULL,
    step text NOT NULL,
    "position" jsonb,
    rows_done bigint DEFAULT 0 NOT NULL,
    finished_at timestamp with time zone
);

--
-- Name: key_rotations; Type: TABLE; Schema: ops; Owner: -
--

CREATE TABLE ops.key_rotations (
    rotation_id bigint NOT NULL,
    old_key_fingerprint text NOT NULL,
    new_key_fingerprint text NOT NULL,
    started_at timestamp with time zone DEFAULT now() NOT NULL,
    finished_at timestamp with time zone,
    CONSTRAINT key_rotations_check CHECK ((old_key_fingerprint <> new_key_fingerprint))
);

--
-- Name: key_rotations_rotation_id_seq; Type: SEQUENCE; Schema: ops; Owner: -
--

ALTER TABLE ops.key_rotations ALTER COLUMN rotation_id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME ops.key_rotations_rotation_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: alerts severity; Type: DEFAULT; Schema: api; Owner: -
--

ALTER TABLE ONLY api.alerts ALTER COLUMN severity SET DEFAULT 'info'::text;

--
-- Name: notifications sender_id; Type: DEFAULT; Schema: api; Owner: -
--

ALTER TABLE ONLY api.notifications ALTER COLUMN sender_id SET DEFAULT app.current_user_id();

--
-- Name: notifications is_site_wide; Type: DEFAULT; Schema: api; Owner: -
--

ALTER TABLE ONLY api.notifications ALTER COLUMN is_site_wide SET DEFAULT false;

--
-- Name: ticket_entries user_id; Type: DEFAULT; Schema: api; Owner: -
--

ALTER TABLE ONLY api.ticket_entries ALTER COLUMN user_id SET DEFAULT app.current_user_id();

--
-- Name: ticket_entries job_followup_required; Type: DEFAULT; Schema: api; Owner: -
--

ALTER TABLE ONLY api.ticket_entries ALTER COLUMN job_followup_required SET DEFAULT false;

--
-- Name: ticket_entries job_changed_flag; Type: DEFAULT; Schema: api; Owner: -
--

ALTER TABLE ONLY api.ticket_entries ALTER COLUMN job_changed_flag SET DEFAULT false;

--
-- Name: ticket_misc_entries user_id; Type: DEFAULT; Schema: api; Owner: -
--

ALTER TABLE ONLY api.ticket_misc_entries ALTER COLUMN user_id SET DEFAULT app.current_user_id();

--
-- Name: tickets created_by; Type: DEFAULT; Schema: api; Owner: -
--

ALTER TABLE ONLY api.tickets ALTER COLUMN created_by SET DEFAULT app.current_user_id();

--
-- Name: tickets status; Type: DEFAULT; Schema: api; Owner: -
--

ALTER TABLE ONLY api.tickets ALTER COLUMN status SET DEFAULT 'open'::text;

--
-- Name: alerts alerts_pkey; Type: CONSTRAINT; Schema: app; Owner: -
--

ALTER TABLE ONLY app.alerts
    ADD CONSTRAINT alerts_pkey PRIMARY KEY (alert_id);

--
-- Name: buildings buildings_building_uuid_key; Type: CONSTRAINT; Schema: app; Owner: -
--

ALTER TABLE ONLY app.buildings
    ADD CONSTRAINT buildings_building_uuid_key UNIQUE (building_uuid);

--
-- Name: buildings buildings_pkey; Type: CONSTRAINT; Schema: app; Owner: -
--

ALTER TABLE ONLY app.buildings
    ADD CONSTRAINT buildings_pkey PRIMARY KEY (building_id);

--
-- Name: devices devices_building_id_device_name_key; Type: CONSTRAINT; Schema: app; Owner: -
--

ALTER TABLE ONLY app.devices
    ADD CONSTRAINT devices_building_id_device_name_key UNIQUE (building_id, device_name);

--
-- Name: devices devices_device_uuid_key; Type: CONSTRAINT; Schema: app; Owner: -
--

ALTER TABLE ONLY app.devices
    ADD CONSTRAINT devices_device_uuid_key UNIQUE (device_uuid);

--
-- Name: devices devices_pkey; Type: CONSTRAINT; Schema: app; Owner: -
--

ALTER TABLE ONLY app.devices
    ADD CONSTRAINT devices_pkey PRIMARY KEY (device_id);

--
-- Name: email_verification_tokens email_verification_tokens_pkey; Type: CONSTRAINT; Schema: app; Owner: -
--

ALTER TABLE ONLY app.email_verification_tokens
    ADD CONSTRAINT email_verification_tokens_pkey PRIMARY KEY (token_id);

--
-- Name: email_verification_tokens email_verification_tokens_token_hash_key; Type: CONSTRAINT; Schema: app; Owner: -
--

ALTER TABLE ONLY app.email_verification_tokens
    ADD CONSTRAINT email_verification_tokens_token_hash_key UNIQUE (token_hash);

--
-- Name: entry_devices entry_devices_pkey; Type: CONSTRAINT; Schema: app; Owner: -
--

ALTER TABLE ONLY app.entry_devices
    ADD CONSTRAINT entry_devices_pkey PRIMARY KEY (entry_id, device_id);

--
-- Name: entry_photos entry_photos_file_id_key; Type: CONSTRAINT; Schema: app; Owner: -
--

ALTER TABLE ONLY app.entry_photos
    ADD CONSTRAINT entry_photos_file_id_key UNIQUE (file_id);

--
-- Name: entry_photos entry_photos_pkey; Type: CONSTRAINT; Schema: app; Owner: -
--

ALTER TABLE ONLY app.entry_photos
    ADD CONSTRAINT entry_photos_pkey PRIMARY KEY (photo_id);

--
-- Name: entry_photos entry_photos_thumbnail_file_id_key; Type: CONSTRAINT; Schema: app; Owner: -
--

ALTER TABLE ONLY app.entry_photos
    ADD CONSTRAINT entry_photos_thumbnail_file_id_key UNIQUE (thumbnail_file_id);

--
-- Name: files files_file_uuid_key; Type: CONSTRAINT; Schema: app; Owner: -
--

ALTER TABLE ONLY app.files
    ADD CONSTRAINT files_file_uuid_key UNIQUE (file_uuid);

--
-- Name: files files_pkey; Type: CONSTRAINT; Schema: app; Owner: -
--

ALTER TABLE ONLY app.files
    ADD CONSTRAINT files_pkey PRIMARY KEY (file_id);

--
-- Name: files files_storage_key_key; Type: CONSTRAINT; Schema: app; Owner: -
--

ALTER TABLE ONLY app.files
    ADD CONSTRAINT files_storage_key_key UNIQUE (storage_key);

--
-- Name: groups groups_group_name_key; Type: CONSTRAINT; Schema: app; Owner: -
--

ALTER TABLE ONLY app.groups
    ADD CONSTRAINT groups_group_name_key UNIQUE (group_name);

--
-- Name: groups groups_pkey; Type: CONSTRAINT; Schema: app; Owner: -
--

ALTER TABLE ONLY app.groups
    ADD CONSTRAINT groups_pkey PRIMARY KEY (group_id);

--
-- Name: history history_pkey; Type: CONSTRAINT; Schema: app; Owner: -
--

ALTER TABLE ONLY app.history
    ADD CONSTRAINT history_pkey PRIMARY KEY (history_id);

--
-- Name: import_batches import_batches_pkey; Type: CONSTRAINT; Schema: app; Owner: -
--

ALTER TABLE ONLY app.import_batches
    ADD CONSTRAINT import_batches_pkey PRIMARY KEY (import_id);

--
-- Name: import_export_logs import_export_logs_pkey; Type: CONSTRAINT; Schema: app; Owner: -
--

ALTER TABLE ONLY app.import_export_logs
    ADD CONSTRAINT import_export_logs_pkey PRIMARY KEY (log_id);

--
-- Name: import_progress import_progress_pkey; Type: CONSTRAINT; Schema: app; Owner: -
--

ALTER TABLE ONLY app.import_progress
    ADD CONSTRAINT import_progress_pkey PRIMARY KEY (import_id);

--
-- Name: import_uploads import_uploads_pkey; Type: CONSTRAINT; Schema: app; Owner: -
--

ALTER TABLE ONLY app.import_uploads
    ADD CONSTRAINT import_uploads_pkey PRIMARY KEY (import_id, "position");

--
-- Name: login_attempts login_attempts_pkey; Type: CONSTRAINT; Schema: app; Owner: -
--

ALTER TABLE ONLY app.login_attempts
    ADD CONSTRAINT login_attempts_pkey PRIMARY KEY (attempt_id);

--
-- Name: notification_receipts notification_receipts_pkey; Type: CONSTRAINT; Schema: app; Owner: -
--

ALTER TABLE ONLY app.notification_receipts
    ADD CONSTRAINT notification_receipts_pkey PRIMARY KEY (notification_id, user_id);

--
-- Name: notifications notifications_pkey; Type: CONSTRAINT; Schema: app; Owner: -
--

ALTER TABLE ONLY app.notifications
    ADD CONSTRAINT notifications_pkey PRIMARY KEY (notification_id);

--
-- Name: password_reset_tokens password_reset_tokens_pkey; Type: CONSTRAINT; Schema: app; Owner: -
--

ALTER TABLE ONLY app.password_reset_tokens
    ADD CONSTRAINT password_reset_tokens_pkey PRIMARY KEY (token_id);

--
-- Name: password_reset_tokens password_reset_tokens_token_hash_key; Type: CONSTRAINT; Schema: app; Owner: -
--

ALTER TABLE ONLY app.password_reset_tokens
    ADD CONSTRAINT password_reset_tokens_token_hash_key UNIQUE (token_hash);

--
-- Name: pending_jobs pending_jobs_pkey; Type: CONSTRAINT; Schema: app; Owner: -
--

ALTER TABLE ONLY app.pending_jobs
    ADD CONSTRAINT pending_jobs_pkey PRIMARY KEY (pending_job_id);

--
-- Name: push_subscriptions push_subscriptions_endpoint_key; Type: CONSTRAINT; Schema: app; Owner: -
--

ALTER TABLE ONLY app.push_subscriptions
    ADD CONSTRAINT push_subscriptions_endpoint_key UNIQUE (endpoint);

--
-- Name: push_subscriptions push_subscriptions_pkey; Type: CONSTRAINT; Schema: app; Owner: -
--

ALTER TABLE ONLY app.push_subscriptions
    ADD CONSTRAINT push_subscriptions_pkey PRIMARY KEY (subscription_id);

--
-- Name: retired_refresh_tokens retired_refresh_tokens_pkey; Type: CONSTRAINT; Schema: app; Owner: -
--

ALTER TABLE ONLY app.retired_refresh_tokens
    ADD CONSTRAINT retired_refresh_tokens_pkey PRIMARY KEY (token_hash);

--
-- Name: site_settings site_settings_pkey; Type: CONSTRAINT; Schema: app; Owner: -
--

ALTER TABLE ONLY app.site_settings
    ADD CONSTRAINT site_settings_pkey PRIMARY KEY (setting_key);

--
-- Name: stats_daily_buildings stats_daily_buildings_pkey; Type: CONSTRAINT; Schema: app; Owner: -
--

ALTER TABLE ONLY app.stats_daily_buildings
    ADD CONSTRAINT stats_daily_buildings_pkey PRIMARY KEY (work_date, user_id, building_id);

--
-- Name: stats_daily_device_types stats_daily_device_types_pkey; Type: CONSTRAINT; Schema: app; Owner: -
--

ALTER TABLE ONLY app.stats_daily_device_types
    ADD CONSTRAINT stats_daily_device_types_pkey PRIMARY KEY (work_date, user_id, device_type);

--
-- Name: stats_daily_hours stats_daily_hours_pkey; Type: CONSTRAINT; Schema: app; Owner: -
--

ALTER TABLE ONLY app.stats_daily_hours
    ADD CONSTRAINT stats_daily_hours_pkey PRIMARY KEY (work_date, user_id);

--
-- Name: ticket_entries ticket_entries_pkey; Type: CONSTRAINT; Schema: app; Owner: -
--

ALTER TABLE ONLY app.ticket_entries
    ADD CONSTRAINT ticket_entries_pkey PRIMARY KEY (entry_id);

--
-- Name: ticket_misc_entries ticket_misc_entries_pkey; Type: CONSTRAINT; Schema: app; Owner: -
--

ALTER TABLE ONLY app.ticket_misc_entries
    ADD CONSTRAINT ticket_misc_entries_pkey PRIMARY KEY (entry_id);

--
-- Name: tickets tickets_pkey; Type: CONSTRAINT; Schema: app; Owner: -
--

ALTER TABLE ONLY app.tickets
    ADD CONSTRAINT tickets_pkey PRIMARY KEY (ticket_id);

--
-- Name: tickets tickets_ticket_number_key; Type: CONSTRAINT; Schema: app; Owner: -
--

ALTER TABLE ONLY app.tickets
    ADD CONSTRAINT tickets_ticket_number_key UNIQUE (ticket_number);

--
-- Name: user_groups user_groups_pkey; Type: CONSTRAINT; Schema: app; Owner: -
--

ALTER TABLE ONLY app.user_groups
    ADD CONSTRAINT user_groups_pkey PRIMARY KEY (user_id, group_id);

--
-- Name: user_sessions user_sessions_pkey; Type: CONSTRAINT; Schema: app; Owner: -
--

ALTER TABLE ONLY app.user_sessions
    ADD CONSTRAINT user_sessions_pkey PRIMARY KEY (session_id);

--
-- Name: users users_email_hash_key; Type: CONSTRAINT; Schema: app; Owner: -
--

ALTER TABLE ONLY app.users
    ADD CONSTRAINT users_email_hash_key UNIQUE (email_hash);

--
-- Name: users users_oauth_provider_oauth_id_key; Type: CONSTRAINT; Schema: app; Owner: -
--

ALTER TABLE ONLY app.users
    ADD CONSTRAINT users_oauth_provider_oauth_id_key UNIQUE (oauth_provider, oauth_id);

--
-- Name: users users_pkey; Type: CONSTRAINT; Schema: app; Owner: -
--

ALTER TABLE ONLY app.users
    ADD CONSTRAINT users_pkey PRIMARY KEY (user_id);

--
-- Name: users users_user_uuid_key; Type: CONSTRAINT; Schema: app; Owner: -
--

ALTER TABLE ONLY app.users
    ADD CONSTRAINT users_user_uuid_key UNIQUE (user_uuid);

--
-- Name: applied applied_pkey; Type: CONSTRAINT; Schema: crewlog_migrations; Owner: -
--

ALTER TABLE ONLY crewlog_migrations.applied
    ADD CONSTRAINT applied_pkey PRIMARY KEY (version);

--
-- Name: key_rotation_steps key_rotation_steps_pkey; Type: CONSTRAINT; Schema: ops; Owner: -
--

ALTER TABLE ONLY ops.key_rotation_steps
    ADD CONSTRAINT key_rotation_steps_pkey PRIMARY KEY (rotation_id, step);

--
-- Name: key_rotations key_rotations_pkey; Type: CONSTRAINT; Schema: ops; Owner: -
--

ALTER TABLE ONLY ops.key_rotations
    ADD CONSTRAINT key_rotations_pkey PRIMARY KEY (rotation_id);

--
-- Name: alerts_created_by_idx; Type: INDEX; Schema: app; Owner: -
--

CREATE INDEX alerts_created_by_idx ON app.alerts USING btree (created_by);

--
-- Name: alerts_job_created_idx; Type: INDEX; Schema: app; Owner: -
--

CREATE INDEX alerts_job_created_idx ON app.alerts USING btree (created_at) INCLUDE (subject_user_id) WHERE (alert_type = 'job'::text);

--
-- Name: alerts_job_resolved_idx; Type: INDEX; Schema: app; Owner: -
--

CREATE INDEX alerts_job_resolved_idx ON app.alerts USING btree (resolved_at) INCLUDE (subject_user_id) WHERE ((alert_type = 'job'::text) AND (resolved_at IS NOT NULL));

--
-- Name: alerts_resolved_by_idx; Type: INDEX; Schema: app; Owner: -
--

CREATE INDEX alerts_resolved_by_idx ON app.alerts USING btree (resolved_by);

--
-- Name: alerts_source_idx; Type: INDEX; Schema: app; Owner: -
--

CREATE INDEX alerts_source_idx ON app.alerts USING btree (source_table, source_id);

--
-- Name: alerts_subject_user_id_idx; Type: INDEX; Schema: app; Owner: -
--

CREATE INDEX alerts_subject_user_id_idx ON app.alerts USING btree (subject_user_id);

--
-- Name: buildings_created_by_idx; Type: INDEX; Schema: app; Owner: -
--

CREATE INDEX buildings_created_by_idx ON app.buildings USING btree (created_by);

--
-- Name: buildings_name_key; Type: INDEX; Schema: app; Owner: -
--

CREATE UNIQUE INDEX buildings_name_key ON app.buildings USING btree (lower(building_name));

--
-- Name: devices_building_id_idx; Type: INDEX; Schema: app; Owner: -
--

CREATE INDEX devices_building_id_idx ON app.devices USING btree (building_id);

--
-- Name: devices_created_by_idx; Type: INDEX; Schema: app; Owner: -
--

CREATE INDEX devices_created_by_idx ON app.devices USING btree (created_by);

--
-- Name: email_verification_tokens_user_id_idx; Type: INDEX; Schema: app; Owner: -
--

CREATE INDEX email_verification_tokens_user_id_idx ON app.email_verification_tokens USING btree (user_id);

--
-- Name: entry_devices_device_id_idx; Type: INDEX; Schema: app; Owner: -
--

CREATE INDEX entry_devices_device_id_idx ON app.entry_devices USING btree (device_id);

--
-- Name: entry_photos_created_by_idx; Type: INDEX; Schema: app; Owner: -
--

CREATE INDEX entry_photos_created_by_idx ON app.entry_photos USING btree (created_by);

--
-- Name: entry_photos_entry_id_idx; Type: INDEX; Schema: app; Owner: -
--

CREATE INDEX entry_photos_entry_id_idx ON app.entry_photos USING btree (entry_id) WHERE (deleted_at IS NULL);

--
-- Name: files_owner_id_idx; Type: INDEX; Schema: app; Owner: -
--

CREATE INDEX files_owner_id_idx ON app.files USING btree (owner_id);

--
-- Name: history_created_at_idx; Type: INDEX; Schema: app; Owner: -
--

CREATE INDEX history_created_at_idx ON app.history USING btree (created_at DESC);

--
-- Name: history_table_record_idx; Type: INDEX; Schema: app; Owner: -
--

CREATE INDEX history_table_record_idx ON app.history USING btree (table_name, record_id);

--
-- Name: history_user_id_idx; Type: INDEX; Schema: app; Owner: -
--

CREATE INDEX history_user_id_idx ON app.history USING btree (user_id);

--
-- Name: idx_alerts_unresolved; Type: INDEX; Schema: app; Owner: -
--

CREATE INDEX idx_alerts_unresolved ON app.alerts USING btree (alert_type, created_at DESC) WHERE (resolved_at IS NULL);

--
-- Name: idx_user_sessions_user_id; Type: INDEX; Schema: app; Owner: -
--

CREATE INDEX idx_user_sessions_user_id ON app.user_sessions USING btree (user_id);

--
-- Name: import_batches_user_id_idx; Type: INDEX; Schema: app; Owner: -
--

CREATE INDEX import_batches_user_id_idx ON app.import_batches USING btree (user_id, created_at DESC);

--
-- Name: import_export_logs_user_id_idx; Type: INDEX; Schema: app; Owner: -
--

CREATE INDEX import_export_logs_user_id_idx ON app.import_export_logs USING btree (user_id, created_at DESC);

--
-- Name: import_progress_user_id_idx; Type: INDEX; Schema: app; Owner: -
--

CREATE INDEX import_progress_user_id_idx ON app.import_progress USING btree (user_id, created_at DESC);

--
-- Name: login_attempts_email_idx; Type: INDEX; Schema: app; Owner: -
--

CREATE INDEX login_attempts_email_idx ON app.login_attempts USING btree (email_hash, attempted_at DESC);

--
-- Name: login_attempts_ip_idx; Type: INDEX; Schema: app; Owner: -
--

CREATE INDEX login_attempts_ip_idx ON app.login_attempts USING btree (ip_address, attempted_at DESC);

--
-- Name: notification_receipts_user_id_idx; Type: INDEX; Schema: app; Owner: -
--

CREATE INDEX notification_receipts_user_id_idx ON app.notification_receipts USING btree (user_id);

--
-- Name: notifications_created_at_idx; Type: INDEX; Schema: app; Owner: -
--

CREATE INDEX notifications_created_at_idx ON app.notifications USING btree (created_at DESC);

--
-- Name: notifications_recipient_group_id_idx; Type: INDEX; Schema: app; Owner: -
--

CREATE INDEX notifications_recipient_group_id_idx ON app.notifications USING btree (recipient_group_id);

--
-- Name: notifications_recipient_user_id_idx; Type: INDEX; Schema: app; Owner: -
--

CREATE INDEX notifications_recipient_user_id_idx ON app.notifications USING btree (recipient_user_id);

--
-- Name: notifications_sender_id_idx; Type: INDEX; Schema: app; Owner: -
--

CREATE INDEX notifications_sender_id_idx ON app.notifications USING btree (sender_id);

--
-- Name: password_reset_tokens_user_id_idx; Type: INDEX; Schema: app; Owner: -
--

CREATE INDEX password_reset_tokens_user_id_idx ON app.password_reset_tokens USING btree (user_id);

--
-- Name: push_subscriptions_session_id_idx; Type: INDEX; Schema: app; Owner: -
--

CREATE INDEX push_subscriptions_session_id_idx ON app.push_subscriptions USING btree (session_id);

--
-- Name: push_subscriptions_user_id_idx; Type: INDEX; Schema: app; Owner: -
--

CREATE INDEX push_subscriptions_user_id_idx ON app.push_subscriptions USING btree (user_id);

--
-- Name: retired_refresh_tokens_session_id_idx; Type: INDEX; Schema: app; Owner: -
--

CREATE INDEX retired_refresh_tokens_session_id_idx ON app.retired_refresh_tokens USING btree (session_id);

--
-- Name: ticket_entries_deleted_by_idx; Type: INDEX; Schema: app; Owner: -
--

CREATE INDEX ticket_entries_deleted_by_idx ON app.ticket_entries USING btree (deleted_by);

--
-- Name: ticket_entries_job_date_idx; Type: INDEX; Schema: app; Owner: -
--

CREATE INDEX ticket_entries_job_date_idx ON app.ticket_entries USING btree (job_date);

--
-- Name: ticket_entries_stats_idx; Type: INDEX; Schema: app; Owner: -
--

CREATE INDEX ticket_entries_stats_idx ON app.ticket_entries USING btree (job_date) INCLUDE (user_id, ticket_id, job_start_time, job_end_time, entry_id) WHERE (deleted_at IS NULL);

--
-- Name: ticket_entries_ticket_id_idx; Type: INDEX; Schema: app; Owner: -
--

CREATE INDEX ticket_entries_ticket_id_idx ON app.ticket_entries USING btree (ticket_id);

--
-- Name: ticket_entries_user_date_idx; Type: INDEX; Schema: app; Owner: -
--

CREATE INDEX ticket_entries_user_date_idx ON app.ticket_entries USING btree (user_id, job_date DESC, entry_id DESC);

--
-- Name: ticket_misc_entries_deleted_by_idx; Type: INDEX; Schema: app; Owner: -
--

CREATE INDEX ticket_misc_entries_deleted_by_idx ON app.ticket_misc_entries USING btree (deleted_by);

--
-- Name: ticket_misc_entries_user_date_idx; Type: INDEX; Schema: app; Owner: -
--

CREATE INDEX ticket_misc_entries_user_date_idx ON app.ticket_misc_entries USING btree (user_id, misc_start_date DESC);

--
-- Name: tickets_building_id_idx; Type: INDEX; Schema: app; Owner: -
--

CREATE INDEX tickets_building_id_idx ON app.tickets USING btree (building_id);

--
-- Name: tickets_created_by_idx; Type: INDEX; Schema: app; Owner: -
--

CREATE INDEX tickets_created_by_idx ON app.tickets USING btree (created_by);

--
-- Name: tickets_deleted_by_idx; Type: INDEX; Schema: app; Owner: -
--

CREATE INDEX tickets_deleted_by_idx ON app.tickets USING btree (deleted_by);

--
-- Name: user_groups_group_id_idx; Type: INDEX; Schema: app; Owner: -
--

CREATE INDEX user_groups_group_id_idx ON app.user_groups USING btree (group_id);

--
-- Name: user_sessions_token_hash_key; Type: INDEX; Schema: app; Owner: -
--

CREATE UNIQUE INDEX user_sessions_token_hash_key ON app.user_sessions USING btree (token_hash) WHERE (token_hash IS NOT NULL);

--
-- Name: users_alias_key; Type: INDEX; Schema: app; Owner: -
--

CREATE UNIQUE INDEX users_alias_key ON app.users USING btree (lower(alias));

--
-- Name: key_rotations_one_unfinished; Type: INDEX; Schema: ops; Owner: -
--

CREATE UNIQUE INDEX key_rotations_one_unfinished ON ops.key_rotations USING btree ((true)) WHERE (finished_at IS NULL);

--
-- Name: alerts alerts_write; Type: TRIGGER; Schema: api; Owner: -
--

CREATE TRIGGER alerts_write INSTEAD OF INSERT OR UPDATE ON api.alerts FOR EACH ROW EXECUTE FUNCTION api.alerts_write();

--
-- Name: buildings buildings_write; Type: TRIGGER; Schema: api; Owner: -
--

CREATE TRIGGER buildings_write INSTEAD OF INSERT OR UPDATE ON api.buildings FOR EACH ROW EXECUTE FUNCTION api.buildings_write();

--
-- Name: devices devices_write; Type: TRIGGER; Schema: api; Owner: -
--

CREATE TRIGGER devices_write INSTEAD OF INSERT OR UPDATE ON api.devices FOR EACH ROW EXECUTE FUNCTION api.devices_write();

--
-- Name: entry_photos entry_photos_soft_delete; Type: TRIGGER; Schema: api; Owner: -
--

CREATE TRIGGER entry_photos_soft_delete INSTEAD OF DELETE ON api.entry_photos FOR EACH ROW EXECUTE FUNCTION api.soft_delete('entry_photos', 'photo_id', 'photo');

--
-- Name: notifications notifications_write; Type: TRIGGER; Schema: api; Owner: -
--

CREATE TRIGGER notifications_write INSTEAD OF INSERT OR UPDATE ON api.notifications FOR EACH ROW EXECUTE FUNCTION api.notifications_write();

--
-- Name: ticket_entries ticket_entries_soft_delete; Type: TRIGGER; Schema: api; Owner: -
--

CREATE TRIGGER ticket_entries_soft_delete INSTEAD OF DELETE ON api.ticket_entries FOR EACH ROW EXECUTE FUNCTION api.soft_delete('ticket_entries', 'entry_id', 'entry');

--
-- Name: ticket_entries ticket_entries_write; Type: TRIGGER; Schema: api; Owner: -
--

CREATE TRIGGER ticket_entries_write INSTEAD OF INSERT OR UPDATE ON api.ticket_entries FOR EACH ROW EXECUTE FUNCTION api.ticket_entries_write();

--
-- Name: ticket_misc_entries ticket_misc_entries_soft_delete; Type: TRIGGER; Schema: api; Owner: -
--

CREATE TRIGGER ticket_misc_entries_soft_delete INSTEAD OF DELETE ON api.ticket_misc_entries FOR EACH ROW EXECUTE FUNCTION api.soft_delete('ticket_misc_entries', 'entry_id', 'task');

--
-- Name: ticket_misc_entries ticket_misc_entries_write; Type: TRIGGER; Schema: api; Owner: -
--

CREATE TRIGGER ticket_misc_entries_write INSTEAD OF INSERT OR UPDATE ON api.ticket_misc_entries FOR EACH ROW EXECUTE FUNCTION api.ticket_misc_entries_write();

--
-- Name: tickets tickets_soft_delete; Type: TRIGGER; Schema: api; Owner: -
--

CREATE TRIGGER tickets_soft_delete INSTEAD OF DELETE ON api.tickets FOR EACH ROW EXECUTE FUNCTION api.soft_delete('tickets', 'ticket_id', 'ticket');

--
-- Name: users users_update; Type: TRIGGER; Schema: api; Owner: -
--

CREATE TRIGGER users_update INSTEAD OF UPDATE ON api.users FOR EACH ROW EXECUTE FUNCTION api.users_update();

--
-- Name: alerts alerts_audit; Type: TRIGGER; Schema: app; Owner: -
--

CREATE TRIGGER alerts_audit AFTER INSERT OR DELETE OR UPDATE ON app.alerts FOR EACH ROW EXECUTE FUNCTION app.audit('alert_id');

--
-- Name: alerts alerts_enqueue; Type: TRIGGER; Schema: app; Owner: -
--

CREATE TRIGGER alerts_enqueue AFTER INSERT ON app.alerts FOR EACH ROW EXECUTE FUNCTION app.enqueue_alert_jobs();

--
-- Name: alerts alerts_enqueue_push; Type: TRIGGER; Schema: app; Owner: -
--

CREATE TRIGGER alerts_enqueue_push AFTER INSERT ON app.alerts FOR EACH ROW EXECUTE FUNCTION app.enqueue_push_jobs();

--
-- Name: alerts alerts_guard; Type: TRIGGER; Schema: app; Owner: -
--

CREATE TRIGGER alerts_guard BEFORE UPDATE ON app.alerts FOR EACH ROW EXECUTE FUNCTION app.guard_alert_update();

--
-- Name: alerts alerts_notify; Type: TRIGGER; Schema: app; Owner: -
--

CREATE TRIGGER alerts_notify AFTER INSERT OR UPDATE ON app.alerts FOR EACH ROW EXECUTE FUNCTION app.notify_change('alerts', 'alert_id', 'alert_type', 'subject_user_id');

--
-- Name: buildings buildings_audit; Type: TRIGGER; Schema: app; Owner: -
--

CREATE TRIGGER buildings_audit AFTER INSERT OR DELETE OR UPDATE ON app.buildings FOR EACH ROW EXECUTE FUNCTION app.audit('building_id');

--
-- Name: buildings buildings_notify; Type: TRIGGER; Schema: app; Owner: -
--

CREATE TRIGGER buildings_notify AFTER INSERT OR DELETE OR UPDATE ON app.buildings FOR EACH ROW EXECUTE FUNCTION app.notify_change('buildings', 'building_id');

--
-- Name: buildings buildings_touch; Type: TRIGGER; Schema: app; Owner: -
--

CREATE TRIGGER buildings_touch BEFORE UPDATE ON app.buildings FOR EACH ROW EXECUTE FUNCTION app.touch_updated_at();

--
-- Name: devices devices_audit; Type: TRIGGER; Schema: app; Owner: -
--

CREATE TRIGGER devices_audit AFTER INSERT OR DELETE OR UPDATE ON app.devices FOR EACH ROW EXECUTE FUNCTION app.audit('device_id');

--
-- Name: devices devices_notify; Type: TRIGGER; Schema: app; Owner: -
--

CREATE TRIGGER devices_notify AFTER INSERT OR DELETE OR UPDATE ON app.devices FOR EACH ROW EXECUTE FUNCTION app.notify_change('devices', 'device_id', 'building_id');

--
-- Name: devices devices_stats_update; Type: TRIGGER; Schema: app; Owner: -
--

CREATE TRIGGER devices_stats_update AFTER UPDATE ON app.devices REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION app.stats_devices_changed();

--
-- Name: devices devices_touch; Type: TRIGGER; Schema: app; Owner: -
--

CREATE TRIGGER devices_touch BEFORE UPDATE ON app.devices FOR EACH ROW EXECUTE FUNCTION app.touch_updated_at();

--
-- Name: email_verification_tokens email_verification_tokens_audit; Type: TRIGGER; Schema: app; Owner: -
--

CREATE TRIGGER email_verification_tokens_audit AFTER INSERT OR DELETE OR UPDATE ON app.email_verification_tokens FOR EACH ROW EXECUTE FUNCTION app.audit('token_id');

--
-- Name: entry_devices entry_devices_audit; Type: TRIGGER; Schema: app; Owner: -
--

CREATE TRIGGER entry_devices_audit AFTER INSERT OR DELETE OR UPDATE ON app.entry_devices FOR EACH ROW EXECUTE FUNCTION app.audit('entry_id', 'device_id');

--
-- Name: entry_devices entry_devices_check; Type: TRIGGER; Schema: app; Owner: -
--

CREATE TRIGGER entry_devices_check BEFORE INSERT OR UPDATE ON app.entry_devices FOR EACH ROW EXECUTE FUNCTION app.check_entry_device();

--
-- Name: entry_devices entry_devices_flag_changed; Type: TRIGGER; Schema: app; Owner: -
--

CREATE TRIGGER entry_devices_flag_changed AFTER INSERT OR DELETE ON app.entry_devices FOR EACH ROW EXECUTE FUNCTION app.flag_entry_devices_changed();

--
-- Name: entry_devices entry_devices_stats_delete; Type: TRIGGER; Schema: app; Owner: -
--

CREATE TRIGGER entry_devices_stats_delete AFTER DELETE ON app.entry_devices REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION app.stats_entry_devices_changed();

--
-- Name: entry_devices entry_devices_stats_insert; Type: TRIGGER; Schema: app; Owner: -
--

CREATE TRIGGER entry_devices_stats_insert AFTER INSERT ON app.entry_devices REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION app.stats_entry_devices_changed();

--
-- Name: entry_devices entry_devices_stats_update; Type: TRIGGER; Schema: app; Owner: -
--

CREATE TRIGGER entry_devices_stats_update AFTER UPDATE ON app.entry_devices REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION app.stats_entry_devices_changed();

--
-- Name: entry_photos entry_photos_audit; Type: TRIGGER; Schema: app; Owner: -
--

CREATE TRIGGER entry_photos_audit AFTER INSERT OR DELETE OR UPDATE ON app.entry_photos FOR EACH ROW EXECUTE FUNCTION app.audit('photo_id');

--
-- Name: entry_photos entry_photos_notify; Type: TRIGGER; Schema: app; Owner: -
--

CREATE TRIGGER entry_photos_notify AFTER INSERT OR UPDATE ON app.entry_photos FOR EACH ROW EXECUTE FUNCTION app.notify_change('entry_photos', 'photo_id', 'entry_id');

--
-- Name: files files_audit; Type: TRIGGER; Schema: app; Owner: -
--

CREATE TRIGGER files_audit AFTER INSERT OR DELETE OR UPDATE ON app.files FOR EACH ROW EXECUTE FUNCTION app.audit('file_id');

--
-- Name: groups groups_audit; Type: TRIGGER; Schema: app; Owner: -
--

CREATE TRIGGER groups_audit AFTER INSERT OR DELETE OR UPDATE ON app.groups FOR EACH ROW EXECUTE FUNCTION app.audit('group_id');

--
-- Name: history history_append_only; Type: TRIGGER; Schema: app; Owner: -
--

CREATE TRIGGER history_append_only BEFORE DELETE OR UPDATE OR TRUNCATE ON app.history FOR EACH STATEMENT EXECUTE FUNCTION app.refuse_history_change();

--
-- Name: import_batches import_batches_audit; Type: TRIGGER; Schema: app; Owner: -
--

CREATE TRIGGER import_batches_audit AFTER INSERT OR DELETE OR UPDATE ON app.import_batches FOR EACH ROW EXECUTE FUNCTION app.audit('import_id');

--
-- Name: import_export_logs import_export_logs_audit; Type: TRIGGER; Schema: app; Owner: -
--

CREATE TRIGGER import_export_logs_audit AFTER INSERT OR DELETE OR UPDATE ON app.import_export_logs FOR EACH ROW EXECUTE FUNCTION app.audit('log_id');

--
-- Name: import_progress import_progress_audit; Type: TRIGGER; Schema: app; Owner: -
--

CREATE TRIGGER import_progress_audit AFTER INSERT OR DELETE OR UPDATE OF status ON app.import_progress FOR EACH ROW EXECUTE FUNCTION app.audit('import_id');

--
-- Name: import_progress import_progress_enqueue; Type: TRIGGER; Schema: app; Owner: -
--

CREATE TRIGGER import_progress_enqueue AFTER INSERT ON app.import_progress FOR EACH ROW EXECUTE FUNCTION app.enqueue_import_parse();

--
-- Name: import_progress import_progress_notify; Type: TRIGGER; Schema: app; Owner: -
--

CREATE TRIGGER import_progress_notify AFTER INSERT OR UPDATE ON app.import_progress FOR EACH ROW EXECUTE FUNCTION app.notify_change('import_progress', 'import_id', 'user_id');

--
-- Name: import_progress import_progress_touch; Type: TRIGGER; Schema: app; Owner: -
--

CREATE TRIGGER import_progress_touch BEFORE UPDATE ON app.import_progress FOR EACH ROW EXECUTE FUNCTION app.touch_updated_at();

--
-- Name: import_uploads import_uploads_audit; Type: TRIGGER; Schema: app; Owner: -
--

CREATE TRIGGER import_uploads_audit AFTER INSERT OR DELETE ON app.import_uploads FOR EACH ROW EXECUTE FUNCTION app.audit('import_id', 'position');

--
-- Name: login_attempts login_attempts_audit; Type: TRIGGER; Schema: app; Owner: -
--

CREATE TRIGGER login_attempts_audit AFTER INSERT OR DELETE OR UPDATE ON app.login_attempts FOR EACH ROW EXECUTE FUNCTION app.audit('attempt_id');

--
-- Name: notification_receipts notification_receipts_audit; Type: TRIGGER; Schema: app; Owner: -
--

CREATE TRIGGER notification_receipts_audit AFTER INSERT OR DELETE OR UPDATE ON app.notification_receipts FOR EACH ROW EXECUTE FUNCTION app.audit('notification_id', 'user_id');

--
-- Name: notifications notifications_audit; Type: TRIGGER; Schema: app; Owner: -
--

CREATE TRIGGER notifications_audit AFTER INSERT OR DELETE OR UPDATE ON app.notifications FOR EACH ROW EXECUTE FUNCTION app.audit('notification_id');

--
-- Name: notifications notifications_enqueue; Type: TRIGGER; Schema: app; Owner: -
--

CREATE TRIGGER notifications_enqueue AFTER INSERT ON app.notifications FOR EACH ROW EXECUTE FUNCTION app.enqueue_notification_jobs();

--
-- Name: notifications notifications_enqueue_push; Type: TRIGGER; Schema: app; Owner: -
--

CREATE TRIGGER notifications_enqueue_push AFTER INSERT ON app.notifications FOR EACH ROW EXECUTE FUNCTION app.enqueue_push_jobs();

--
-- Name: notifications notifications_notify; Type: TRIGGER; Schema: app; Owner: -
--

CREATE TRIGGER notifications_notify AFTER INSERT ON app.notifications FOR EACH ROW EXECUTE FUNCTION app.notify_change('notifications', 'notification_id', 'recipient_user_id', 'recipient_group_id', 'is_site_wide');

--
-- Name: password_reset_tokens password_reset_tokens_audit; Type: TRIGGER; Schema: app; Owner: -
--

CREATE TRIGGER password_reset_tokens_audit AFTER INSERT OR DELETE OR UPDATE ON app.password_reset_tokens FOR EACH ROW EXECUTE FUNCTION app.audit('token_id');

--
-- Name: site_settings site_settings_audit; Type: TRIGGER; Schema: app; Owner: -
--

CREATE TRIGGER site_settings_audit AFTER INSERT OR DELETE OR UPDATE ON app.site_settings FOR EACH ROW EXECUTE FUNCTION app.audit('setting_key');

--
-- Name: site_settings site_settings_notify; Type: TRIGGER; Schema: app; Owner: -
--

CREATE TRIGGER site_settings_notify AFTER UPDATE ON app.site_settings FOR EACH ROW EXECUTE FUNCTION app.notify_change('site_settings', 'setting_key');

--
-- Name: ticket_entries ticket_entries_audit; Type: TRIGGER; Schema: app; Owner: -
--

CREATE TRIGGER ticket_entries_audit AFTER INSERT OR DELETE OR UPDATE ON app.ticket_entries FOR EACH ROW EXECUTE FUNCTION app.audit('entry_id');

--
-- Name: ticket_entries ticket_entries_check_ticket; Type: TRIGGER; Schema: app; Owner: -
--

CREATE TRIGGER ticket_entries_check_ticket BEFORE INSERT OR UPDATE OF ticket_id ON app.ticket_entries FOR EACH ROW EXECUTE FUNCTION app.check_entry_ticket();

--
-- Name: ticket_entries ticket_entries_flag_changed; Type: TRIGGER; Schema: app; Owner: -
--

CREATE TRIGGER ticket_entries_flag_changed BEFORE UPDATE ON app.ticket_entries FOR EACH ROW EXECUTE FUNCTION app.flag_entry_changed();

--
-- Name: ticket_entries ticket_entries_guard; Type: TRIGGER; Schema: app; Owner: -
--

CREATE TRIGGER ticket_entries_guard BEFORE UPDATE ON app.ticket_entries FOR EACH ROW EXECUTE FUNCTION app.guard_owned_update('user_id');

--
-- Name: ticket_entries ticket_entries_job_alert; Type: TRIGGER; Schema: app; Owner: -
--

CREATE TRIGGER ticket_entries_job_alert AFTER INSERT OR UPDATE ON app.ticket_entries FOR EACH ROW EXECUTE FUNCTION app.sync_job_alert();

--
-- Name: ticket_entries ticket_entries_notify; Type: TRIGGER; Schema: app; Owner: -
--

CREATE TRIGGER ticket_entries_notify AFTER INSERT OR UPDATE ON app.ticket_entries FOR EACH ROW EXECUTE FUNCTION app.notify_change('ticket_entries', 'entry_id', 'user_id');

--
-- Name: ticket_entries ticket_entries_stats_delete; Type: TRIGGER; Schema: app; Owner: -
--

CREATE TRIGGER ticket_entries_stats_delete AFTER DELETE ON app.ticket_entries REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION app.stats_entries_changed();

--
-- Name: ticket_entries ticket_entries_stats_insert; Type: TRIGGER; Schema: app; Owner: -
--

CREATE TRIGGER ticket_entries_stats_insert AFTER INSERT ON app.ticket_entries REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION app.stats_entries_changed();

--
-- Name: ticket_entries ticket_entries_stats_update; Type: TRIGGER; Schema: app; Owner: -
--

CREATE TRIGGER ticket_entries_stats_update AFTER UPDATE ON app.ticket_entries REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION app.stats_entries_changed();

--
-- Name: ticket_entries ticket_entries_take_deletion_reason; Type: TRIGGER; Schema: app; Owner: -
--

CREATE TRIGGER ticket_entries_take_deletion_reason BEFORE UPDATE OF deleted_at ON app.ticket_entries FOR EACH ROW EXECUTE FUNCTION app.take_deletion_reason();

--
-- Name: ticket_entries ticket_entries_touch; Type: TRIGGER; Schema: app; Owner: -
--

CREATE TRIGGER ticket_entries_touch BEFORE UPDATE ON app.ticket_entries FOR EACH ROW EXECUTE FUNCTION app.touch_updated_at();

--
-- Name: ticket_misc_entries ticket_misc_entries_audit; Type: TRIGGER; Schema: app; Owner: -
--

CREATE TRIGGER ticket_misc_entries_audit AFTER INSERT OR DELETE OR UPDATE ON app.ticket_misc_entries FOR EACH ROW EXECUTE FUNCTION app.audit('entry_id');

--
-- Name: ticket_misc_entries ticket_misc_entries_guard; Type: TRIGGER; Schema: app; Owner: -
--

CREATE TRIGGER ticket_misc_entries_guard BEFORE UPDATE ON app.ticket_misc_entries FOR EACH ROW EXECUTE FUNCTION app.guard_owned_update('user_id');

--
-- Name: ticket_misc_entries ticket_misc_entries_notify; Type: TRIGGER; Schema: app; Owner: -
--

CREATE TRIGGER ticket_misc_entries_notify AFTER INSERT OR UPDATE ON app.ticket_misc_entries FOR EACH ROW EXECUTE FUNCTION app.notify_change('ticket_misc_entries', 'entry_id', 'user_id');

--
-- Name: ticket_misc_entries ticket_misc_entries_stats_delete; Type: TRIGGER; Schema: app; Owner: -
--

CREATE TRIGGER ticket_misc_entries_stats_delete AFTER DELETE ON app.ticket_misc_entries REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION app.stats_tasks_changed();

--
-- Name: ticket_misc_entries ticket_misc_entries_stats_insert; Type: TRIGGER; Schema: app; Owner: -
--

CREATE TRIGGER ticket_misc_entries_stats_insert AFTER INSERT ON app.ticket_misc_entries REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION app.stats_tasks_changed();

--
-- Name: ticket_misc_entries ticket_misc_entries_stats_update; Type: TRIGGER; Schema: app; Owner: -
--

CREATE TRIGGER ticket_misc_entries_stats_update AFTER UPDATE ON app.ticket_misc_entries REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION app.stats_tasks_changed();

--
-- Name: ticket_misc_entries ticket_misc_entries_take_deletion_reason; Type: TRIGGER; Schema: app; Owner: -
--

CREATE TRIGGER ticket_misc_entries_take_deletion_reason BEFORE UPDATE OF deleted_at ON app.ticket_misc_entries FOR EACH ROW EXECUTE FUNCTION app.take_deletion_reason();

--
-- Name: ticket_misc_entries ticket_misc_entries_touch; Type: TRIGGER; Schema: app; Owner: -
--

CREATE TRIGGER ticket_misc_entries_touch BEFORE UPDATE ON app.ticket_misc_entries FOR EACH ROW EXECUTE FUNCTION app.touch_updated_at();

--
-- Name: tickets tickets_audit; Type: TRIGGER; Schema: app; Owner: -
--

CREATE TRIGGER tickets_audit AFTER INSERT OR DELETE OR UPDATE ON app.tickets FOR EACH ROW EXECUTE FUNCTION app.audit('ticket_id');

--
-- Name: tickets tickets_guard; Type: TRIGGER; Schema: app; Owner: -
--

CREATE TRIGGER tickets_guard BEFORE UPDATE ON app.tickets FOR EACH ROW EXECUTE FUNCTION app.guard_owned_update('created_by');

--
-- Name: tickets tickets_notify; Type: TRIGGER; Schema: app; Owner: -
--

CREATE TRIGGER tickets_notify AFTER INSERT OR UPDATE ON app.tickets FOR EACH ROW EXECUTE FUNCTION app.notify_change('tickets', 'ticket_id', 'created_by');

--
-- Name: tickets tickets_stats_update; Type: TRIGGER; Schema: app; Owner: -
--

CREATE TRIGGER tickets_stats_update AFTER UPDATE ON app.tickets REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION app.stats_tickets_changed();

--
-- Name: tickets tickets_take_deletion_reason; Type: TRIGGER; Schema: app; Owner: -
--

CREATE TRIGGER tickets_take_deletion_reason BEFORE UPDATE OF deleted_at ON app.tickets FOR EACH ROW EXECUTE FUNCTION app.take_deletion_reason();

--
-- Name: tickets tickets_touch; Type: TRIGGER; Schema: app; Owner: -
--

CREATE TRIGGER tickets_touch BEFORE UPDATE ON app.tickets FOR EACH ROW EXECUTE FUNCTION app.touch_updated_at();

--
-- Name: user_groups user_groups_audit; Type: TRIGGER; Schema: app; Owner: -
--

CREATE TRIGGER user_groups_audit AFTER INSERT OR DELETE OR UPDATE ON app.user_groups FOR EACH ROW EXECUTE FUNCTION app.audit('user_id', 'group_id');

--
-- Name: user_sessions user_sessions_audit; Type: TRIGGER; Schema: app; Owner: -
--

CREATE TRIGGER user_sessions_audit AFTER INSERT OR DELETE OR UPDATE ON app.user_sessions FOR EACH ROW EXECUTE FUNCTION app.audit('session_id');

--
-- Name: user_sessions user_sessions_drop_push; Type: TRIGGER; Schema: app; Owner: -
--

CREATE TRIGGER user_sessions_drop_push AFTER UPDATE OF is_active, revoked_at ON app.user_sessions FOR EACH ROW EXECUTE FUNCTION app.drop_push_of_ended_session();

--
-- Name: user_sessions user_sessions_notify; Type: TRIGGER; Schema: app; Owner: -
--

CREATE TRIGGER user_sessions_notify AFTER UPDATE OF is_active, revoked_at ON app.user_sessions FOR EACH ROW EXECUTE FUNCTION app.notify_change('user_sessions', 'session_id', 'user_id');

--
-- Name: user_sessions user_sessions_record_end; Type: TRIGGER; Schema: app; Owner: -
--

CREATE TRIGGER user_sessions_record_end AFTER UPDATE OF revoked_at ON app.user_sessions FOR EACH ROW EXECUTE FUNCTION app.record_session_end();

--
-- Name: users users_audit; Type: TRIGGER; Schema: app; Owner: -
--

CREATE TRIGGER users_audit AFTER INSERT OR DELETE OR UPDATE ON app.users FOR EACH ROW EXECUTE FUNCTION app.audit('user_id');

--
-- Name: users users_guard; Type: TRIGGER; Schema: app; Owner: -
--

CREATE TRIGGER users_guard BEFORE UPDATE ON app.users FOR EACH ROW EXECUTE FUNCTION app.guard_user_update();

--
-- Name: users users_keep_an_admin; Type: TRIGGER; Schema: app; Owner: -
--

CREATE TRIGGER users_keep_an_admin BEFORE UPDATE OF user_is_admin, user_is_active ON app.users FOR EACH ROW EXECUTE FUNCTION app.guard_admin_lockout();

--
-- Name: users users_notify; Type: TRIGGER; Schema: app; Owner: -
--

CREATE TRIGGER users_notify AFTER INSERT OR UPDATE ON app.users FOR EACH ROW EXECUTE FUNCTION app.notify_change('users', 'user_id');

--
-- Name: users users_sync_role_groups; Type: TRIGGER; Schema: app; Owner: -
--

CREATE TRIGGER users_sync_role_groups AFTER INSERT OR UPDATE OF user_is_admin, user_is_manager ON app.users FOR EACH ROW EXECUTE FUNCTION app.sync_role_groups();

--
-- Name: users users_touch; Type: TRIGGER; Schema: app; Owner: -
--

CREATE TRIGGER users_touch BEFORE UPDATE ON app.users FOR EACH ROW EXECUTE FUNCTION app.touch_updated_at();

--
-- Name: users users_validate_timezone; Type: TRIGGER; Schema: app; Owner: -
--

CREATE TRIGGER users_validate_timezone BEFORE INSERT OR UPDATE OF user_preferred_timezone ON app.users FOR EACH ROW EXECUTE FUNCTION app.validate_timezone();

--
-- Name: alerts alerts_created_by_fkey; Type: FK CONSTRAINT; Schema: app; Owner: -
--

ALTER TABLE ONLY app.alerts
    ADD CONSTRAINT alerts_created_by_fkey FOREIGN KEY (created_by) REFERENCES app.users(user_id);

--
-- Name: alerts alerts_resolved_by_fkey; Type: FK CONSTRAINT; Schema: app; Owner: -
--

ALTER TABLE ONLY app.alerts
    ADD CONSTRAINT alerts_resolved_by_fkey FOREIGN KEY (resolved_by) REFERENCES app.users(user_id);

--
-- Name: alerts alerts_subject_user_id_fkey; Type: FK CONSTRAINT; Schema: app; Owner: -
--

ALTER TABLE ONLY app.alerts
    ADD CONSTRAINT alerts_subject_user_id_fkey FOREIGN KEY (subject_user_id) REFERENCES app.users(user_id);

--
-- Name: buildings buildings_created_by_fkey; Type: FK CONSTRAINT; Schema: app; Owner: -
--

ALTER TABLE ONLY app.buildings
    ADD CONSTRAINT buildings_created_by_fkey FOREIGN KEY (created_by) REFERENCES app.users(user_id);

--
-- Name: devices devices_building_id_fkey; Type: FK CONSTRAINT; Schema: app; Owner: -
--

ALTER TABLE ONLY app.devices
    ADD CONSTRAINT devices_building_id_fkey FOREIGN KEY (building_id) REFERENCES app.buildings(building_id) ON DELETE RESTRICT;

--
-- Name: devices devices_created_by_fkey; Type: FK CONSTRAINT; Schema: app; Owner: -
--

ALTER TABLE ONLY app.devices
    ADD CONSTRAINT devices_created_by_fkey FOREIGN KEY (created_by) REFERENCES app.users(user_id);

--
-- Name: email_verification_tokens email_verification_tokens_user_id_fkey; Type: FK CONSTRAINT; Schema: app; Owner: -
--

ALTER TABLE ONLY app.email_verification_tokens
    ADD CONSTRAINT email_verification_tokens_user_id_fkey FOREIGN KEY (user_id) REFERENCES app.users(user_id) ON DELETE CASCADE;

--
-- Name: entry_devices entry_devices_device_id_fkey; Type: FK CONSTRAINT; Schema: app; Owner: -
--

ALTER TABLE ONLY app.entry_devices
    ADD CONSTRAINT entry_devices_device_id_fkey FOREIGN KEY (device_id) REFERENCES app.devices(device_id) ON DELETE RESTRICT;

--
-- Name: entry_devices entry_devices_entry_id_fkey; Type: FK CONSTRAINT; Schema: app; Owner: -
--

ALTER TABLE ONLY app.entry_devices
    ADD CONSTRAINT entry_devices_entry_id_fkey FOREIGN KEY (entry_id) REFERENCES app.ticket_entries(entry_id) ON DELETE CASCADE;

--
-- Name: entry_photos entry_photos_created_by_fkey; Type: FK CONSTRAINT; Schema: app; Owner: -
--

ALTER TABLE ONLY app.entry_photos
    ADD CONSTRAINT entry_photos_created_by_fkey FOREIGN KEY (created_by) REFERENCES app.users(user_id);

--
-- Name: entry_photos entry_photos_entry_id_fkey; Type: FK CONSTRAINT; Schema: app; Owner: -
--

ALTER TABLE ONLY app.entry_photos
    ADD CONSTRAINT entry_photos_entry_id_fkey FOREIGN KEY (entry_id) REFERENCES app.ticket_entries(entry_id);

--
-- Name: entry_photos entry_photos_file_id_fkey; Type: FK CONSTRAINT; Schema: app; Owner: -
--

ALTER TABLE ONLY app.entry_photos
    ADD CONSTRAINT entry_photos_file_id_fkey FOREIGN KEY (file_id) REFERENCES app.files(file_id);

--
-- Name: entry_photos entry_photos_thumbnail_file_id_fkey; Type: FK CONSTRAINT; Schema: app; Owner: -
--

ALTER TABLE ONLY app.entry_photos
    ADD CONSTRAINT entry_photos_thumbnail_file_id_fkey FOREIGN KEY (thumbnail_file_id) REFERENCES app.files(file_id);

--
-- Name: files files_owner_id_fkey; Type: FK CONSTRAINT; Schema: app; Owner: -
--

ALTER TABLE ONLY app.files
    ADD CONSTRAINT files_owner_id_fkey FOREIGN KEY (owner_id) REFERENCES app.users(user_id);

--
-- Name: import_batches import_batches_user_id_fkey; Type: FK CONSTRAINT; Schema: app; Owner: -
--

ALTER TABLE ONLY app.import_batches
    ADD CONSTRAINT import_batches_user_id_fkey FOREIGN KEY (user_id) REFERENCES app.users(user_id);

--
-- Name: import_export_logs import_export_logs_user_id_fkey; Type: FK CONSTRAINT; Schema: app; Owner: -
--

ALTER TABLE ONLY app.import_export_logs
    ADD CONSTRAINT import_export_logs_user_id_fkey FOREIGN KEY (user_id) REFERENCES app.users(user_id);

--
-- Name: import_progress import_progress_import_id_fkey; Type: FK CONSTRAINT; Schema: app; Owner: -
--

ALTER TABLE ONLY app.import_progress
    ADD CONSTRAINT import_progress_import_id_fkey FOREIGN KEY (import_id) REFERENCES app.import_batches(import_id) ON DELETE CASCADE;

--
-- Name: import_progress import_progress_user_id_fkey; Type: FK CONSTRAINT; Schema: app; Owner: -
--

ALTER TABLE ONLY app.import_progress
    ADD CONSTRAINT import_progress_user_id_fkey FOREIGN KEY (user_id) REFERENCES app.users(user_id);

--
-- Name: import_uploads import_uploads_import_id_fkey; Type: FK CONSTRAINT; Schema: app; Owner: -
--

ALTER TABLE ONLY app.import_uploads
    ADD CONSTRAINT import_uploads_import_id_fkey FOREIGN KEY (import_id) REFERENCES app.import_batches(import_id) ON DELETE CASCADE;

--
-- Name: notification_receipts notification_receipts_notification_id_fkey; Type: FK CONSTRAINT; Schema: app; Owner: -
--

ALTER TABLE ONLY app.notification_receipts
    ADD CONSTRAINT notification_receipts_notification_id_fkey FOREIGN KEY (notification_id) REFERENCES app.notifications(notification_id) ON DELETE CASCADE;

--
-- Name: notification_receipts notification_receipts_user_id_fkey; Type: FK CONSTRAINT; Schema: app; Owner: -
--

ALTER TABLE ONLY app.notification_receipts
    ADD CONSTRAINT notification_receipts_user_id_fkey FOREIGN KEY (user_id) REFERENCES app.users(user_id) ON DELETE CASCADE;

--
-- Name: notifications notifications_recipient_group_id_fkey; Type: FK CONSTRAINT; Schema: app; Owner: -
--

ALTER TABLE ONLY app.notifications
    ADD CONSTRAINT notifications_recipient_group_id_fkey FOREIGN KEY (recipient_group_id) REFERENCES app.groups(group_id);

--
-- Name: notifications notifications_recipient_user_id_fkey; Type: FK CONSTRAINT; Schema: app; Owner: -
--

ALTER TABLE ONLY app.notifications
    ADD CONSTRAINT notifications_recipient_user_id_fkey FOREIGN KEY (recipient_user_id) REFERENCES app.users(user_id);

--
-- Name: notifications notifications_sender_id_fkey; Type: FK CONSTRAINT; Schema: app; Owner: -
--

ALTER TABLE ONLY app.notifications
    ADD CONSTRAINT notifications_sender_id_fkey FOREIGN KEY (sender_id) REFERENCES app.users(user_id);

--
-- Name: password_reset_tokens password_reset_tokens_user_id_fkey; Type: FK CONSTRAINT; Schema: app; Owner: -
--

ALTER TABLE ONLY app.password_reset_tokens
    ADD CONSTRAINT password_reset_tokens_user_id_fkey FOREIGN KEY (user_id) REFERENCES app.users(user_id) ON DELETE CASCADE;

--
-- Name: push_subscriptions push_subscriptions_session_id_fkey; Type: FK CONSTRAINT; Schema: app; Owner: -
--

ALTER TABLE ONLY app.push_subscriptions
    ADD CONSTRAINT push_subscriptions_session_id_fkey FOREIGN KEY (session_id) REFERENCES app.user_sessions(session_id) ON DELETE CASCADE;

--
-- Name: push_subscriptions push_subscriptions_user_id_fkey; Type: FK CONSTRAINT; Schema: app; Owner: -
--

ALTER TABLE ONLY app.push_subscriptions
    ADD CONSTRAINT push_subscriptions_user_id_fkey FOREIGN KEY (user_id) REFERENCES app.users(user_id) ON DELETE CASCADE;

--
-- Name: retired_refresh_tokens retired_refresh_tokens_session_id_fkey; Type: FK CONSTRAINT; Schema: app; Owner: -
--

ALTER TABLE ONLY app.retired_refresh_tokens
    ADD CONSTRAINT retired_refresh_tokens_session_id_fkey FOREIGN KEY (session_id) REFERENCES app.user_sessions(session_id) ON DELETE CASCADE;

--
-- Name: ticket_entries ticket_entries_deleted_by_fkey; Type: FK CONSTRAINT; Schema: app; Owner: -
--

ALTER TABLE ONLY app.ticket_entries
    ADD CONSTRAINT ticket_entries_deleted_by_fkey FOREIGN KEY (deleted_by) REFERENCES app.users(user_id);

--
-- Name: ticket_entries ticket_entries_ticket_id_fkey; Type: FK CONSTRAINT; Schema: app; Owner: -
--

ALTER TABLE ONLY app.ticket_entries
    ADD CONSTRAINT ticket_entries_ticket_id_fkey FOREIGN KEY (ticket_id) REFERENCES app.tickets(ticket_id) ON DELETE RESTRICT;

--
-- Name: ticket_entries ticket_entries_user_id_fkey; Type: FK CONSTRAINT; Schema: app; Owner: -
--

ALTER TABLE ONLY app.ticket_entries
    ADD CONSTRAINT ticket_entries_user_id_fkey FOREIGN KEY (user_id) REFERENCES app.users(user_id);

--
-- Name: ticket_misc_entries ticket_misc_entries_deleted_by_fkey; Type: FK CONSTRAINT; Schema: app; Owner: -
--

ALTER TABLE ONLY app.ticket_misc_entries
    ADD CONSTRAINT ticket_misc_entries_deleted_by_fkey FOREIGN KEY (deleted_by) REFERENCES app.users(user_id);

--
-- Name: ticket_misc_entries ticket_misc_entries_user_id_fkey; Type: FK CONSTRAINT; Schema: app; Owner: -
--

ALTER TABLE ONLY app.ticket_misc_entries
    ADD CONSTRAINT ticket_misc_entries_user_id_fkey FOREIGN KEY (user_id) REFERENCES app.users(user_id);

--
-- Name: tickets tickets_building_id_fkey; Type: FK CONSTRAINT; Schema: app; Owner: -
--

ALTER TABLE ONLY app.tickets
    ADD CONSTRAINT tickets_building_id_fkey FOREIGN KEY (building_id) REFERENCES app.buildings(building_id) ON DELETE RESTRICT;

--
-- Name: tickets tickets_created_by_fkey; Type: FK CONSTRAINT; Schema: app; Owner: -
--

ALTER TABLE ONLY app.tickets
    ADD CONSTRAINT tickets_created_by_fkey FOREIGN KEY (created_by) REFERENCES app.users(user_id);

--
-- Name: tickets tickets_deleted_by_fkey; Type: FK CONSTRAINT; Schema: app; Owner: -
--

ALTER TABLE ONLY app.tickets
    ADD CONSTRAINT tickets_deleted_by_fkey FOREIGN KEY (deleted_by) REFERENCES app.users(user_id);

--
-- Name: user_groups user_groups_group_id_fkey; Type: FK CONSTRAINT; Schema: app; Owner: -
--

ALTER TABLE ONLY app.user_groups
    ADD CONSTRAINT user_groups_group_id_fkey FOREIGN KEY (group_id) REFERENCES app.groups(group_id) ON DELETE CASCADE;

--
-- Name: user_groups user_groups_user_id_fkey; Type: FK CONSTRAINT; Schema: app; Owner: -
--

ALTER TABLE ONLY app.user_groups
    ADD CONSTRAINT user_groups_user_id_fkey FOREIGN KEY (user_id) REFERENCES app.users(user_id) ON DELETE CASCADE;

--
-- Name: user_sessions user_sessions_user_id_fkey; Type: FK CONSTRAINT; Schema: app; Owner: -
--

ALTER TABLE ONLY app.user_sessions
    ADD CONSTRAINT user_sessions_user_id_fkey FOREIGN KEY (user_id) REFERENCES app.users(user_id) ON DELETE CASCADE;

--
-- Name: key_rotation_steps key_rotation_steps_rotation_id_fkey; Type: FK CONSTRAINT; Schema: ops; Owner: -
--

ALTER TABLE ONLY ops.key_rotation_steps
    ADD CONSTRAINT key_rotation_steps_rotation_id_fkey FOREIGN KEY (rotation_id) REFERENCES ops.key_rotations(rotation_id) ON DELETE CASCADE;

--
-- Name: alerts; Type: ROW SECURITY; Schema: app; Owner: -
--

ALTER TABLE app.alerts ENABLE ROW LEVEL SECURITY;

--
-- Name: alerts alerts_admin_create_site; Type: POLICY; Schema: app; Owner: -
--

CREATE POLICY alerts_admin_create_site ON app.alerts FOR INSERT TO authenticated WITH CHECK ((( SELECT app.is_admin() AS is_admin) AND (alert_type = ANY (ARRAY['site'::text, 'system'::text])) AND (created_by = ( SELECT app.current_user_id() AS current_user_id))));

--
-- Name: alerts alerts_read; Type: POLICY; Schema: app; Owner: -
--

CREATE POLICY alerts_read ON app.alerts FOR SELECT TO authenticated USING (((alert_type = 'site'::text) OR ((alert_type = 'job'::text) AND ((subject_user_id = ( SELECT app.current_user_id() AS current_user_id)) OR ( SELECT app.is_manager() AS is_manager))) OR ((alert_type = ANY (ARRAY['security'::text, 'system'::text])) AND ( SELECT app.is_admin() AS is_admin))));

--
-- Name: alerts alerts_resolve; Type: POLICY; Schema: app; Owner: -
--

CREATE POLICY alerts_resolve ON app.alerts FOR UPDATE TO authenticated USING ((app.can_see_alert(alerts.*) AND app.can_resolve_alert(alerts.*))) WITH CHECK ((app.can_see_alert(alerts.*) AND app.can_resolve_alert(alerts.*)));

--
-- Name: buildings; Type: ROW SECURITY; Schema: app; Owner: -
--

ALTER TABLE app.buildings ENABLE ROW LEVEL SECURITY;

--
-- Name: buildings buildings_delete; Type: POLICY; Schema: app; Owner: -
--

CREATE POLICY buildings_delete ON app.buildings FOR DELETE TO authenticated USING (( SELECT app.is_admin() AS is_admin));

--
-- Name: buildings buildings_insert; Type: POLICY; Schema: app; Owner: -
--

CREATE POLICY buildings_insert ON app.buildings FOR INSERT TO authenticated WITH CHECK (( SELECT app.is_manager() AS is_manager));

--
-- Name: buildings buildings_read; Type: POLICY; Schema: app; Owner: -
--

CREATE POLICY buildings_read ON app.buildings FOR SELECT TO authenticated USING (true);

--
-- Name: buildings buildings_update; Type: POLICY; Schema: app; Owner: -
--

CREATE POLICY buildings_update ON app.buildings FOR UPDATE TO authenticated USING (( SELECT app.is_manager() AS is_manager)) WITH CHECK (( SELECT app.is_manager() AS is_manager));

--
-- Name: devices; Type: ROW SECURITY; Schema: app; Owner: -
--

ALTER TABLE app.devices ENABLE ROW LEVEL SECURITY;

--
-- Name: devices devices_delete; Type: POLICY; Schema: app; Owner: -
--

CREATE POLICY devices_delete ON app.devices FOR DELETE TO authenticated USING (( SELECT app.is_admin() AS is_admin));

--
-- Name: devices devices_insert; Type: POLICY; Schema: app; Owner: -
--

CREATE POLICY devices_insert ON app.devices FOR INSERT TO authenticated WITH CHECK (( SELECT app.is_manager() AS is_manager));

--
-- Name: devices devices_read; Type: POLICY; Schema: app; Owner: -
--

CREATE POLICY devices_read ON app.devices FOR SELECT TO authenticated USING (true);

--
-- Name: devices devices_update; Type: POLICY; Schema: app; Owner: -
--

CREATE POLICY devices_update ON app.devices FOR UPDATE TO authenticated USING (( SELECT app.is_manager() AS is_manager)) WITH CHECK (( SELECT app.is_manager() AS is_manager));

--
-- Name: email_verification_tokens; Type: ROW SECURITY; Schema: app; Owner: -
--

ALTER TABLE app.email_verification_tokens ENABLE ROW LEVEL SECURITY;

--
-- Name: entry_devices; Type: ROW SECURITY; Schema: app; Owner: -
--

ALTER TABLE app.entry_devices ENABLE ROW LEVEL SECURITY;

--
-- Name: entry_devices entry_devices_read; Type: POLICY; Schema: app; Owner: -
--

CREATE POLICY entry_devices_read ON app.entry_devices FOR SELECT TO authenticated USING ((EXISTS ( SELECT
   FROM app.ticket_entries e
  WHERE (e.entry_id = entry_devices.entry_id))));

--
-- Name: entry_devices entry_devices_write; Type: POLICY; Schema: app; Owner: -
--

CREATE POLICY entry_devices_write ON app.entry_devices TO authenticated USING ((EXISTS ( SELECT
   FROM app.ticket_entries e
  WHERE ((e.entry_id = entry_devices.entry_id) AND (e.user_id = ( SELECT app.current_user_id() AS current_user_id)))))) WITH CHECK ((EXISTS ( SELECT
   FROM app.ticket_entries e
  WHERE ((e.entry_id = entry_devices.entry_id) AND (e.user_id = ( SELECT app.current_user_id() AS current_user_id)) AND (e.deleted_at IS NULL)))));

--
-- Name: entry_photos; Type: ROW SECURITY; Schema: app; Owner: -
--

ALTER TABLE app.entry_photos ENABLE ROW LEVEL SECURITY;

--
-- Name: entry_photos entry_photos_insert; Type: POLICY; Schema: app; Owner: -
--

CREATE POLICY entry_photos_insert ON app.entry_photos FOR INSERT TO authenticated WITH CHECK (((created_by = ( SELECT app.current_user_id() AS current_user_id)) AND (EXISTS ( SELECT
   FROM app.ticket_entries e
  WHERE ((e.entry_id = entry_photos.entry_id) AND (e.deleted_at IS NULL) AND (e.user_id = ( SELECT app.current_user_id() AS current_user_id)))))));

--
-- Name: entry_photos entry_photos_read; Type: POLICY; Schema: app; Owner: -
--

CREATE POLICY entry_photos_read ON app.entry_photos FOR SELECT TO authenticated USING ((EXISTS ( SELECT
   FROM app.ticket_entries e
  WHERE ((e.entry_id = entry_photos.entry_id) AND (e.deleted_at IS NULL)))));

--
-- Name: entry_photos entry_photos_remove; Type: POLICY; Schema: app; Owner: -
--

CREATE POLICY entry_photos_remove ON app.entry_photos FOR UPDATE TO authenticated USING ((EXISTS ( SELECT
   FROM app.ticket_entries e
  WHERE ((e.entry_id = entry_photos.entry_id) AND app.can_moderate(e.user_id))))) WITH CHECK ((EXISTS ( SELECT
   FROM app.ticket_entries e
  WHERE ((e.entry_id = entry_photos.entry_id) AND app.can_moderate(e.user_id)))));

--
-- Name: files; Type: ROW SECURITY; Schema: app; Owner: -
--

ALTER TABLE app.files ENABLE ROW LEVEL SECURITY;

--
-- Name: files files_entry_photo_read; Type: POLICY; Schema: app; Owner: -
--

CREATE POLICY files_entry_photo_read ON app.files FOR SELECT TO authenticated USING (((purpose = 'entry_photo'::text) AND (deleted_at IS NULL) AND (EXISTS ( SELECT
   FROM app.entry_photos p
  WHERE ((p.deleted_at IS NULL) AND ((p.file_id = files.file_id) OR (p.thumbnail_file_id = files.file_id)))))));

--
-- Name: files files_entry_photo_upload_read; Type: POLICY; Schema: app; Owner: -
--

CREATE POLICY files_entry_photo_upload_read ON app.files FOR SELECT TO authenticated USING (((purpose = 'entry_photo'::text) AND (owner_id = ( SELECT app.current_user_id() AS current_user_id)) AND (NOT app.is_entry_photo_file(file_id))));

--
-- Name: files files_own_insert; Type: POLICY; Schema: app; Owner: -
--

CREATE POLICY files_own_insert ON app.files FOR INSERT TO authenticated WITH CHECK ((owner_id = ( SELECT app.current_user_id() AS current_user_id)));

--
-- Name: files files_own_update; Type: POLICY; Schema: app; Owner: -
--

CREATE POLICY files_own_update ON app.files FOR UPDATE TO authenticated USING ((owner_id = ( SELECT app.current_user_id() AS current_user_id))) WITH CHECK ((owner_id = ( SELECT app.current_user_id() AS current_user_id)));

--
-- Name: files files_read; Type: POLICY; Schema: app; Owner: -
--

CREATE POLICY files_read ON app.files FOR SELECT TO authenticated USING (((purpose <> 'entry_photo'::text) AND ((owner_id = ( SELECT app.current_user_id() AS current_user_id)) OR (purpose = 'profile_picture'::text) OR ( SELECT app.is_admin() AS is_admin))));

--
-- Name: groups; Type: ROW SECURITY; Schema: app; Owner: -
--

ALTER TABLE app.groups ENABLE ROW LEVEL SECURITY;

--
-- Name: groups groups_admin_write; Type: POLICY; Schema: app; Owner: -
--

CREATE POLICY groups_admin_write ON app.groups TO authenticated USING ((( SELECT app.is_admin() AS is_admin) AND (NOT is_role_group))) WITH CHECK ((( SELECT app.is_admin() AS is_admin) AND (NOT is_role_group)));

--
-- Name: groups groups_read; Type: POLICY; Schema: app; Owner: -
--

CREATE POLICY groups_read ON app.groups FOR SELECT TO authenticated USING (true);

--
-- Name: history; Type: ROW SECURITY; Schema: app; Owner: -
--

ALTER TABLE app.history ENABLE ROW LEVEL SECURITY;

--
-- Name: history history_admin_read; Type: POLICY; Schema: app; Owner: -
--

CREATE POLICY history_admin_read ON app.history FOR SELECT TO authenticated USING (( SELECT app.is_admin() AS is_admin));

--
-- Name: import_batches; Type: ROW SECURITY; Schema: app; Owner: -
--

ALTER TABLE app.import_batches ENABLE ROW LEVEL SECURITY;

--
-- Name: import_batches import_batches_own_confirm; Type: POLICY; Schema: app; Owner: -
--

CREATE POLICY import_batches_own_confirm ON app.import_batches FOR UPDATE TO authenticated USING (((user_id = app.current_user_id()) AND (confirmed_at IS NULL))) WITH CHECK ((user_id = app.current_user_id()));

--
-- Name: import_batches import_batches_own_insert; Type: POLICY; Schema: app; Owner: -
--

CREATE POLICY import_batches_own_insert ON app.import_batches FOR INSERT TO authenticated WITH CHECK ((user_id = app.current_user_id()));

--
-- Name: import_batches import_batches_own_read; Type: POLICY; Schema: app; Owner: -
--

CREATE POLICY import_batches_own_read ON app.import_batches FOR SELECT TO authenticated USING ((user_id = app.current_user_id()));

--
-- Name: import_export_logs; Type: ROW SECURITY; Schema: app; Owner: -
--

ALTER TABLE app.import_export_logs ENABLE ROW LEVEL SECURITY;

--
-- Name: import_export_logs import_export_logs_own_update; Type: POLICY; Schema: app; Owner: -
--

CREATE POLICY import_export_logs_own_update ON app.import_export_logs FOR UPDATE TO authenticated USING ((user_id = ( SELECT app.current_user_id() AS current_user_id))) WITH CHECK ((user_id = ( SELECT app.current_user_id() AS current_user_id)));

--
-- Name: import_export_logs import_export_logs_own_write; Type: POLICY; Schema: app; Owner: -
--

CREATE POLICY import_export_logs_own_write ON app.import_export_logs FOR INSERT TO authenticated WITH CHECK ((user_id = ( SELECT app.current_user_id() AS current_user_id)));

--
-- Name: import_export_logs import_export_logs_read; Type: POLICY; Schema: app; Owner: -
--

CREATE POLICY import_export_logs_read ON app.import_export_logs FOR SELECT TO authenticated USING (((user_id = ( SELECT app.current_user_id() AS current_user_id)) OR ( SELECT app.is_admin() AS is_admin)));

--
-- Name: import_progress; Type: ROW SECURITY; Schema: app; Owner: -
--

ALTER TABLE app.import_progress ENABLE ROW LEVEL SECURITY;

--
-- Name: import_progress import_progress_own_insert; Type: POLICY; Schema: app; Owner: -
--

CREATE POLICY import_progress_own_insert ON app.import_progress FOR INSERT TO authenticated WITH CHECK (((user_id = app.current_user_id()) AND (status = 'parsing'::text) AND (files_parsed = 0)));

--
-- Name: import_progress import_progress_own_update; Type: POLICY; Schema: app; Owner: -
--

CREATE POLICY import_progress_own_update ON app.import_progress FOR UPDATE TO authenticated USING ((user_id = app.current_user_id())) WITH CHECK ((user_id = app.current_user_id()));

--
-- Name: import_progress import_progress_read; Type: POLICY; Schema: app; Owner: -
--

CREATE POLICY import_progress_read ON app.import_progress FOR SELECT TO authenticated USING (((user_id = app.current_user_id()) OR ( SELECT app.is_admin() AS is_admin)));

--
-- Name: import_uploads; Type: ROW SECURITY; Schema: app; Owner: -
--

ALTER TABLE app.import_uploads ENABLE ROW LEVEL SECURITY;

--
-- Name: import_uploads import_uploads_own; Type: POLICY; Schema: app; Owner: -
--

CREATE POLICY import_uploads_own ON app.import_uploads TO authenticated USING ((EXISTS ( SELECT
   FROM app.import_batches b
  WHERE ((b.import_id = import_uploads.import_id) AND (b.user_id = app.current_user_id()))))) WITH CHECK ((EXISTS ( SELECT
   FROM app.import_batches b
  WHERE ((b.import_id = import_uploads.import_id) AND (b.user_id = app.current_user_id()) AND (b.confirmed_at IS NULL)))));

--
-- Name: login_attempts; Type: ROW SECURITY; Schema: app; Owner: -
--

ALTER TABLE app.login_attempts ENABLE ROW LEVEL SECURITY;

--
-- Name: login_attempts login_attempts_admin_read; Type: POLICY; Schema: app; Owner: -
--

CREATE POLICY login_attempts_admin_read ON app.login_attempts FOR SELECT TO authenticated USING (( SELECT app.is_admin() AS is_admin));

--
-- Name: notification_receipts; Type: ROW SECURITY; Schema: app; Owner: -
--

ALTER TABLE app.notification_receipts ENABLE ROW LEVEL SECURITY;

--
-- Name: notification_receipts notification_receipts_own; Type: POLICY; Schema: app; Owner: -
--

CREATE POLICY notification_receipts_own ON app.notification_receipts TO authenticated USING ((user_id = ( SELECT app.current_user_id() AS current_user_id))) WITH CHECK (((user_id = ( SELECT app.current_user_id() AS current_user_id)) AND (EXISTS ( SELECT
   FROM app.notifications n
  WHERE (n.notification_id = notification_receipts.notification_id)))));

--
-- Name: notifications; Type: ROW SECURITY; Schema: app; Owner: -
--

ALTER TABLE app.notifications ENABLE ROW LEVEL SECURITY;

--
-- Name: notifications notifications_admin_send; Type: POLICY; Schema: app; Owner: -
--

CREATE POLICY notifications_admin_send ON app.notifications FOR INSERT TO authenticated WITH CHECK ((( SELECT app.is_admin() AS is_admin) AND (sender_id = ( SELECT app.current_user_id() AS current_user_id))));

--
-- Name: notifications notifications_read; Type: POLICY; Schema: app; Owner: -
--

CREATE POLICY notifications_read ON app.notifications FOR SELECT TO authenticated USING (((sender_id = ( SELECT app.current_user_id() AS current_user_id)) OR is_site_wide OR (recipient_user_id = ( SELECT app.current_user_id() AS current_user_id)) OR (recipient_group_id IN ( SELECT ug.group_id
   FROM app.user_groups ug
  WHERE (ug.user_id = ( SELECT app.current_user_id() AS current_user_id)))) OR ( SELECT app.is_admin() AS is_admin)));

--
-- Name: password_reset_tokens; Type: ROW SECURITY; Schema: app; Owner: -
--

ALTER TABLE app.password_reset_tokens ENABLE ROW LEVEL SECURITY;

--
-- Name: pending_jobs; Type: ROW SECURITY; Schema: app; Owner: -
--

ALTER TABLE app.pending_jobs ENABLE ROW LEVEL SECURITY;

--
-- Name: push_subscriptions; Type: ROW SECURITY; Schema: app; Owner: -
--

ALTER TABLE app.push_subscriptions ENABLE ROW LEVEL SECURITY;

--
-- Name: push_subscriptions push_subscriptions_own; Type: POLICY; Schema: app; Owner: -
--

CREATE POLICY push_subscriptions_own ON app.push_subscriptions TO authenticated USING ((user_id = ( SELECT app.current_user_id() AS current_user_id))) WITH CHECK (((user_id = ( SELECT app.current_user_id() AS current_user_id)) AND (NOT (session_id IS DISTINCT FROM app.current_session_id()))));

--
-- Name: retired_refresh_tokens; Type: ROW SECURITY; Schema: app; Owner: -
--

ALTER TABLE app.retired_refresh_tokens ENABLE ROW LEVEL SECURITY;

--
-- Name: site_settings; Type: ROW SECURITY; Schema: app; Owner: -
--

ALTER TABLE app.site_settings ENABLE ROW LEVEL SECURITY;

--
-- Name: site_settings site_settings_admin_write; Type: POLICY; Schema: app; Owner: -
--

CREATE POLICY site_settings_admin_write ON app.site_settings FOR UPDATE TO authenticated USING (( SELECT app.is_admin() AS is_admin)) WITH CHECK (( SELECT app.is_admin() AS is_admin));

--
-- Name: site_settings site_settings_read; Type: POLICY; Schema: app; Owner: -
--

CREATE POLICY site_settings_read ON app.site_settings FOR SELECT TO anon, authenticated USING (true);

--
-- Name: stats_daily_buildings; Type: ROW SECURITY; Schema: app; Owner: -
--

ALTER TABLE app.stats_daily_buildings ENABLE ROW LEVEL SECURITY;

--
-- Name: stats_daily_device_types; Type: ROW SECURITY; Schema: app; Owner: -
--

ALTER TABLE app.stats_daily_device_types ENABLE ROW LEVEL SECURITY;

--
-- Name: stats_daily_hours; Type: ROW SECURITY; Schema: app; Owner: -
--

ALTER TABLE app.stats_daily_hours ENABLE ROW LEVEL SECURITY;

--
-- Name: ticket_entries; Type: ROW SECURITY; Schema: app; Owner: -
--

ALTER TABLE app.ticket_entries ENABLE ROW LEVEL SECURITY;

--
-- Name: ticket_entries ticket_entries_insert; Type: POLICY; Schema: app; Owner: -
--

CREATE POLICY ticket_entries_insert ON app.ticket_entries FOR INSERT TO authenticated WITH CHECK ((user_id = ( SELECT app.current_user_id() AS current_user_id)));

--
-- Name: ticket_entries ticket_entries_read; Type: POLICY; Schema: app; Owner: -
--

CREATE POLICY ticket_entries_read ON app.ticket_entries FOR SELECT TO authenticated USING (((user_id = ( SELECT app.current_user_id() AS current_user_id)) OR ( SELECT app.is_manager() AS is_manager)));

--
-- Name: ticket_entries ticket_entries_update; Type: POLICY; Schema: app; Owner: -
--

CREATE POLICY ticket_entries_update ON app.ticket_entries FOR UPDATE TO authenticated USING (app.can_moderate(user_id)) WITH CHECK (app.can_moderate(user_id));

--
-- Name: ticket_misc_entries; Type: ROW SECURITY; Schema: app; Owner: -
--

ALTER TABLE app.ticket_misc_entries ENABLE ROW LEVEL SECURITY;

--
-- Name: ticket_misc_entries ticket_misc_entries_insert; Type: POLICY; Schema: app; Owner: -
--

CREATE POLICY ticket_misc_entries_insert ON app.ticket_misc_entries FOR INSERT TO authenticated WITH CHECK ((user_id = ( SELECT app.current_user_id() AS current_user_id)));

--
-- Name: ticket_misc_entries ticket_misc_entries_read; Type: POLICY; Schema: app; Owner: -
--

CREATE POLICY ticket_misc_entries_read ON app.ticket_misc_entries FOR SELECT TO authenticated USING (((user_id = ( SELECT app.current_user_id() AS current_user_id)) OR ( SELECT app.is_manager() AS is_manager)));

--
-- Name: ticket_misc_entries ticket_misc_entries_update; Type: POLICY; Schema: app; Owner: -
--

CREATE POLICY ticket_misc_entries_update ON app.ticket_misc_entries FOR UPDATE TO authenticated USING (app.can_moderate(user_id)) WITH CHECK (app.can_moderate(user_id));

--
-- Name: tickets; Type: ROW SECURITY; Schema: app; Owner: -
--

ALTER TABLE app.tickets ENABLE ROW LEVEL SECURITY;

--
-- Name: tickets tickets_insert; Type: POLICY; Schema: app; Owner: -
--

CREATE POLICY tickets_insert ON app.tickets FOR INSERT TO authenticated WITH CHECK ((created_by = ( SELECT app.current_user_id() AS current_user_id)));

--
-- Name: tickets tickets_read; Type: POLICY; Schema: app; Owner: -
--

CREATE POLICY tickets_read ON app.tickets FOR SELECT TO authenticated USING (true);

--
-- Name: tickets tickets_update; Type: POLICY; Schema: app; Owner: -
--

CREATE POLICY tickets_update ON app.tickets FOR UPDATE TO authenticated USING (app.can_moderate(created_by)) WITH CHECK (app.can_moderate(created_by));

--
-- Name: user_groups; Type: ROW SECURITY; Schema: app; Owner: -
--

ALTER TABLE app.user_groups ENABLE ROW LEVEL SECURITY;

--
-- Name: user_groups user_groups_admin_write; Type: POLICY; Schema: app; Owner: -
--

CREATE POLICY user_groups_admin_write ON app.user_groups TO authenticated USING ((( SELECT app.is_admin() AS is_admin) AND (NOT (EXISTS ( SELECT
   FROM app.groups g
  WHERE ((g.group_id = user_groups.group_id) AND g.is_role_group)))))) WITH CHECK ((( SELECT app.is_admin() AS is_admin) AND (NOT (EXISTS ( SELECT
   FROM app.groups g
  WHERE ((g.group_id = user_groups.group_id) AND g.is_role_group))))));

--
-- Name: user_groups user_groups_read; Type: POLICY; Schema: app; Owner: -
--

CREATE POLICY user_groups_read ON app.user_groups FOR SELECT TO authenticated USING (true);

--
-- Name: user_sessions; Type: ROW SECURITY; Schema: app; Owner: -
--

ALTER TABLE app.user_sessions ENABLE ROW LEVEL SECURITY;

--
-- Name: user_sessions user_sessions_read; Type: POLICY; Schema: app; Owner: -
--

CREATE POLICY user_sessions_read ON app.user_sessions FOR SELECT TO authenticated USING (((user_id = ( SELECT app.current_user_id() AS current_user_id)) OR ( SELECT app.is_admin() AS is_admin)));

--
-- Name: user_sessions user_sessions_revoke; Type: POLICY; Schema: app; Owner: -
--

CREATE POLICY user_sessions_revoke ON app.user_sessions FOR UPDATE TO authenticated USING (((user_id = ( SELECT app.current_user_id() AS current_user_id)) OR ( SELECT app.is_admin() AS is_admin))) WITH CHECK (((NOT is_active) AND (revoked_at IS NOT NULL)));

--
-- Name: users; Type: ROW SECURITY; Schema: app; Owner: -
--

ALTER TABLE app.users ENABLE ROW LEVEL SECURITY;

--
-- Name: users users_read; Type: POLICY; Schema: app; Owner: -
--

CREATE POLICY users_read ON app.users FOR SELECT TO authenticated USING (true);

--
-- Name: users users_update; Type: POLICY; Schema: app; Owner: -
--

CREATE POLICY users_update ON app.users FOR UPDATE TO authenticated USING (((user_id = ( SELECT app.current_user_id() AS current_user_id)) OR ( SELECT app.is_admin() AS is_admin))) WITH CHECK (((user_id = ( SELECT app.current_user_id() AS current_user_id)) OR ( SELECT app.is_admin() AS is_admin)));

--
-- Name: SCHEMA api; Type: ACL; Schema: -; Owner: -
--

GRANT USAGE ON SCHEMA api TO anon;
GRANT USAGE ON SCHEMA api TO authenticated;

--
-- Name: SCHEMA app; Type: ACL; Schema: -; Owner: -
--

GRANT USAGE ON SCHEMA app TO authenticated;
GRANT USAGE ON SCHEMA app TO anon;

--
-- Name: SCHEMA extensions; Type: ACL; Schema: -; Owner: -
--

GRANT USAGE ON SCHEMA extensions TO authenticated;
GRANT USAGE ON SCHEMA extensions TO anon;

--
-- Name: SCHEMA ops; Type: ACL; Schema: -; Owner: -
--

GRANT USAGE ON SCHEMA ops TO authenticator;

--
-- Name: FUNCTION current_user_id(); Type: ACL; Schema: app; Owner: -
--

GRANT ALL ON FUNCTION app.current_user_id() TO anon;
GRANT ALL ON FUNCTION app.current_user_id() TO authenticated;

--
-- Name: FUNCTION decrypt(cipher bytea); Type: ACL; Schema: app; Owner: -
--

GRANT ALL ON FUNCTION app.decrypt(cipher bytea) TO anon;
GRANT ALL ON FUNCTION app.decrypt(cipher bytea) TO authenticated;

--
-- Name: TABLE notification_receipts; Type: ACL; Schema: app; Owner: -
--

GRANT SELECT ON TABLE app.notification_receipts TO authenticated;

--
-- Name: COLUMN notification_receipts.notification_id; Type: ACL; Schema: app; Owner: -
--

GRANT INSERT(notification_id) ON TABLE app.notification_receipts TO authenticated;

--
-- Name: COLUMN notification_receipts.user_id; Type: ACL; Schema: app; Owner: -
--

GRANT INSERT(user_id) ON TABLE app.notification_receipts TO authenticated;

--
-- Name: COLUMN notification_receipts.read_at; Type: ACL; Schema: app; Owner: -
--

GRANT INSERT(read_at),UPDATE(read_at) ON TABLE app.notification_receipts TO authenticated;

--
-- Name: COLUMN notification_receipts.dismissed_at; Type: ACL; Schema: app; Owner: -
--

GRANT INSERT(dismissed_at),UPDATE(dismissed_at) ON TABLE app.notification_receipts TO authenticated;

--
-- Name: TABLE notifications; Type: ACL; Schema: app; Owner: -
--

GRANT SELECT ON TABLE app.notifications TO authenticated;

--
-- Name: COLUMN notifications.sender_id; Type: ACL; Schema: app; Owner: -
--

GRANT INSERT(sender_id) ON TABLE app.notifications TO authenticated;

--
-- Name: COLUMN notifications.recipient_user_id; Type: ACL; Schema: app; Owner: -
--

GRANT INSERT(recipient_user_id) ON TABLE app.notifications TO authenticated;

--
-- Name: COLUMN notifications.recipient_group_id; Type: ACL; Schema: app; Owner: -
--

GRANT INSERT(recipient_group_id) ON TABLE app.notifications TO authenticated;

--
-- Name: COLUMN notifications.is_site_wide; Type: ACL; Schema: app; Owner: -
--

GRANT INSERT(is_site_wide) ON TABLE app.notifications TO authenticated;

--
-- Name: COLUMN notifications.title; Type: ACL; Schema: app; Owner: -
--

GRANT INSERT(title) ON TABLE app.notifications TO authenticated;

--
-- Name: COLUMN notifications.message_enc; Type: ACL; Schema: app; Owner: -
--

GRANT INSERT(message_enc) ON TABLE app.notifications TO authenticated;

--
-- Name: TABLE notifications; Type: ACL; Schema: api; Owner: -
--

GRANT SELECT,INSERT,UPDATE ON TABLE api.notifications TO authenticated;

--
-- Name: FUNCTION addressed_to_me(n api.notifications); Type: ACL; Schema: api; Owner: -
--

GRANT ALL ON FUNCTION api.addressed_to_me(n api.notifications) TO authenticated;

--
-- Name: FUNCTION alerts_write(); Type: ACL; Schema: api; Owner: -
--

GRANT ALL ON FUNCTION api.alerts_write() TO authenticated;

--
-- Name: FUNCTION buildings_write(); Type: ACL; Schema: api; Owner: -
--

GRANT ALL ON FUNCTION api.buildings_write() TO authenticated;

--
-- Name: FUNCTION check_failed_logins(email text, ip_address text); Type: ACL; Schema: api; Owner: -
--

GRANT ALL ON FUNCTION api.check_failed_logins(email text, ip_address text) TO anon;
GRANT ALL ON FUNCTION api.check_failed_logins(email text, ip_address text) TO authenticated;

--
-- Name: TABLE ticket_entries; Type: ACL; Schema: app; Owner: -
--

GRANT SELECT ON TABLE app.ticket_entries TO authenticated;

--
-- Name: COLUMN ticket_entries.user_id; Type: ACL; Schema: app; Owner: -
--

GRANT INSERT(user_id) ON TABLE app.ticket_entries TO authenticated;

--
-- Name: COLUMN ticket_entries.ticket_id; Type: ACL; Schema: app; Owner: -
--

GRANT INSERT(ticket_id),UPDATE(ticket_id) ON TABLE app.ticket_entries TO authenticated;

--
-- Name: COLUMN ticket_entries.job_name_enc; Type: ACL; Schema: app; Owner: -
--

GRANT INSERT(job_name_enc),UPDATE(job_name_enc) ON TABLE app.ticket_entries TO authenticated;

--
-- Name: COLUMN ticket_entries.job_date; Type: ACL; Schema: app; Owner: -
--

GRANT INSERT(job_date),UPDATE(job_date) ON TABLE app.ticket_entries TO authenticated;

--
-- Name: COLUMN ticket_entries.job_start_time; Type: ACL; Schema: app; Owner: -
--

GRANT INSERT(job_start_time),UPDATE(job_start_time) ON TABLE app.ticket_entries TO authenticated;

--
-- Name: COLUMN ticket_entries.job_end_time; Type: ACL; Schema: app; Owner: -
--

GRANT INSERT(job_end_time),UPDATE(job_end_time) ON TABLE app.ticket_entries TO authenticated;

--
-- Name: COLUMN ticket_entries.job_description_enc; Type: ACL; Schema: app; Owner: -
--

GRANT INSERT(job_description_enc),UPDATE(job_description_enc) ON TABLE app.ticket_entries TO authenticated;

--
-- Name: COLUMN ticket_entries.job_materials_needed; Type: ACL; Schema: app; Owner: -
--

GRANT INSERT(job_materials_needed),UPDATE(job_materials_needed) ON TABLE app.ticket_entries TO authenticated;

--
-- Name: COLUMN ticket_entries.job_materials_used; Type: ACL; Schema: app; Owner: -
--

GRANT INSERT(job_materials_used),UPDATE(job_materials_used) ON TABLE app.ticket_entries TO authenticated;

--
-- Name: COLUMN ticket_entries.job_access_needed; Type: ACL; Schema: app; Owner: -
--

GRANT INSERT(job_access_needed),UPDATE(job_access_needed) ON TABLE app.ticket_entries TO authenticated;

--
-- Name: COLUMN ticket_entries.job_programming_changes; Type: ACL; Schema: app; Owner: -
--

GRANT INSERT(job_programming_changes),UPDATE(job_programming_changes) ON TABLE app.ticket_entries TO authenticated;

--
-- Name: COLUMN ticket_entries.job_followup_required; Type: ACL; Schema: app; Owner: -
--

GRANT INSERT(job_followup_required),UPDATE(job_followup_required) ON TABLE app.ticket_entries TO authenticated;

--
-- Name: COLUMN ticket_entries.deleted_at; Type: ACL; Schema: app; Owner: -
--

GRANT UPDATE(deleted_at) ON TABLE app.ticket_entries TO authenticated;

--
-- Name: TABLE ticket_entries; Type: ACL; Schema: api; Owner: -
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE api.ticket_entries TO authenticated;

--
-- Name: FUNCTION create_ticket_entry(entry jsonb, device_ids bigint[]); Type: ACL; Schema: api; Owner: -
--

GRANT ALL ON FUNCTION api.create_ticket_entry(entry jsonb, device_ids bigint[]) TO authenticated;

--
-- Name: FUNCTION delete_ticket(ticket_id bigint, reason text); Type: ACL; Schema: api; Owner: -
--

GRANT ALL ON FUNCTION api.delete_ticket(ticket_id bigint, reason text) TO authenticated;

--
-- Name: FUNCTION delete_ticket_entry(entry_id bigint, reason text); Type: ACL; Schema: api; Owner: -
--

GRANT ALL ON FUNCTION api.delete_ticket_entry(entry_id bigint, reason text) TO authenticated;

--
-- Name: FUNCTION delete_ticket_misc_entry(entry_id bigint, reason text); Type: ACL; Schema: api; Owner: -
--

GRANT ALL ON FUNCTION api.delete_ticket_misc_entry(entry_id bigint, reason text) TO authenticated;

--
-- Name: FUNCTION devices_write(); Type: ACL; Schema: api; Owner: -
--

GRANT ALL ON FUNCTION api.devices_write() TO authenticated;

--
-- Name: FUNCTION entry_history(entry_id bigint); Type: ACL; Schema: api; Owner: -
--

GRANT ALL ON FUNCTION api.entry_history(entry_id bigint) TO authenticated;

--
-- Name: FUNCTION history_facets(); Type: ACL; Schema: api; Owner: -
--

GRANT ALL ON FUNCTION api.history_facets() TO authenticated;

--
-- Name: FUNCTION issue_terms_update(title text, message text); Type: ACL; Schema: api; Owner: -
--

GRANT ALL ON FUNCTION api.issue_terms_update(title text, message text) TO authenticated;

--
-- Name: FUNCTION job_status(); Type: ACL; Schema: api; Owner: -
--

GRANT ALL ON FUNCTION api.job_status() TO authenticated;

--
-- Name: FUNCTION mark_all_notifications_read(); Type: ACL; Schema: api; Owner: -
--

GRANT ALL ON FUNCTION api.mark_all_notifications_read() TO authenticated;

--
-- Name: FUNCTION may_delete(api.ticket_entries); Type: ACL; Schema: api; Owner: -
--

GRANT ALL ON FUNCTION api.may_delete(api.ticket_entries) TO authenticated;

--
-- Name: TABLE ticket_misc_entries; Type: ACL; Schema: app; Owner: -
--

GRANT SELECT ON TABLE app.ticket_misc_entries TO authenticated;

--
-- Name: COLUMN ticket_misc_entries.user_id; Type: ACL; Schema: app; Owner: -
--

GRANT INSERT(user_id) ON TABLE app.ticket_misc_entries TO authenticated;

--
-- Name: COLUMN ticket_misc_entries.misc_name_enc; Type: ACL; Schema: app; Owner: -
--

GRANT INSERT(misc_name_enc),UPDATE(misc_name_enc) ON TABLE app.ticket_misc_entries TO authenticated;

--
-- Name: COLUMN ticket_misc_entries.misc_start_date; Type: ACL; Schema: app; Owner: -
--

GRANT INSERT(misc_start_date),UPDATE(misc_start_date) ON TABLE app.ticket_misc_entries TO authenticated;

--
-- Name: COLUMN ticket_misc_entries.misc_start_time; Type: ACL; Schema: app; Owner: -
--

GRANT INSERT(misc_start_time),UPDATE(misc_start_time) ON TABLE app.ticket_misc_entries TO authenticated;

--
-- Name: COLUMN ticket_misc_entries.misc_end_time; Type: ACL; Schema: app; Owner: -
--

GRANT INSERT(misc_end_time),UPDATE(misc_end_time) ON TABLE app.ticket_misc_entries TO authenticated;

--
-- Name: COLUMN ticket_misc_entries.deleted_at; Type: ACL; Schema: app; Owner: -
--

GRANT UPDATE(deleted_at) ON TABLE app.ticket_misc_entries TO authenticated;

--
-- Name: TABLE ticket_misc_entries; Type: ACL; Schema: api; Owner: -
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE api.ticket_misc_entries TO authenticated;

--
-- Name: FUNCTION may_delete(api.ticket_misc_entries); Type: ACL; Schema: api; Owner: -
--

GRANT ALL ON FUNCTION api.may_delete(api.ticket_misc_entries) TO authenticated;

--
-- Name: TABLE tickets; Type: ACL; Schema: app; Owner: -
--

GRANT SELECT ON TABLE app.tickets TO authenticated;

--
-- Name: COLUMN tickets.ticket_number; Type: ACL; Schema: app; Owner: -
--

GRANT INSERT(ticket_number),UPDATE(ticket_number) ON TABLE app.tickets TO authenticated;

--
-- Name: COLUMN tickets.building_id; Type: ACL; Schema: app; Owner: -
--

GRANT INSERT(building_id),UPDATE(building_id) ON TABLE app.tickets TO authenticated;

--
-- Name: COLUMN tickets.created_by; Type: ACL; Schema: app; Owner: -
--

GRANT INSERT(created_by) ON TABLE app.tickets TO authenticated;

--
-- Name: COLUMN tickets.status; Type: ACL; Schema: app; Owner: -
--

GRANT INSERT(status),UPDATE(status) ON TABLE app.tickets TO authenticated;

--
-- Name: COLUMN tickets.deleted_at; Type: ACL; Schema: app; Owner: -
--

GRANT UPDATE(deleted_at) ON TABLE app.tickets TO authenticated;

--
-- Name: TABLE tickets; Type: ACL; Schema: api; Owner: -
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE api.tickets TO authenticated;

--
-- Name: FUNCTION may_delete(api.tickets); Type: ACL; Schema: api; Owner: -
--

GRANT ALL ON FUNCTION api.may_delete(api.tickets) TO authenticated;

--
-- Name: FUNCTION notifications_write(); Type: ACL; Schema: api; Owner: -
--

GRANT ALL ON FUNCTION api.notifications_write() TO authenticated;

--
-- Name: FUNCTION pre_request(); Type: ACL; Schema: api; Owner: -
--

GRANT ALL ON FUNCTION api.pre_request() TO anon;
GRANT ALL ON FUNCTION api.pre_request() TO authenticated;

--
-- Name: FUNCTION restore_ticket(ticket_id bigint); Type: ACL; Schema: api; Owner: -
--

GRANT ALL ON FUNCTION api.restore_ticket(ticket_id bigint) TO authenticated;

--
-- Name: FUNCTION restore_ticket_entry(entry_id bigint); Type: ACL; Schema: api; Owner: -
--

GRANT ALL ON FUNCTION api.restore_ticket_entry(entry_id bigint) TO authenticated;

--
-- Name: FUNCTION restore_ticket_misc_entry(entry_id bigint); Type: ACL; Schema: api; Owner: -
--

GRANT ALL ON FUNCTION api.restore_ticket_misc_entry(entry_id bigint) TO authenticated;

--
-- Name: FUNCTION revoke_user_sessions(user_id bigint); Type: ACL; Schema: api; Owner: -
--

GRANT ALL ON FUNCTION api.revoke_user_sessions(user_id bigint) TO authenticated;

--
-- Name: FUNCTION set_user_active(user_id bigint, active boolean); Type: ACL; Schema: api; Owner: -
--

GRANT ALL ON FUNCTION api.set_user_active(user_id bigint, active boolean) TO authenticated;

--
-- Name: FUNCTION set_user_role(user_id bigint, role text); Type: ACL; Schema: api; Owner: -
--

GRANT ALL ON FUNCTION api.set_user_role(user_id bigint, role text) TO authenticated;

--
-- Name: FUNCTION soft_delete(); Type: ACL; Schema: api; Owner: -
--

GRANT ALL ON FUNCTION api.soft_delete() TO authenticated;

--
-- Name: FUNCTION stats_alerts(date_from date, date_to date); Type: ACL; Schema: api; Owner: -
--

GRANT ALL ON FUNCTION api.stats_alerts(date_from date, date_to date) TO authenticated;

--
-- Name: FUNCTION stats_entries_per_building(date_from date, date_to date, for_user bigint); Type: ACL; Schema: api; Owner: -
--

GRANT ALL ON FUNCTION api.stats_entries_per_building(date_from date, date_to date, for_user bigint) TO authenticated;

--
-- Name: FUNCTION stats_entries_per_device_type(date_from date, date_to date, for_user bigint); Type: ACL; Schema: api; Owner: -
--

GRANT ALL ON FUNCTION api.stats_entries_per_device_type(date_from date, date_to date, for_user bigint) TO authenticated;

--
-- Name: FUNCTION stats_followups(date_from date, date_to date, for_user bigint); Type: ACL; Schema: api; Owner: -
--

GRANT ALL ON FUNCTION api.stats_followups(date_from date, date_to date, for_user bigint) TO authenticated;

--
-- Name: FUNCTION stats_hours_by_day(date_from date, date_to date, for_user bigint); Type: ACL; Schema: api; Owner: -
--

REVOKE ALL ON FUNCTION api.stats_hours_by_day(date_from date, date_to date, for_user bigint) FROM PUBLIC;
GRANT ALL ON FUNCTION api.stats_hours_by_day(date_from date, date_to date, for_user bigint) TO authenticated;

--
-- Name: FUNCTION stats_hours_by_member(date_from date, date_to date); Type: ACL; Schema: api; Owner: -
--

REVOKE ALL ON FUNCTION api.stats_hours_by_member(date_from date, date_to date) FROM PUBLIC;
GRANT ALL ON FUNCTION api.stats_hours_by_member(date_from date, date_to date) TO authenticated;

--
-- Name: FUNCTION stats_hours_by_week(date_from date, date_to date, for_user bigint); Type: ACL; Schema: api; Owner: -
--

REVOKE ALL ON FUNCTION api.stats_hours_by_week(date_from date, date_to date, for_user bigint) FROM PUBLIC;
GRANT ALL ON FUNCTION api.stats_hours_by_week(date_from date, date_to date, for_user bigint) TO authenticated;

--
-- Name: FUNCTION stats_hours_per_day(date_from date, date_to date, for_user bigint); Type: ACL; Schema: api; Owner: -
--

GRANT ALL ON FUNCTION api.stats_hours_per_day(date_from date, date_to date, for_user bigint) TO authenticated;

--
-- Name: FUNCTION system_status(); Type: ACL; Schema: api; Owner: -
--

GRANT ALL ON FUNCTION api.system_status() TO authenticated;

--
-- Name: FUNCTION ticket_entries_write(); Type: ACL; Schema: api; Owner: -
--

GRANT ALL ON FUNCTION api.ticket_entries_write() TO authenticated;

--
-- Name: FUNCTION ticket_misc_entries_write(); Type: ACL; Schema: api; Owner: -
--

GRANT ALL ON FUNCTION api.ticket_misc_entries_write() TO authenticated;

--
-- Name: FUNCTION timezones(); Type: ACL; Schema: api; Owner: -
--

GRANT ALL ON FUNCTION api.timezones() TO anon;
GRANT ALL ON FUNCTION api.timezones() TO authenticated;

--
-- Name: FUNCTION users_update(); Type: ACL; Schema: api; Owner: -
--

GRANT ALL ON FUNCTION api.users_update() TO authenticated;

--
-- Name: FUNCTION alert_push_candidates(target_alert_id bigint); Type: ACL; Schema: app; Owner: -
--

REVOKE ALL ON FUNCTION app.alert_push_candidates(target_alert_id bigint) FROM PUBLIC;

--
-- Name: FUNCTION alias_is_valid(alias text); Type: ACL; Schema: app; Owner: -
--

GRANT ALL ON FUNCTION app.alias_is_valid(alias text) TO anon;
GRANT ALL ON FUNCTION app.alias_is_valid(alias text) TO authenticated;

--
-- Name: FUNCTION auth_change_password(new_password_hash text); Type: ACL; Schema: app; Owner: -
--

GRANT ALL ON FUNCTION app.auth_change_password(new_password_hash text) TO authenticated;

--
-- Name: FUNCTION auth_end_session(token_hash bytea); Type: ACL; Schema: app; Owner: -
--

GRANT ALL ON FUNCTION app.auth_end_session(token_hash bytea) TO anon;

--
-- Name: FUNCTION auth_issue_password_reset(email text, token_hash bytea, token_ttl interval); Type: ACL; Schema: app; Owner: -
--

GRANT ALL ON FUNCTION app.auth_issue_password_reset(email text, token_hash bytea, token_ttl interval) TO anon;

--
-- Name: FUNCTION auth_login_lookup(email text, ip_address text); Type: ACL; Schema: app; Owner: -
--

GRANT ALL ON FUNCTION app.auth_login_lookup(email text, ip_address text) TO anon;

--
-- Name: FUNCTION auth_own_password_hash(); Type: ACL; Schema: app; Owner: -
--

GRANT ALL ON FUNCTION app.auth_own_password_hash() TO authenticated;

--
-- Name: FUNCTION auth_record_failed_login(email text, ip_address text, user_id bigint, blocked boolean); Type: ACL; Schema: app; Owner: -
--

GRANT ALL ON FUNCTION app.auth_record_failed_login(email text, ip_address text, user_id bigint, blocked boolean) TO anon;

--
-- Name: FUNCTION auth_refresh_session(token_hash bytea, new_token_hash bytea); Type: ACL; Schema: app; Owner: -
--

GRANT ALL ON FUNCTION app.auth_refresh_session(token_hash bytea, new_token_hash bytea) TO anon;

--
-- Name: FUNCTION auth_register(name text, alias text, email text, password_hash text, verification_token_hash bytea, token_ttl interval); Type: ACL; Schema: app; Owner: -
--

GRANT ALL ON FUNCTION app.auth_register(name text, alias text, email text, password_hash text, verification_token_hash bytea, token_ttl interval) TO anon;

--
-- Name: FUNCTION auth_registration_conflicts(email text, alias text); Type: ACL; Schema: app; Owner: -
--

GRANT ALL ON FUNCTION app.auth_registration_conflicts(email text, alias text) TO anon;

--
-- Name: FUNCTION auth_reset_password(token_hash bytea, new_password_hash text); Type: ACL; Schema: app; Owner: -
--

GRANT ALL ON FUNCTION app.auth_reset_password(token_hash bytea, new_password_hash text) TO anon;

--
-- Name: FUNCTION auth_start_session(user_id bigint, email text, ip_address text, device_info text, token_hash bytea); Type: ACL; Schema: app; Owner: -
--

GRANT ALL ON FUNCTION app.auth_start_session(user_id bigint, email text, ip_address text, device_info text, token_hash bytea) TO anon;

--
-- Name: FUNCTION auth_verify_email(token_hash bytea); Type: ACL; Schema: app; Owner: -
--

GRANT ALL ON FUNCTION app.auth_verify_email(token_hash bytea) TO anon;

--
-- Name: FUNCTION can_moderate(owner_id bigint); Type: ACL; Schema: app; Owner: -
--

GRANT ALL ON FUNCTION app.can_moderate(owner_id bigint) TO authenticated;

--
-- Name: TABLE alerts; Type: ACL; Schema: app; Owner: -
--

GRANT SELECT ON TABLE app.alerts TO authenticated;

--
-- Name: COLUMN alerts.alert_type; Type: ACL; Schema: app; Owner: -
--

GRANT INSERT(alert_type) ON TABLE app.alerts TO authenticated;

--
-- Name: COLUMN alerts.severity; Type: ACL; Schema: app; Owner: -
--

GRANT INSERT(severity) ON TABLE app.alerts TO authenticated;

--
-- Name: COLUMN alerts.title; Type: ACL; Schema: app; Owner: -
--

GRANT INSERT(title) ON TABLE app.alerts TO authenticated;

--
-- Name: COLUMN alerts.message_enc; Type: ACL; Schema: app; Owner: -
--

GRANT INSERT(message_enc) ON TABLE app.alerts TO authenticated;

--
-- Name: COLUMN alerts.subject_user_id; Type: ACL; Schema: app; Owner: -
--

GRANT INSERT(subject_user_id) ON TABLE app.alerts TO authenticated;

--
-- Name: COLUMN alerts.resolved_at; Type: ACL; Schema: app; Owner: -
--

GRANT UPDATE(resolved_at) ON TABLE app.alerts TO authenticated;

--
-- Name: FUNCTION can_resolve_alert(a app.alerts); Type: ACL; Schema: app; Owner: -
--

GRANT ALL ON FUNCTION app.can_resolve_alert(a app.alerts) TO authenticated;

--
-- Name: FUNCTION can_see_alert(a app.alerts); Type: ACL; Schema: app; Owner: -
--

GRANT ALL ON FUNCTION app.can_see_alert(a app.alerts) TO authenticated;

--
-- Name: FUNCTION checked_deletion_reason(reason text); Type: ACL; Schema: app; Owner: -
--

GRANT ALL ON FUNCTION app.checked_deletion_reason(reason text) TO authenticated;

--
-- Name: FUNCTION claims(); Type: ACL; Schema: app; Owner: -
--

GRANT ALL ON FUNCTION app.claims() TO anon;
GRANT ALL ON FUNCTION app.claims() TO authenticated;

--
-- Name: FUNCTION clock_now(); Type: ACL; Schema: app; Owner: -
--

GRANT ALL ON FUNCTION app.clock_now() TO anon;
GRANT ALL ON FUNCTION app.clock_now() TO authenticated;

--
-- Name: FUNCTION current_session_id(); Type: ACL; Schema: app; Owner: -
--

GRANT ALL ON FUNCTION app.current_session_id() TO anon;
GRANT ALL ON FUNCTION app.current_session_id() TO authenticated;

--
-- Name: FUNCTION email_hash(email text); Type: ACL; Schema: app; Owner: -
--

GRANT ALL ON FUNCTION app.email_hash(email text) TO anon;
GRANT ALL ON FUNCTION app.email_hash(email text) TO authenticated;

--
-- Name: FUNCTION encrypt(plain text); Type: ACL; Schema: app; Owner: -
--

GRANT ALL ON FUNCTION app.encrypt(plain text) TO anon;
GRANT ALL ON FUNCTION app.encrypt(plain text) TO authenticated;

--
-- Name: FUNCTION encryption_key(); Type: ACL; Schema: app; Owner: -
--

GRANT ALL ON FUNCTION app.encryption_key() TO anon;
GRANT ALL ON FUNCTION app.encryption_key() TO authenticated;

--
-- Name: FUNCTION entry_attention(e app.ticket_entries); Type: ACL; Schema: app; Owner: -
--

GRANT ALL ON FUNCTION app.entry_attention(e app.ticket_entries) TO authenticated;

--
-- Name: FUNCTION entry_history_rows(target_entry_id bigint); Type: ACL; Schema: app; Owner: -
--

REVOKE ALL ON FUNCTION app.entry_history_rows(target_entry_id bigint) FROM PUBLIC;
GRANT ALL ON FUNCTION app.entry_history_rows(target_entry_id bigint) TO authenticated;

--
-- Name: FUNCTION flag_entry_changed(); Type: ACL; Schema: app; Owner: -
--

GRANT ALL ON FUNCTION app.flag_entry_changed() TO authenticated;

--
-- Name: FUNCTION guard_admin_lockout(); Type: ACL; Schema: app; Owner: -
--

GRANT ALL ON FUNCTION app.guard_admin_lockout() TO authenticated;

--
-- Name: FUNCTION guard_alert_update(); Type: ACL; Schema: app; Owner: -
--

GRANT ALL ON FUNCTION app.guard_alert_update() TO authenticated;

--
-- Name: FUNCTION guard_owned_update(); Type: ACL; Schema: app; Owner: -
--

GRANT ALL ON FUNCTION app.guard_owned_update() TO authenticated;

--
-- Name: FUNCTION guard_user_update(); Type: ACL; Schema: app; Owner: -
--

GRANT ALL ON FUNCTION app.guard_user_update() TO authenticated;

--
-- Name: FUNCTION is_admin(); Type: ACL; Schema: app; Owner: -
--

GRANT ALL ON FUNCTION app.is_admin() TO authenticated;

--
-- Name: FUNCTION is_entry_photo_file(file_id bigint); Type: ACL; Schema: app; Owner: -
--

REVOKE ALL ON FUNCTION app.is_entry_photo_file(file_id bigint) FROM PUBLIC;
GRANT ALL ON FUNCTION app.is_entry_photo_file(file_id bigint) TO authenticated;

--
-- Name: FUNCTION is_manager(); Type: ACL; Schema: app; Owner: -
--

GRANT ALL ON FUNCTION app.is_manager() TO authenticated;

--
-- Name: FUNCTION is_notification_recipient(n app.notifications); Type: ACL; Schema: app; Owner: -
--

GRANT ALL ON FUNCTION app.is_notification_recipient(n app.notifications) TO authenticated;

--
-- Name: FUNCTION max_active_sessions(); Type: ACL; Schema: app; Owner: -
--

GRANT ALL ON FUNCTION app.max_active_sessions() TO anon;
GRANT ALL ON FUNCTION app.max_active_sessions() TO authenticated;

--
-- Name: FUNCTION minutes_between(start_time time without time zone, end_time time without time zone); Type: ACL; Schema: app; Owner: -
--

GRANT ALL ON FUNCTION app.minutes_between(start_time time without time zone, end_time time without time zone) TO authenticated;

--
-- Name: FUNCTION next_terms_version(current_version text, at timestamp with time zone); Type: ACL; Schema: app; Owner: -
--

GRANT ALL ON FUNCTION app.next_terms_version(current_version text, at timestamp with time zone) TO authenticated;

--
-- Name: FUNCTION notification_push_targets(target_notification_id bigint); Type: ACL; Schema: app; Owner: -
--

REVOKE ALL ON FUNCTION app.notification_push_targets(target_notification_id bigint) FROM PUBLIC;

--
-- Name: FUNCTION purge_unconfirmed_imports(older_than interval); Type: ACL; Schema: app; Owner: -
--

REVOKE ALL ON FUNCTION app.purge_unconfirmed_imports(older_than interval) FROM PUBLIC;

--
-- Name: FUNCTION push_targets_of(target_user_id bigint); Type: ACL; Schema: app; Owner: -
--

REVOKE ALL ON FUNCTION app.push_targets_of(target_user_id bigint) FROM PUBLIC;

--
-- Name: FUNCTION require_admin(action text); Type: ACL; Schema: app; Owner: -
--

GRANT ALL ON FUNCTION app.require_admin(action text) TO authenticated;

--
-- Name: FUNCTION revoke_sessions_of(target_user_id bigint); Type: ACL; Schema: app; Owner: -
--

GRANT ALL ON FUNCTION app.revoke_sessions_of(target_user_id bigint) TO authenticated;

--
-- Name: FUNCTION role_of(target_user_id bigint); Type: ACL; Schema: app; Owner: -
--

GRANT ALL ON FUNCTION app.role_of(target_user_id bigint) TO authenticated;

--
-- Name: FUNCTION session_idle_timeout(); Type: ACL; Schema: app; Owner: -
--

GRANT ALL ON FUNCTION app.session_idle_timeout() TO anon;
GRANT ALL ON FUNCTION app.session_idle_timeout() TO authenticated;

--
-- Name: FUNCTION session_is_live(is_active boolean, revoked_at timestamp with time zone, expires_at timestamp with time zone, last_accessed_at timestamp with time zone, at timestamp with time zone); Type: ACL; Schema: app; Owner: -
--

GRANT ALL ON FUNCTION app.session_is_live(is_active boolean, revoked_at timestamp with time zone, expires_at timestamp with time zone, last_accessed_at timestamp with time zone, at timestamp with time zone) TO anon;
GRANT ALL ON FUNCTION app.session_is_live(is_active boolean, revoked_at timestamp with time zone, expires_at timestamp with time zone, last_accessed_at timestamp with time zone, at timestamp with time zone) TO authenticated;

--
-- Name: FUNCTION stats_check_range(date_from date, date_to date); Type: ACL; Schema: app; Owner: -
--

REVOKE ALL ON FUNCTION app.stats_check_range(date_from date, date_to date) FROM PUBLIC;

--
-- Name: FUNCTION stats_devices_changed(); Type: ACL; Schema: app; Owner: -
--

REVOKE ALL ON FUNCTION app.stats_devices_changed() FROM PUBLIC;

--
-- Name: FUNCTION stats_entries_changed(); Type: ACL; Schema: app; Owner: -
--

REVOKE ALL ON FUNCTION app.stats_entries_changed() FROM PUBLIC;

--
-- Name: FUNCTION stats_entry_devices_changed(); Type: ACL; Schema: app; Owner: -
--

REVOKE ALL ON FUNCTION app.stats_entry_devices_changed() FROM PUBLIC;

--
-- Name: FUNCTION stats_rebuild(); Type: ACL; Schema: app; Owner: -
--

REVOKE ALL ON FUNCTION app.stats_rebuild() FROM PUBLIC;

--
-- Name: FUNCTION stats_recount(users bigint[], dates date[]); Type: ACL; Schema: app; Owner: -
--

REVOKE ALL ON FUNCTION app.stats_recount(users bigint[], dates date[]) FROM PUBLIC;

--
-- Name: FUNCTION stats_tasks_changed(); Type: ACL; Schema: app; Owner: -
--

REVOKE ALL ON FUNCTION app.stats_tasks_changed() FROM PUBLIC;

--
-- Name: FUNCTION stats_tickets_changed(); Type: ACL; Schema: app; Owner: -
--

REVOKE ALL ON FUNCTION app.stats_tickets_changed() FROM PUBLIC;

--
-- Name: FUNCTION take_deletion_reason(); Type: ACL; Schema: app; Owner: -
--

GRANT ALL ON FUNCTION app.take_deletion_reason() TO authenticated;

--
-- Name: FUNCTION touch_updated_at(); Type: ACL; Schema: app; Owner: -
--

GRANT ALL ON FUNCTION app.touch_updated_at() TO anon;
GRANT ALL ON FUNCTION app.touch_updated_at() TO authenticated;

--
-- Name: FUNCTION validate_timezone(); Type: ACL; Schema: app; Owner: -
--

GRANT ALL ON FUNCTION app.validate_timezone() TO authenticated;

--
-- Name: FUNCTION applied_migrations(); Type: ACL; Schema: ops; Owner: -
--

REVOKE ALL ON FUNCTION ops.applied_migrations() FROM PUBLIC;
GRANT ALL ON FUNCTION ops.applied_migrations() TO authenticator;

--
-- Name: FUNCTION job_queue_counts(OUT pending bigint, OUT failed bigint); Type: ACL; Schema: ops; Owner: -
--

REVOKE ALL ON FUNCTION ops.job_queue_counts(OUT pending bigint, OUT failed bigint) FROM PUBLIC;
GRANT ALL ON FUNCTION ops.job_queue_counts(OUT pending bigint, OUT failed bigint) TO authenticator;

--
-- Name: TABLE alerts; Type: ACL; Schema: api; Owner: -
--

GRANT SELECT,INSERT,UPDATE ON TABLE api.alerts TO authenticated;

--
-- Name: TABLE buildings; Type: ACL; Schema: app; Owner: -
--

GRANT SELECT,DELETE ON TABLE app.buildings TO authenticated;

--
-- Name: COLUMN buildings.building_name; Type: ACL; Schema: app; Owner: -
--

GRANT INSERT(building_name),UPDATE(building_name) ON TABLE app.buildings TO authenticated;

--
-- Name: COLUMN buildings.building_address; Type: ACL; Schema: app; Owner: -
--

GRANT INSERT(building_address),UPDATE(building_address) ON TABLE app.buildings TO authenticated;

--
-- Name: COLUMN buildings.description_enc; Type: ACL; Schema: app; Owner: -
--

GRANT INSERT(description_enc),UPDATE(description_enc) ON TABLE app.buildings TO authenticated;

--
-- Name: TABLE buildings; Type: ACL; Schema: api; Owner: -
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE api.buildings TO authenticated;

--
-- Name: TABLE deleted_ticket_entries; Type: ACL; Schema: api; Owner: -
--

GRANT SELECT ON TABLE api.deleted_ticket_entries TO authenticated;

--
-- Name: TABLE deleted_ticket_misc_entries; Type: ACL; Schema: api; Owner: -
--

GRANT SELECT ON TABLE api.deleted_ticket_misc_entries TO authenticated;

--
-- Name: TABLE deleted_tickets; Type: ACL; Schema: api; Owner: -
--

GRANT SELECT ON TABLE api.deleted_tickets TO authenticated;

--
-- Name: TABLE devices; Type: ACL; Schema: app; Owner: -
--

GRANT SELECT,DELETE ON TABLE app.devices TO authenticated;

--
-- Name: COLUMN devices.building_id; Type: ACL; Schema: app; Owner: -
--

GRANT INSERT(building_id),UPDATE(building_id) ON TABLE app.devices TO authenticated;

--
-- Name: COLUMN devices.device_name; Type: ACL; Schema: app; Owner: -
--

GRANT INSERT(device_name),UPDATE(device_name) ON TABLE app.devices TO authenticated;

--
-- Name: COLUMN devices.device_type; Type: ACL; Schema: app; Owner: -
--

GRANT INSERT(device_type),UPDATE(device_type) ON TABLE app.devices TO authenticated;

--
-- Name: COLUMN devices.description_enc; Type: ACL; Schema: app; Owner: -
--

GRANT INSERT(description_enc),UPDATE(description_enc) ON TABLE app.devices TO authenticated;

--
-- Name: TABLE devices; Type: ACL; Schema: api; Owner: -
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE api.devices TO authenticated;

--
-- Name: TABLE entry_devices; Type: ACL; Schema: app; Owner: -
--

GRANT SELECT,DELETE ON TABLE app.entry_devices TO authenticated;

--
-- Name: COLUMN entry_devices.entry_id; Type: ACL; Schema: app; Owner: -
--

GRANT INSERT(entry_id) ON TABLE app.entry_devices TO authenticated;

--
-- Name: COLUMN entry_devices.device_id; Type: ACL; Schema: app; Owner: -
--

GRANT INSERT(device_id) ON TABLE app.entry_devices TO authenticated;

--
-- Name: TABLE entry_devices; Type: ACL; Schema: api; Owner: -
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE api.entry_devices TO authenticated;

--
-- Name: TABLE entry_photos; Type: ACL; Schema: app; Owner: -
--

GRANT SELECT ON TABLE app.entry_photos TO authenticated;

--
-- Name: COLUMN entry_photos.entry_id; Type: ACL; Schema: app; Owner: -
--

GRANT INSERT(entry_id) ON TABLE app.entry_photos TO authenticated;

--
-- Name: COLUMN entry_photos.file_id; Type: ACL; Schema: app; Owner: -
--

GRANT INSERT(file_id) ON TABLE app.entry_photos TO authenticated;

--
-- Name: COLUMN entry_photos.thumbnail_file_id; Type: ACL; Schema: app; Owner: -
--

GRANT INSERT(thumbnail_file_id) ON TABLE app.entry_photos TO authenticated;

--
-- Name: COLUMN entry_photos.taken_at; Type: ACL; Schema: app; Owner: -
--

GRANT INSERT(taken_at) ON TABLE app.entry_photos TO authenticated;

--
-- Name: COLUMN entry_photos.width; Type: ACL; Schema: app; Owner: -
--

GRANT INSERT(width) ON TABLE app.entry_photos TO authenticated;

--
-- Name: COLUMN entry_photos.height; Type: ACL; Schema: app; Owner: -
--

GRANT INSERT(height) ON TABLE app.entry_photos TO authenticated;

--
-- Name: COLUMN entry_photos.deleted_at; Type: ACL; Schema: app; Owner: -
--

GRANT UPDATE(deleted_at) ON TABLE app.entry_photos TO authenticated;

--
-- Name: TABLE files; Type: ACL; Schema: app; Owner: -
--

GRANT SELECT ON TABLE app.files TO authenticated;

--
-- Name: COLUMN files.purpose; Type: ACL; Schema: app; Owner: -
--

GRANT INSERT(purpose) ON TABLE app.files TO authenticated;

--
-- Name: COLUMN files.content_type; Type: ACL; Schema: app; Owner: -
--

GRANT INSERT(content_type) ON TABLE app.files TO authenticated;

--
-- Name: COLUMN files.byte_size; Type: ACL; Schema: app; Owner: -
--

GRANT INSERT(byte_size) ON TABLE app.files TO authenticated;

--
-- Name: COLUMN files.storage_key; Type: ACL; Schema: app; Owner: -
--

GRANT INSERT(storage_key) ON TABLE app.files TO authenticated;

--
-- Name: COLUMN files.deleted_at; Type: ACL; Schema: app; Owner: -
--

GRANT UPDATE(deleted_at) ON TABLE app.files TO authenticated;

--
-- Name: TABLE entry_photos; Type: ACL; Schema: api; Owner: -
--

GRANT SELECT,DELETE ON TABLE api.entry_photos TO authenticated;

--
-- Name: TABLE files; Type: ACL; Schema: api; Owner: -
--

GRANT SELECT ON TABLE api.files TO authenticated;

--
-- Name: TABLE groups; Type: ACL; Schema: app; Owner: -
--

GRANT SELECT,DELETE ON TABLE app.groups TO authenticated;

--
-- Name: COLUMN groups.group_name; Type: ACL; Schema: app; Owner: -
--

GRANT INSERT(group_name),UPDATE(group_name) ON TABLE app.groups TO authenticated;

--
-- Name: COLUMN groups.group_description; Type: ACL; Schema: app; Owner: -
--

GRANT INSERT(group_description),UPDATE(group_description) ON TABLE app.groups TO authenticated;

--
-- Name: TABLE groups; Type: ACL; Schema: api; Owner: -
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE api.groups TO authenticated;

--
-- Name: TABLE history; Type: ACL; Schema: app; Owner: -
--

GRANT SELECT ON TABLE app.history TO authenticated;

--
-- Name: TABLE history; Type: ACL; Schema: api; Owner: -
--

GRANT SELECT ON TABLE api.history TO authenticated;

--
-- Name: TABLE import_export_logs; Type: ACL; Schema: app; Owner: -
--

GRANT SELECT ON TABLE app.import_export_logs TO authenticated;

--
-- Name: COLUMN import_export_logs.direction; Type: ACL; Schema: app; Owner: -
--

GRANT INSERT(direction) ON TABLE app.import_export_logs TO authenticated;

--
-- Name: COLUMN import_export_logs.format; Type: ACL; Schema: app; Owner: -
--

GRANT INSERT(format) ON TABLE app.import_export_logs TO authenticated;

--
-- Name: COLUMN import_export_logs.file_name; Type: ACL; Schema: app; Owner: -
--

GRANT INSERT(file_name) ON TABLE app.import_export_logs TO authenticated;

--
-- Name: COLUMN import_export_logs.status; Type: ACL; Schema: app; Owner: -
--

GRANT INSERT(status),UPDATE(status) ON TABLE app.import_export_logs TO authenticated;

--
-- Name: COLUMN import_export_logs.record_count; Type: ACL; Schema: app; Owner: -
--

GRANT INSERT(record_count),UPDATE(record_count) ON TABLE app.import_export_logs TO authenticated;

--
-- Name: COLUMN import_export_logs.error; Type: ACL; Schema: app; Owner: -
--

GRANT INSERT(error),UPDATE(error) ON TABLE app.import_export_logs TO authenticated;

--
-- Name: COLUMN import_export_logs.finished_at; Type: ACL; Schema: app; Owner: -
--

GRANT INSERT(finished_at),UPDATE(finished_at) ON TABLE app.import_export_logs TO authenticated;

--
-- Name: TABLE import_export_logs; Type: ACL; Schema: api; Owner: -
--

GRANT SELECT,INSERT,UPDATE ON TABLE api.import_export_logs TO authenticated;

--
-- Name: TABLE import_progress; Type: ACL; Schema: app; Owner: -
--

GRANT SELECT ON TABLE app.import_progress TO authenticated;

--
-- Name: COLUMN import_progress.import_id; Type: ACL; Schema: app; Owner: -
--

GRANT INSERT(import_id) ON TABLE app.import_progress TO authenticated;

--
-- Name: COLUMN import_progress.status; Type: ACL; Schema: app; Owner: -
--

GRANT UPDATE(status) ON TABLE app.import_progress TO authenticated;

--
-- Name: COLUMN import_progress.files_total; Type: ACL; Schema: app; Owner: -
--

GRANT INSERT(files_total) ON TABLE app.import_progress TO authenticated;

--
-- Name: COLUMN import_progress.files_parsed; Type: ACL; Schema: app; Owner: -
--

GRANT UPDATE(files_parsed) ON TABLE app.import_progress TO authenticated;

--
-- Name: COLUMN import_progress.error; Type: ACL; Schema: app; Owner: -
--

GRANT UPDATE(error) ON TABLE app.import_progress TO authenticated;

--
-- Name: TABLE import_progress; Type: ACL; Schema: api; Owner: -
--

GRANT SELECT ON TABLE api.import_progress TO authenticated;

--
-- Name: TABLE push_subscriptions; Type: ACL; Schema: app; Owner: -
--

GRANT SELECT,DELETE ON TABLE app.push_subscriptions TO authenticated;

--
-- Name: COLUMN push_subscriptions.endpoint; Type: ACL; Schema: app; Owner: -
--

GRANT INSERT(endpoint) ON TABLE app.push_subscriptions TO authenticated;

--
-- Name: COLUMN push_subscriptions.p256dh; Type: ACL; Schema: app; Owner: -
--

GRANT INSERT(p256dh) ON TABLE app.push_subscriptions TO authenticated;

--
-- Name: COLUMN push_subscriptions.auth; Type: ACL; Schema: app; Owner: -
--

GRANT INSERT(auth) ON TABLE app.push_subscriptions TO authenticated;

--
-- Name: COLUMN push_subscriptions.device_info; Type: ACL; Schema: app; Owner: -
--

GRANT INSERT(device_info) ON TABLE app.push_subscriptions TO authenticated;

--
-- Name: TABLE push_subscriptions; Type: ACL; Schema: api; Owner: -
--

GRANT SELECT,DELETE ON TABLE api.push_subscriptions TO authenticated;

--
-- Name: TABLE site_settings; Type: ACL; Schema: app; Owner: -
--

GRANT SELECT ON TABLE app.site_settings TO anon;
GRANT SELECT ON TABLE app.site_settings TO authenticated;

--
-- Name: COLUMN site_settings.setting_value; Type: ACL; Schema: app; Owner: -
--

GRANT UPDATE(setting_value) ON TABLE app.site_settings TO authenticated;

--
-- Name: COLUMN site_settings.updated_at; Type: ACL; Schema: app; Owner: -
--

GRANT UPDATE(updated_at) ON TABLE app.site_settings TO authenticated;

--
-- Name: COLUMN site_settings.updated_by; Type: ACL; Schema: app; Owner: -
--

GRANT UPDATE(updated_by) ON TABLE app.site_settings TO authenticated;

--
-- Name: TABLE site_settings; Type: ACL; Schema: api; Owner: -
--

GRANT SELECT,UPDATE ON TABLE api.site_settings TO authenticated;
GRANT SELECT ON TABLE api.site_settings TO anon;

--
-- Name: COLUMN users.user_id; Type: ACL; Schema: app; Owner: -
--

GRANT SELECT(user_id) ON TABLE app.users TO authenticated;

--
-- Name: COLUMN users.user_uuid; Type: ACL; Schema: app; Owner: -
--

GRANT SELECT(user_uuid) ON TABLE app.users TO authenticated;

--
-- Name: COLUMN users.name_enc; Type: ACL; Schema: app; Owner: -
--

GRANT SELECT(name_enc),UPDATE(name_enc) ON TABLE app.users TO authenticated;

--
-- Name: COLUMN users.alias; Type: ACL; Schema: app; Owner: -
--

GRANT SELECT(alias),UPDATE(alias) ON TABLE app.users TO authenticated;

--
-- Name: COLUMN users.email_enc; Type: ACL; Schema: app; Owner: -
--

GRANT SELECT(email_enc) ON TABLE app.users TO authenticated;

--
-- Name: COLUMN users.user_is_email_verified; Type: ACL; Schema: app; Owner: -
--

GRANT SELECT(user_is_email_verified) ON TABLE app.users TO authenticated;

--
-- Name: COLUMN users.oauth_provider; Type: ACL; Schema: app; Owner: -
--

GRANT SELECT(oauth_provider) ON TABLE app.users TO authenticated;

--
-- Name: COLUMN users.user_is_admin; Type: ACL; Schema: app; Owner: -
--

GRANT SELECT(user_is_admin),UPDATE(user_is_admin) ON TABLE app.users TO authenticated;

--
-- Name: COLUMN users.user_is_manager; Type: ACL; Schema: app; Owner: -
--

GRANT SELECT(user_is_manager),UPDATE(user_is_manager) ON TABLE app.users TO authenticated;

--
-- Name: COLUMN users.user_is_active; Type: ACL; Schema: app; Owner: -
--

GRANT SELECT(user_is_active),UPDATE(user_is_active) ON TABLE app.users TO authenticated;

--
-- Name: COLUMN users.terms_version_agreed; Type: ACL; Schema: app; Owner: -
--

GRANT SELECT(terms_version_agreed),UPDATE(terms_version_agreed) ON TABLE app.users TO authenticated;

--
-- Name: COLUMN users.terms_agreed_at; Type: ACL; Schema: app; Owner: -
--

GRANT SELECT(terms_agreed_at),UPDATE(terms_agreed_at) ON TABLE app.users TO authenticated;

--
-- Name: COLUMN users.user_preferred_color; Type: ACL; Schema: app; Owner: -
--

GRANT SELECT(user_preferred_color),UPDATE(user_preferred_color) ON TABLE app.users TO authenticated;

--
-- Name: COLUMN users.user_preferred_landing_page; Type: ACL; Schema: app; Owner: -
--

GRANT SELECT(user_preferred_landing_page),UPDATE(user_preferred_landing_page) ON TABLE app.users TO authenticated;

--
-- Name: COLUMN users.user_preferred_profile_picture; Type: ACL; Schema: app; Owner: -
--

GRANT SELECT(user_preferred_profile_picture),UPDATE(user_preferred_profile_picture) ON TABLE app.users TO authenticated;

--
-- Name: COLUMN users.user_preferred_light_or_dark_mode_mobile; Type: ACL; Schema: app; Owner: -
--

GRANT SELECT(user_preferred_light_or_dark_mode_mobile),UPDATE(user_preferred_light_or_dark_mode_mobile) ON TABLE app.users TO authenticated;

--
-- Name: COLUMN users.user_preferred_light_or_dark_mode_desktop; Type: ACL; Schema: app; Owner: -
--

GRANT SELECT(user_preferred_light_or_dark_mode_desktop),UPDATE(user_preferred_light_or_dark_mode_desktop) ON TABLE app.users TO authenticated;

--
-- Name: COLUMN users.user_preferred_high_contrast; Type: ACL; Schema: app; Owner: -
--

GRANT SELECT(user_preferred_high_contrast),UPDATE(user_preferred_high_contrast) ON TABLE app.users TO authenticated;

--
-- Name: COLUMN users.user_preferred_enable_alerts; Type: ACL; Schema: app; Owner: -
--

GRANT SELECT(user_preferred_enable_alerts),UPDATE(user_preferred_enable_alerts) ON TABLE app.users TO authenticated;

--
-- Name: COLUMN users.user_preferred_enable_notifications; Type: ACL; Schema: app; Owner: -
--

GRANT SELECT(user_preferred_enable_notifications),UPDATE(user_preferred_enable_notifications) ON TABLE app.users TO authenticated;

--
-- Name: COLUMN users.user_preferred_timezone; Type: ACL; Schema: app; Owner: -
--

GRANT SELECT(user_preferred_timezone),UPDATE(user_preferred_timezone) ON TABLE app.users TO authenticated;

--
-- Name: COLUMN users.created_at; Type: ACL; Schema: app; Owner: -
--

GRANT SELECT(created_at) ON TABLE app.users TO authenticated;

--
-- Name: COLUMN users.updated_at; Type: ACL; Schema: app; Owner: -
--

GRANT SELECT(updated_at),UPDATE(updated_at) ON TABLE app.users TO authenticated;

--
-- Name: TABLE team_activity; Type: ACL; Schema: api; Owner: -
--

GRANT SELECT ON TABLE api.team_activity TO authenticated;

--
-- Name: TABLE user_groups; Type: ACL; Schema: app; Owner: -
--

GRANT SELECT,DELETE ON TABLE app.user_groups TO authenticated;

--
-- Name: COLUMN user_groups.user_id; Type: ACL; Schema: app; Owner: -
--

GRANT INSERT(user_id) ON TABLE app.user_groups TO authenticated;

--
-- Name: COLUMN user_groups.group_id; Type: ACL; Schema: app; Owner: -
--

GRANT INSERT(group_id) ON TABLE app.user_groups TO authenticated;

--
-- Name: TABLE user_groups; Type: ACL; Schema: api; Owner: -
--

GRANT SELECT,INSERT,DELETE ON TABLE api.user_groups TO authenticated;

--
-- Name: COLUMN user_sessions.session_id; Type: ACL; Schema: app; Owner: -
--

GRANT SELECT(session_id) ON TABLE app.user_sessions TO authenticated;

--
-- Name: COLUMN user_sessions.user_id; Type: ACL; Schema: app; Owner: -
--

GRANT SELECT(user_id) ON TABLE app.user_sessions TO authenticated;

--
-- Name: COLUMN user_sessions.device_info; Type: ACL; Schema: app; Owner: -
--

GRANT SELECT(device_info) ON TABLE app.user_sessions TO authenticated;

--
-- Name: COLUMN user_sessions.ip_address; Type: ACL; Schema: app; Owner: -
--

GRANT SELECT(ip_address) ON TABLE app.user_sessions TO authenticated;

--
-- Name: COLUMN user_sessions.issued_at; Type: ACL; Schema: app; Owner: -
--

GRANT SELECT(issued_at) ON TABLE app.user_sessions TO authenticated;

--
-- Name: COLUMN user_sessions.expires_at; Type: ACL; Schema: app; Owner: -
--

GRANT SELECT(expires_at) ON TABLE app.user_sessions TO authenticated;

--
-- Name: COLUMN user_sessions.last_accessed_at; Type: ACL; Schema: app; Owner: -
--

GRANT SELECT(last_accessed_at) ON TABLE app.user_sessions TO authenticated;

--
-- Name: COLUMN user_sessions.is_active; Type: ACL; Schema: app; Owner: -
--

GRANT SELECT(is_active),UPDATE(is_active) ON TABLE app.user_sessions TO authenticated;

--
-- Name: COLUMN user_sessions.revoked_at; Type: ACL; Schema: app; Owner: -
--

GRANT SELECT(revoked_at),UPDATE(revoked_at) ON TABLE app.user_sessions TO authenticated;

--
-- Name: TABLE user_sessions; Type: ACL; Schema: api; Owner: -
--

GRANT SELECT,UPDATE ON TABLE api.user_sessions TO authenticated;

--
-- Name: TABLE users; Type: ACL; Schema: api; Owner: -
--

GRANT SELECT,UPDATE ON TABLE api.users TO authenticated;

--
-- Name: TABLE import_batches; Type: ACL; Schema: app; Owner: -
--

GRANT SELECT ON TABLE app.import_batches TO authenticated;

--
-- Name: COLUMN import_batches.proposal_enc; Type: ACL; Schema: app; Owner: -
--

GRANT INSERT(proposal_enc),UPDATE(proposal_enc) ON TABLE app.import_batches TO authenticated;

--
-- Name: COLUMN import_batches.log_ids; Type: ACL; Schema: app; Owner: -
--

GRANT INSERT(log_ids),UPDATE(log_ids) ON TABLE app.import_batches TO authenticated;

--
-- Name: COLUMN import_batches.confirmed_at; Type: ACL; Schema: app; Owner: -
--

GRANT UPDATE(confirmed_at) ON TABLE app.import_batches TO authenticated;

--
-- Name: TABLE import_uploads; Type: ACL; Schema: app; Owner: -
--

GRANT SELECT,INSERT,DELETE ON TABLE app.import_uploads TO authenticated;

--
-- Name: TABLE login_attempts; Type: ACL; Schema: app; Owner: -
--

GRANT SELECT ON TABLE app.login_attempts TO authenticated;

--
-- PostgreSQL database dump complete
--
