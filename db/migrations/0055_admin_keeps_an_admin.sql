-- Crewlog always keeps an active administrator, and no administrator locks themselves out.
-- Whatever path changes a user (PATCH /users, the admin functions), this trigger decides.

create function app.guard_admin_lockout() returns trigger
language plpgsql
as $$
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
grant execute on function app.guard_admin_lockout() to authenticated;
create trigger users_keep_an_admin before update of user_is_admin, user_is_active on app.users
  for each row execute function app.guard_admin_lockout();
