import type pg from 'pg';

/**
 * The signed-in person as the web app needs them, read through the data API's own view
 * (so the same rules decide what is shown), plus whether the site's current terms still
 * need their agreement.
 */
export async function readOwnProfile(client: pg.ClientBase): Promise<Record<string, unknown>> {
  const { rows } = await client.query(
    `select u.user_id, u.user_uuid, u.name, u.alias, u.email, u.user_is_email_verified,
            u.oauth_provider, u.user_is_admin, u.user_is_manager, u.user_is_active,
            u.user_preferred_color, u.user_preferred_profile_picture, u.user_preferred_landing_page,
            u.user_preferred_light_or_dark_mode_mobile, u.user_preferred_light_or_dark_mode_desktop,
            u.user_preferred_high_contrast, u.user_preferred_enable_alerts,
            u.user_preferred_enable_notifications, u.user_preferred_timezone,
            u.terms_version_agreed, u.terms_agreed_at,
            t.version as terms_version,
            u.terms_version_agreed is distinct from t.version as terms_required
       from api.users u
       cross join (select setting_value #>> '{}' as version from app.site_settings
                    where setting_key = 'terms_version') t
      where u.user_id = app.current_user_id()`,
  );
  const profile = rows[0];
  if (!profile) throw new Error('the signed-in user has no profile row');
  return { ...profile, user_id: Number(profile.user_id) };
}
