import { useState } from 'react';
import Alert from 'react-bootstrap/Alert';
import Button from 'react-bootstrap/Button';
import Form from 'react-bootstrap/Form';
import type { Profile } from '../../../lib/auth/profile';
import { describeError } from '../../../lib/describe-error';
import { type PreferencePatch, useSavePreferences } from '../api/preferences';
import { ProfilePictureField } from './profile-picture-field';
import { PushDeviceSwitch } from './push-device-switch';
import { TimezonePicker } from './timezone-picker';

const LANDING_PAGES = [
  ['dailies', 'Dailies'],
  ['jobs', 'Jobs'],
  ['tasks', 'Misc tasks'],
  ['summary', 'Summary'],
  ['profile', 'Profile'],
  ['calendar', 'Calendar'],
  ['stats', 'Stats'],
  ['team', 'Team overview'],
  ['management', 'Management'],
  ['administration', 'Administration'],
] as const;

const ALERT_KINDS = [
  ['job', 'Job alerts (materials, access, programming, follow-ups)'],
  ['site', 'Site-wide announcements'],
  ['security', 'Security alerts (administrators)'],
  ['system', 'System alerts (administrators)'],
] as const;

const NOTIFICATION_CHANNELS = [
  ['in_app', 'In Crewlog'],
  ['email', 'By email'],
  ['push', 'Pushed to my devices (where switched on below)'],
] as const;

function draftFrom(p: Profile) {
  return {
    user_preferred_color: p.user_preferred_color ?? '#0b5ed7',
    user_preferred_landing_page: p.user_preferred_landing_page ?? 'dailies',
    user_preferred_light_or_dark_mode_mobile: p.user_preferred_light_or_dark_mode_mobile ?? 'dark',
    user_preferred_light_or_dark_mode_desktop:
      p.user_preferred_light_or_dark_mode_desktop ?? 'light',
    user_preferred_high_contrast: Boolean(p.user_preferred_high_contrast),
    user_preferred_enable_alerts: {
      job: true,
      site: true,
      security: true,
      system: true,
      ...p.user_preferred_enable_alerts,
    },
    user_preferred_enable_notifications: {
      in_app: true,
      email: false,
      push: true,
      ...p.user_preferred_enable_notifications,
    },
    user_preferred_timezone: p.user_preferred_timezone ?? 'America/Los_Angeles',
  };
}

/** Every preference of the requirements, saved together with one PATCH. */
export function PreferencesForm({ profile }: { profile: Profile }) {
  const [draft, setDraft] = useState(() => draftFrom(profile));
  const save = useSavePreferences(profile.user_id);
  const [saved, setSaved] = useState(false);
  const set = <K extends keyof typeof draft>(key: K, value: (typeof draft)[K]) => {
    setSaved(false);
    setDraft((d) => ({ ...d, [key]: value }));
  };

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const patch: PreferencePatch = { ...draft };
    try {
      await save.mutateAsync(patch);
      setSaved(true);
    } catch {
      // The error is shown below; the form keeps every change.
    }
  };

  const modeSelect = (
    key: 'user_preferred_light_or_dark_mode_mobile' | 'user_preferred_light_or_dark_mode_desktop',
    label: string,
  ) => (
    <Form.Group className="col-sm-6 mb-3" controlId={`pref-${key}`}>
      <Form.Label>{label}</Form.Label>
      <Form.Select
        value={draft[key]}
        onChange={(e) => set(key, e.target.value as 'light' | 'dark')}
      >
        <option value="light">Light</option>
        <option value="dark">Dark</option>
      </Form.Select>
    </Form.Group>
  );

  return (
    <Form onSubmit={submit} noValidate>
      <fieldset className="panel">
        <legend className="h5">Look</legend>
        <div className="row">
          {modeSelect('user_preferred_light_or_dark_mode_mobile', 'On phones')}
          {modeSelect('user_preferred_light_or_dark_mode_desktop', 'On larger screens')}
        </div>
        <Form.Check
          type="switch"
          id="pref-contrast"
          className="mb-3"
          label="High contrast"
          checked={draft.user_preferred_high_contrast}
          onChange={(e) => set('user_preferred_high_contrast', e.target.checked)}
        />
        <Form.Group controlId="pref-color" className="mb-1">
          <Form.Label>My colour (accent, and how the team sees me)</Form.Label>
          <Form.Control
            type="color"
            value={draft.user_preferred_color}
            onChange={(e) => set('user_preferred_color', e.target.value)}
            title="Choose your colour"
          />
        </Form.Group>
      </fieldset>
      <fieldset className="panel">
        <legend className="h5">Start and place</legend>
        <Form.Group controlId="pref-landing" className="mb-3">
          <Form.Label>Page after signing in</Form.Label>
          <Form.Select
            value={draft.user_preferred_landing_page}
            onChange={(e) => set('user_preferred_landing_page', e.target.value)}
          >
            {LANDING_PAGES.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </Form.Select>
        </Form.Group>
        <TimezonePicker
          value={draft.user_preferred_timezone}
          onChange={(zone) => set('user_preferred_timezone', zone)}
        />
        <ProfilePictureField
          userId={profile.user_id}
          current={profile.user_preferred_profile_picture}
        />
      </fieldset>
      <fieldset className="panel">
        <legend className="h5">Alerts I want</legend>
        {ALERT_KINDS.map(([key, label]) => (
          <Form.Check
            key={key}
            type="switch"
            id={`pref-alert-${key}`}
            label={label}
            checked={Boolean(draft.user_preferred_enable_alerts[key])}
            onChange={(e) =>
              set('user_preferred_enable_alerts', {
                ...draft.user_preferred_enable_alerts,
                [key]: e.target.checked,
              })
            }
          />
        ))}
      </fieldset>
      <fieldset className="panel">
        <legend className="h5">Notifications</legend>
        {NOTIFICATION_CHANNELS.map(([key, label]) => (
          <Form.Check
            key={key}
            type="switch"
            id={`pref-notify-${key}`}
            label={label}
            checked={Boolean(draft.user_preferred_enable_notifications[key])}
            onChange={(e) =>
              set('user_preferred_enable_notifications', {
                ...draft.user_preferred_enable_notifications,
                [key]: e.target.checked,
              })
            }
          />
        ))}
        <PushDeviceSwitch />
      </fieldset>
      {save.isError && (
        <Alert variant="danger" role="alert">
          {describeError(save.error)}
        </Alert>
      )}
      <div className="d-flex align-items-center gap-3">
        <Button type="submit" disabled={save.isPending}>
          {save.isPending ? 'Saving…' : 'Save preferences'}
        </Button>
        <span role="status" className="text-success-emphasis">
          {saved ? 'Saved.' : ''}
        </span>
      </div>
    </Form>
  );
}
