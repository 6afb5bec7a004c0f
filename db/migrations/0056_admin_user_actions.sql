-- What an administrator does to a person's account: set their role, deactivate or
-- reactivate it, and end their sessions. SECURITY INVOKER: the caller's own grants, the
-- users and sessions policies and the guard triggers (0002, 0055) still decide; the admin
-- check up front only makes the refusal clear instead of "nothing changed".

create function app.require_admin(action text) returns void
language plpgsql stable
as $$
begin
  if not app.is_admin() then
    raise exception 'only an administrator may %', action using errcode = '42501';
  end if;
end
$$;
grant execute on function app.require_admin(text) to authenticated;

-- Ends every live session of a user, recorded in history as revoked by an administrator.
-- The caller's own current session is kept, so an admin never signs themselves out here.
create function app.revoke_sessions_of(target_user_id bigint) returns integer
language plpgsql volatile
as $$
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
grant execute on function app.revoke_sessions_of(bigint) to authenticated;

-- 'field', 'manager' or 'admin'. Answers the role the user now holds.
create function api.set_user_role(user_id bigint, role text) returns text
language plpgsql volatile
as $$
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

-- Deactivating ends the user's sessions at once (their sockets close with them).
-- Answers how many sessions it ended.
create function api.set_user_active(user_id bigint, active boolean) returns integer
language plpgsql volatile
as $$
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

-- Signs a user out on every device. Answers how many sessions it ended.
create function api.revoke_user_sessions(user_id bigint) returns integer
language plpgsql volatile
as $$
begin
  perform app.require_admin('end other people''s sessions');
  if not exists (select from app.users u where u.user_id = revoke_user_sessions.user_id) then
    raise exception 'there is no user %', user_id using errcode = 'PT404';
  end if;
  return app.revoke_sessions_of(revoke_user_sessions.user_id);
end
$$;

grant execute on function api.set_user_role(bigint, text), api.set_user_active(bigint, boolean),
  api.revoke_user_sessions(bigint) to authenticated;
