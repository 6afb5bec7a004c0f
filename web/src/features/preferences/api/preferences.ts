import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, run } from '../../../lib/api-client';
import { type Profile, profileKey } from '../../../lib/auth/profile';

export type PreferencePatch = Partial<
  Pick<
    Profile,
    | 'user_preferred_color'
    | 'user_preferred_landing_page'
    | 'user_preferred_profile_picture'
    | 'user_preferred_light_or_dark_mode_mobile'
    | 'user_preferred_light_or_dark_mode_desktop'
    | 'user_preferred_high_contrast'
    | 'user_preferred_enable_alerts'
    | 'user_preferred_enable_notifications'
    | 'user_preferred_timezone'
  >
>;

/** PATCH /users for my own row; the theme follows at once because the profile query updates. */
export function useSavePreferences(userId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (patch: PreferencePatch) => {
      const rows = await run<Profile[]>(
        api.from('users').update(patch).eq('user_id', userId).select('*'),
      );
      return rows[0] ?? null;
    },
    onSuccess: (saved) => {
      if (saved) queryClient.setQueryData(profileKey(userId), saved);
      else void queryClient.invalidateQueries({ queryKey: profileKey(userId) });
    },
  });
}

export interface TimezoneOption {
  name: string;
  utc_offset: string;
}

/** The database's own timezone list (so every choice passes its check). */
export function useTimezones() {
  return useQuery({
    queryKey: ['timezones'],
    queryFn: () => run<TimezoneOption[]>(api.rpc('timezones').select('name,utc_offset')),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** "-08:00:00" or "-08:00" → "UTC−08:00". */
export function formatOffset(offset: string): string {
  const match = /^(-)?(\d{1,2}):(\d{2})/.exec(offset.trim());
  if (!match) return offset;
  const hours = String(match[2]).padStart(2, '0');
  return `UTC${match[1] ? '−' : '+'}${hours}:${match[3]}`;
}
