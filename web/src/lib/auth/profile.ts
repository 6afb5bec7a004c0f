import { useQuery } from '@tanstack/react-query';
import { api, run } from '../api-client';
import { useSession } from './session-context';

export type ColorMode = 'light' | 'dark';

/** The signed-in person's own row of the `users` view (the only row with preferences). */
export interface Profile {
  user_id: number;
  name: string;
  alias: string;
  email: string | null;
  user_is_admin: boolean;
  user_is_manager: boolean;
  user_preferred_color: string | null;
  user_preferred_landing_page: string | null;
  user_preferred_profile_picture: string | null;
  user_preferred_light_or_dark_mode_mobile: ColorMode | null;
  user_preferred_light_or_dark_mode_desktop: ColorMode | null;
  user_preferred_high_contrast: boolean | null;
  user_preferred_enable_alerts: Record<string, boolean> | null;
  user_preferred_enable_notifications: Record<string, boolean> | null;
  user_preferred_timezone: string | null;
  created_at: string;
}

export const profileKey = (userId: number | null) => ['profile', userId] as const;

export async function fetchProfile(userId: number): Promise<Profile> {
  const rows = await run<Profile[]>(api.from('users').select('*').eq('user_id', userId).limit(1));
  const row = rows[0];
  if (!row) throw new Error('profile not found');
  return row;
}

/** The profile of whoever is signed in (undefined while loading or signed out). */
export function useProfile() {
  const { me } = useSession();
  const userId = me?.user_id ?? null;
  return useQuery({
    queryKey: profileKey(userId),
    queryFn: () => fetchProfile(userId as number),
    enabled: userId !== null,
    staleTime: 60_000,
  });
}

export const DEFAULT_TIMEZONE = 'America/Los_Angeles';

/** The timezone to show instants in: the preference, else the browser's, else the default. */
export function useTimezone(): string {
  const { data } = useProfile();
  return (
    data?.user_preferred_timezone ??
    Intl.DateTimeFormat().resolvedOptions().timeZone ??
    DEFAULT_TIMEZONE
  );
}
