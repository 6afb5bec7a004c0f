-- Secrets of app.users were readable column-wise by the API role (never through api.users,
-- which does not select them, but a grant should not allow what no view needs).
revoke select on app.users from authenticated;
grant select (user_id, user_uuid, name_enc, alias, email_enc, user_is_email_verified, oauth_provider,
  user_is_admin, user_is_manager, user_is_active, terms_version_agreed, terms_agreed_at,
  user_preferred_color, user_preferred_landing_page, user_preferred_profile_picture,
  user_preferred_light_or_dark_mode_mobile, user_preferred_light_or_dark_mode_desktop,
  user_preferred_high_contrast, user_preferred_enable_alerts, user_preferred_enable_notifications,
  user_preferred_timezone, created_at, updated_at) on app.users to authenticated;
