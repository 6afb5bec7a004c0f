-- Photos on job entries. A photo is two stored files (the picture and its thumbnail) and a
-- row tying them to the entry. Whoever may read the entry may see its photos; only the
-- entry's author adds them; the author or a moderator removes them (soft delete). A
-- soft-deleted entry hides its photos with it, and restoring the entry brings them back.

create table app.entry_photos (
  photo_id bigint generated always as identity primary key,
  entry_id bigint not null references app.ticket_entries,
  file_id bigint not null unique references app.files,
  thumbnail_file_id bigint not null unique references app.files,
  -- When the picture was taken, kept only when the technician asked to keep it.
  taken_at timestamptz,
  width integer not null check (width > 0),
  height integer not null check (height > 0),
  created_by bigint not null references app.users default app.current_user_id(),
  created_at timestamptz not null default now(),
  deleted_at timestamptz
);
create index entry_photos_entry_id_idx on app.entry_photos (entry_id) where deleted_at is null;

alter table app.entry_photos enable row level security;
alter table app.entry_photos force row level security;
-- The entry's own policies decide: the subquery runs under the reader's rights.
create policy entry_photos_read on app.entry_photos for select to authenticated
  using (exists (select from app.ticket_entries e
                 where e.entry_id = entry_photos.entry_id and e.deleted_at is null));
create policy entry_photos_insert on app.entry_photos for insert to authenticated
  with check (created_by = (select app.current_user_id())
              and exists (select from app.ticket_entries e
                          where e.entry_id = entry_photos.entry_id and e.deleted_at is null
                            and e.user_id = (select app.current_user_id())));
create policy entry_photos_remove on app.entry_photos for update to authenticated
  using (exists (select from app.ticket_entries e
                 where e.entry_id = entry_photos.entry_id and app.can_moderate(e.user_id)))
  with check (exists (select from app.ticket_entries e
                      where e.entry_id = entry_photos.entry_id and app.can_moderate(e.user_id)));
grant select, insert (entry_id, file_id, thumbnail_file_id, taken_at, width, height),
  update (deleted_at) on app.entry_photos to authenticated;

-- A photo's files are readable wherever the photo is, and nowhere else: its uploader sees
-- them only until they are tied to the entry (to read back the new row), after that the
-- entry decides, so a deleted entry hides its photos from its author too.
alter policy files_read on app.files
  using (purpose <> 'entry_photo'
         and (owner_id = (select app.current_user_id()) or purpose = 'profile_picture'
              or (select app.is_admin())));
-- Whether a file is tied to a photo at all, seen past the policies (a photo of a deleted
-- entry is invisible, yet its files are still tied to it).
create function app.is_entry_photo_file(file_id bigint) returns boolean
language sql stable security definer set search_path = pg_catalog
as $$
  select exists (select from app.entry_photos p
                 where p.file_id = $1 or p.thumbnail_file_id = $1)
$$;
revoke execute on function app.is_entry_photo_file(bigint) from public;
grant execute on function app.is_entry_photo_file(bigint) to authenticated;
create policy files_entry_photo_upload_read on app.files for select to authenticated
  using (purpose = 'entry_photo' and owner_id = (select app.current_user_id())
         and not app.is_entry_photo_file(file_id));
create policy files_entry_photo_read on app.files for select to authenticated
  using (purpose = 'entry_photo' and deleted_at is null
         and exists (select from app.entry_photos p
                     where p.deleted_at is null
                       and (p.file_id = files.file_id or p.thumbnail_file_id = files.file_id)));

create trigger entry_photos_audit after insert or update or delete on app.entry_photos
  for each row execute function app.audit('photo_id');
-- Live clients hear of photos as a change of the entry they belong to.
create trigger entry_photos_notify after insert or update on app.entry_photos
  for each row execute function app.notify_change('entry_photos', 'photo_id', 'entry_id');

create view api.entry_photos with (security_invoker = true) as
select p.photo_id, p.entry_id, '/files/' || f.file_uuid as url,
  '/files/' || t.file_uuid as thumbnail_url, p.taken_at, p.width, p.height, p.created_by,
  p.created_at
from app.entry_photos p
join app.files f on f.file_id = p.file_id
join app.files t on t.file_id = p.thumbnail_file_id
where p.deleted_at is null;
grant select, delete on api.entry_photos to authenticated;
create trigger entry_photos_soft_delete instead of delete on api.entry_photos
  for each row execute function api.soft_delete('entry_photos', 'photo_id', 'photo');

comment on view api.entry_photos is
  'Photos on job entries: readable by whoever may read the entry; DELETE removes one (restorable by an admin).';
