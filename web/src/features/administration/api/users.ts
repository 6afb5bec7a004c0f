import { useQuery } from '@tanstack/react-query';
import { api, run } from '../../../lib/api-client';

export type UserRole = 'field' | 'manager' | 'admin';

export interface ManagedUser {
  user_id: number;
  alias: string;
  name: string;
  email: string | null;
  user_is_admin: boolean;
  user_is_manager: boolean;
  user_is_active: boolean;
}

export const ROLE_LABELS: Record<UserRole, string> = {
  field: 'Field technician',
  manager: 'Manager',
  admin: 'Administrator',
};

export function roleOf(user: Pick<ManagedUser, 'user_is_admin' | 'user_is_manager'>): UserRole {
  return user.user_is_admin ? 'admin' : user.user_is_manager ? 'manager' : 'field';
}

export const userKeys = { list: ['admin-users', 'list'] as const, all: ['admin-users'] as const };

/** Everyone with their role, activation and how many devices they are signed in on. */
export function useManagedUsers() {
  return useQuery({
    queryKey: userKeys.list,
    queryFn: async () => {
      const [users, sessions] = await Promise.all([
        run<ManagedUser[]>(
          api
            .from('users')
            .select('user_id,alias,name,email,user_is_admin,user_is_manager,user_is_active')
            .order('alias')
            .limit(1000),
        ),
        run<{ user_id: number }[]>(
          api
            .from('user_sessions')
            .select('user_id')
            .eq('is_active', true)
            .is('revoked_at', null)
            .gt('expires_at', new Date().toISOString())
            .limit(5000),
        ),
      ]);
      const sessionCount = new Map<number, number>();
      for (const s of sessions) sessionCount.set(s.user_id, (sessionCount.get(s.user_id) ?? 0) + 1);
      return users.map((user) => ({ ...user, sessions: sessionCount.get(user.user_id) ?? 0 }));
    },
  });
}

export function setUserRole(userId: number, role: UserRole): Promise<UserRole> {
  return run<UserRole>(api.rpc('set_user_role', { user_id: userId, role }));
}

/** Deactivating also ends the person's sessions; answers how many it ended. */
export function setUserActive(userId: number, active: boolean): Promise<number> {
  return run<number>(api.rpc('set_user_active', { user_id: userId, active }));
}

/** Signs the person out on every device (keeps this one when it is your own). */
export function revokeUserSessions(userId: number): Promise<number> {
  return run<number>(api.rpc('revoke_user_sessions', { user_id: userId }));
}
