-- Large imports are read by a background job (task parse_import) instead of during the
-- request. The uploaded files wait in import_uploads until the job has read them; they
-- hold whole emails, so they are encrypted like the proposal they become. Progress is a
-- row of its own, so that admins may watch an import without reading its proposal.
-- The job acts as the importer (role authenticated, the importer's claims), so every read
-- and write below is the importer's own, under the same policies as a request.

-- A background import has no proposal until its job has read every file.
alter table app.import_batches alter column proposal_enc drop not null;
grant update (proposal_enc, log_ids) on app.import_batches to authenticated;

create function app.encrypt_bytes(plain bytea) returns bytea
language sql parallel safe
as $$
  select extensions.pgp_sym_encrypt_bytea(plain, app.encryption_key(), 'cipher-algo=aes256, s2k-mode=1, compress-algo=0')
$$;

create function app.decrypt_bytes(cipher bytea) returns bytea
language sql stable parallel safe
as $$
  select extensions.pgp_sym_decrypt_bytea(cipher, app.encryption_key())
$$;

create table app.import_uploads (
  import_id uuid not null references app.import_batches on delete cascade,
  position integer not null check (position >= 0),
  file_name text not null check (length(file_name) between 1 and 300),
  content_enc bytea not null,
  primary key (import_id, position)
);

-- Files belong to the batch's owner: only they put them in, read them and remove them.
alter table app.import_uploads enable row level security;
alter table app.import_uploads force row level security;
create policy import_uploads_own on app.import_uploads for all to authenticated
  using (exists (select from app.import_batches b
                  where b.import_id = import_uploads.import_id and b.user_id = app.current_user_id()))
  with check (exists (select from app.import_batches b
                       where b.import_id = import_uploads.import_id and b.user_id = app.current_user_id()
                         and b.confirmed_at is null));
grant select, insert, delete on app.import_uploads to authenticated;

create trigger import_uploads_audit after insert or delete on app.import_uploads
  for each row execute function app.audit('import_id', 'position');

create table app.import_progress (
  import_id uuid primary key references app.import_batches on delete cascade,
  user_id bigint not null references app.users default app.current_user_id(),
  status text not null default 'parsing' check (status in ('parsing', 'ready', 'failed')),
  files_total integer not null check (files_total > 0),
  files_parsed integer not null default 0,
  error text check (length(error) <= 2000),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (files_parsed between 0 and files_total)
);
create index import_progress_user_id_idx on app.import_progress (user_id, created_at desc);

-- The importer and admins watch progress; only the importer's own job moves it.
alter table app.import_progress enable row level security;
alter table app.import_progress force row level security;
create policy import_progress_read on app.import_progress for select to authenticated
  using (user_id = app.current_user_id() or (select app.is_admin()));
create policy import_progress_own_insert on app.import_progress for insert to authenticated
  with check (user_id = app.current_user_id() and status = 'parsing' and files_parsed = 0);
create policy import_progress_own_update on app.import_progress for update to authenticated
  using (user_id = app.current_user_id()) with check (user_id = app.current_user_id());
grant select, insert (import_id, files_total), update (status, files_parsed, error)
  on app.import_progress to authenticated;

create trigger import_progress_touch before update on app.import_progress
  for each row execute function app.touch_updated_at();
-- Each file read is a progress step; history keeps the start, the outcome and the end.
create trigger import_progress_audit after insert or delete or update of status on app.import_progress
  for each row execute function app.audit('import_id');
create trigger import_progress_notify after insert or update on app.import_progress
  for each row execute function app.notify_change('import_progress', 'import_id', 'user_id');

-- The job is enqueued in the transaction that stores the files, so none is ever lost.
create function app.enqueue_import_parse() returns trigger
language plpgsql security definer set search_path = pg_catalog
as $$
begin
  perform app.enqueue_job('parse_import', jsonb_build_object('import_id', new.import_id));
  return null;
end
$$;
create trigger import_progress_enqueue after insert on app.import_progress
  for each row execute function app.enqueue_import_parse();

create view api.import_progress with (security_invoker = true) as
select import_id, user_id, status, files_total, files_parsed, error, created_at, updated_at
from app.import_progress;
grant select on api.import_progress to authenticated;

-- Cron: imports never confirmed are forgotten after a while (their files and proposal
-- with them); their log rows stay, closed as failed, so the user sees what happened.
create function app.purge_unconfirmed_imports(older_than interval) returns integer
language sql security definer set search_path = pg_catalog
as $$
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
revoke execute on function app.purge_unconfirmed_imports(interval) from public;
