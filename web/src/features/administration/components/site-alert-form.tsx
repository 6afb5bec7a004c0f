import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import Alert from 'react-bootstrap/Alert';
import Button from 'react-bootstrap/Button';
import Form from 'react-bootstrap/Form';
import { describeError } from '../../../lib/describe-error';
import { type AdminAlert, alertKeys, alertProblems, createSiteAlert } from '../api/alerts';

const EMPTY = { title: '', message: '', severity: 'info' as AdminAlert['severity'] };

/** A site-wide alert everyone sees, e.g. planned maintenance (POST /alerts). */
export function SiteAlertForm() {
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState(EMPTY);
  const [checked, setChecked] = useState(false);
  const [saving, setSaving] = useState(false);
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  const problems = checked ? alertProblems(draft) : {};

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setChecked(true);
    setOutcome(null);
    if (Object.keys(alertProblems(draft)).length > 0) return;
    setSaving(true);
    try {
      await createSiteAlert({ ...draft, title: draft.title.trim(), message: draft.message.trim() });
      setOutcome({ ok: true, text: `Everyone now sees “${draft.title.trim()}”.` });
      setDraft(EMPTY);
      setChecked(false);
      void queryClient.invalidateQueries({ queryKey: alertKeys.all });
    } catch (failure) {
      setOutcome({ ok: false, text: describeError(failure) });
    } finally {
      setSaving(false);
    }
  };

  return (
    <Form noValidate onSubmit={submit} aria-label="Issue a site-wide alert">
      <div aria-live="polite">
        {outcome && <Alert variant={outcome.ok ? 'success' : 'danger'}>{outcome.text}</Alert>}
      </div>
      <div className="row g-2">
        <Form.Group className="col-12 col-md-8 mb-2" controlId="site-alert-title">
          <Form.Label>Title</Form.Label>
          <Form.Control
            value={draft.title}
            maxLength={200}
            placeholder="Maintenance on Saturday 06:00–08:00"
            isInvalid={Boolean(problems.title)}
            aria-describedby={problems.title ? 'site-alert-title-error' : undefined}
            onChange={(e) => setDraft({ ...draft, title: e.target.value })}
          />
          <Form.Control.Feedback type="invalid" id="site-alert-title-error">
            {problems.title}
          </Form.Control.Feedback>
        </Form.Group>
        <Form.Group className="col-12 col-md-4 mb-2" controlId="site-alert-severity">
          <Form.Label>Severity</Form.Label>
          <Form.Select
            value={draft.severity}
            onChange={(e) =>
              setDraft({ ...draft, severity: e.target.value as AdminAlert['severity'] })
            }
          >
            <option value="info">Information</option>
            <option value="warning">Warning</option>
            <option value="critical">Critical</option>
          </Form.Select>
        </Form.Group>
      </div>
      <Form.Group className="mb-3" controlId="site-alert-message">
        <Form.Label>Message (optional)</Form.Label>
        <Form.Control
          as="textarea"
          rows={3}
          value={draft.message}
          maxLength={4000}
          isInvalid={Boolean(problems.message)}
          onChange={(e) => setDraft({ ...draft, message: e.target.value })}
        />
        <Form.Control.Feedback type="invalid">{problems.message}</Form.Control.Feedback>
      </Form.Group>
      <Button type="submit" disabled={saving}>
        {saving ? 'Issuing…' : 'Issue site alert'}
      </Button>
    </Form>
  );
}
