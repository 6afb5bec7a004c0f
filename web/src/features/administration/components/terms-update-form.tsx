import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import Alert from 'react-bootstrap/Alert';
import Button from 'react-bootstrap/Button';
import Form from 'react-bootstrap/Form';
import { describeError } from '../../../lib/describe-error';
import { formatInstant } from '../../../lib/time';
import { alertKeys, alertProblems, issueTermsUpdate, useTermsVersion } from '../api/alerts';

const DEFAULT_TITLE = 'The terms and conditions have changed';

/**
 * A terms update: the terms version moves on, so everyone (you too) must agree again at
 * their next page load or sign-in, and a site alert says why. It cannot be undone.
 */
export function TermsUpdateForm({ timeZone }: { timeZone: string }) {
  const queryClient = useQueryClient();
  const terms = useTermsVersion();
  const [title, setTitle] = useState(DEFAULT_TITLE);
  const [message, setMessage] = useState('');
  const [confirmed, setConfirmed] = useState(false);
  const [checked, setChecked] = useState(false);
  const [saving, setSaving] = useState(false);
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  const problems = checked ? alertProblems({ title, message }) : {};

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setChecked(true);
    setOutcome(null);
    if (!confirmed || Object.keys(alertProblems({ title, message })).length > 0) return;
    setSaving(true);
    try {
      const version = await issueTermsUpdate({ title: title.trim(), message: message.trim() });
      setOutcome({
        ok: true,
        text: `Terms version ${version} is now current. Everyone must agree to it again.`,
      });
      setConfirmed(false);
      setChecked(false);
      void queryClient.invalidateQueries({ queryKey: ['admin-site'] });
      void queryClient.invalidateQueries({ queryKey: alertKeys.all });
    } catch (failure) {
      setOutcome({ ok: false, text: describeError(failure) });
    } finally {
      setSaving(false);
    }
  };

  return (
    <Form noValidate onSubmit={submit} aria-label="Issue a terms update">
      <p>
        Current terms version: <strong>{terms.data?.version ?? '…'}</strong>
        {terms.data && ` (since ${formatInstant(terms.data.updatedAt, timeZone)})`}
      </p>
      <div aria-live="polite">
        {outcome && <Alert variant={outcome.ok ? 'success' : 'danger'}>{outcome.text}</Alert>}
      </div>
      <Form.Group className="mb-2" controlId="terms-alert-title">
        <Form.Label>Alert title</Form.Label>
        <Form.Control
          value={title}
          maxLength={200}
          isInvalid={Boolean(problems.title)}
          onChange={(e) => setTitle(e.target.value)}
        />
        <Form.Control.Feedback type="invalid">{problems.title}</Form.Control.Feedback>
      </Form.Group>
      <Form.Group className="mb-3" controlId="terms-alert-message">
        <Form.Label>What changed (optional)</Form.Label>
        <Form.Control
          as="textarea"
          rows={3}
          value={message}
          maxLength={4000}
          isInvalid={Boolean(problems.message)}
          onChange={(e) => setMessage(e.target.value)}
        />
        <Form.Control.Feedback type="invalid">{problems.message}</Form.Control.Feedback>
      </Form.Group>
      <Form.Check
        id="terms-confirm"
        className="mb-3"
        label="I understand that everyone, including me, must agree to the terms again"
        checked={confirmed}
        isInvalid={checked && !confirmed}
        feedback="Tick this to confirm the terms update."
        feedbackType="invalid"
        onChange={(e) => setConfirmed(e.target.checked)}
      />
      <Button type="submit" variant="warning" disabled={saving}>
        {saving ? 'Issuing…' : 'Issue terms update'}
      </Button>
    </Form>
  );
}
