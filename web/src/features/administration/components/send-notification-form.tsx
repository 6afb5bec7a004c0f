import { useState } from 'react';
import Alert from 'react-bootstrap/Alert';
import Button from 'react-bootstrap/Button';
import Form from 'react-bootstrap/Form';
import { describeError } from '../../../lib/describe-error';
import { usePeople } from '../api/history';
import {
  type Audience,
  EMPTY_NOTIFICATION,
  type NotificationDraft,
  notificationProblems,
  sendNotification,
  useGroups,
} from '../api/notifications';

const AUDIENCES: { value: Audience; label: string }[] = [
  { value: 'everyone', label: 'Everyone (site-wide)' },
  { value: 'group', label: 'A group' },
  { value: 'user', label: 'One person' },
];

/** Sends a notification to one person, a group or everyone (POST /notifications). */
export function SendNotificationForm() {
  const [draft, setDraft] = useState<NotificationDraft>(EMPTY_NOTIFICATION);
  const [checked, setChecked] = useState(false);
  const [sending, setSending] = useState(false);
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  const people = usePeople();
  const groups = useGroups();
  const problems = checked ? notificationProblems(draft) : {};
  const set = (key: keyof NotificationDraft) => (event: { target: { value: string } }) =>
    setDraft((d) => ({ ...d, [key]: event.target.value }));
  const invalid = (key: keyof typeof problems) => ({
    isInvalid: Boolean(problems[key]),
    'aria-invalid': Boolean(problems[key]),
    'aria-describedby': problems[key] ? `notify-${key}-error` : undefined,
  });
  const feedback = (key: keyof typeof problems) =>
    problems[key] && (
      <Form.Control.Feedback type="invalid" id={`notify-${key}-error`}>
        {problems[key]}
      </Form.Control.Feedback>
    );

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setChecked(true);
    setOutcome(null);
    if (Object.keys(notificationProblems(draft)).length > 0) return;
    setSending(true);
    try {
      await sendNotification(draft);
      setOutcome({ ok: true, text: `Sent “${draft.title.trim()}”.` });
      setDraft({ ...EMPTY_NOTIFICATION, audience: draft.audience });
      setChecked(false);
    } catch (failure) {
      setOutcome({ ok: false, text: describeError(failure) });
    } finally {
      setSending(false);
    }
  };

  return (
    <Form noValidate onSubmit={submit} aria-label="Send a notification">
      <div aria-live="polite">
        {outcome && (
          <Alert variant={outcome.ok ? 'success' : 'danger'} className="mb-3">
            {outcome.text}
          </Alert>
        )}
      </div>
      <fieldset className="mb-3">
        <legend className="form-label fs-6">Send to</legend>
        {AUDIENCES.map((a) => (
          <Form.Check
            key={a.value}
            inline
            type="radio"
            name="notify-audience"
            id={`notify-audience-${a.value}`}
            label={a.label}
            value={a.value}
            checked={draft.audience === a.value}
            onChange={set('audience')}
          />
        ))}
      </fieldset>
      {draft.audience === 'user' && (
        <Form.Group className="mb-3" controlId="notify-user">
          <Form.Label>Person</Form.Label>
          <Form.Select value={draft.userId} onChange={set('userId')} {...invalid('userId')}>
            <option value="">Choose a person</option>
            {(people.data ?? []).map((p) => (
              <option key={p.user_id} value={String(p.user_id)}>
                {p.alias} ({p.name})
              </option>
            ))}
          </Form.Select>
          {feedback('userId')}
        </Form.Group>
      )}
      {draft.audience === 'group' && (
        <Form.Group className="mb-3" controlId="notify-group">
          <Form.Label>Group</Form.Label>
          <Form.Select value={draft.groupId} onChange={set('groupId')} {...invalid('groupId')}>
            <option value="">Choose a group</option>
            {(groups.data ?? []).map((g) => (
              <option key={g.group_id} value={String(g.group_id)}>
                {g.group_description || g.group_name}
              </option>
            ))}
          </Form.Select>
          {feedback('groupId')}
        </Form.Group>
      )}
      <Form.Group className="mb-3" controlId="notify-title">
        <Form.Label>Title</Form.Label>
        <Form.Control
          value={draft.title}
          maxLength={200}
          onChange={set('title')}
          {...invalid('title')}
        />
        {feedback('title')}
      </Form.Group>
      <Form.Group className="mb-3" controlId="notify-message">
        <Form.Label>Message</Form.Label>
        <Form.Control
          as="textarea"
          rows={4}
          value={draft.message}
          maxLength={4000}
          onChange={set('message')}
          {...invalid('message')}
        />
        {feedback('message')}
      </Form.Group>
      <Button type="submit" disabled={sending}>
        {sending ? 'Sending…' : 'Send notification'}
      </Button>
    </Form>
  );
}
