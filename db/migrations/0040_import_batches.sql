-- Imports in two steps: POST /import proposes drafts, the user reviews them, and
-- POST /import/:id/confirm writes them. The proposal waits here between the two steps.
-- It holds job names and descriptions, so it is stored encrypted like the entries are.

create table app.import_batches (
  import_id uuid primary key default gen_random_uuid(),
  user_id bigint not null references app.users default app.current_user_id(),
  proposal_enc bytea not null,
  log_ids bigint[] not null default '{}',
  created_at timestamptz not null default now(),
  confirmed_at timestamptz
);
create index import_batches_user_id_idx on app.import_batches (user_id, created_at desc);

-- Only the importer ever sees or confirms an import; a confirmed one stays confirmed.
alter table app.import_batches enable row level security;
alter table app.import_batches force row level security;
create policy import_batches_own_read on app.import_batches for select to authenticated
  using (user_id = app.current_user_id());
create policy import_batches_own_insert on app.import_batches for insert to authenticated
  with check (user_id = app.current_user_id());
create policy import_batches_own_confirm on app.import_batches for update to authenticated
  using (user_id = app.current_user_id() and confirmed_at is null)
  with check (user_id = app.current_user_id());
grant select, insert (proposal_enc, log_ids), update (confirmed_at) on app.import_batches to authenticated;

create trigger import_batches_audit after insert or update or delete on app.import_batches
  for each row execute function app.audit('import_id');
