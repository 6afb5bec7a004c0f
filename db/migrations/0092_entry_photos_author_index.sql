-- Every foreign key is indexed (deleting or moderating a person scans by it).
create index entry_photos_created_by_idx on app.entry_photos (created_by);
