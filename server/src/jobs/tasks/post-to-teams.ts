import type { Task } from 'graphile-worker';
import { idPayload } from '../job-payload';
import type { TaskDeps } from '../task-deps';

const alertId = idPayload('alert_id');
const TIMEOUT_MS = 10_000;

interface AlertRow {
  alert_type: string;
  severity: string;
  title: string;
}

/**
 * Posts an alert's type, severity and title (never its message) to a Microsoft Teams
 * incoming webhook. Off unless TEAMS_WEBHOOK_URL is set; a failed post is retried.
 */
export function postToTeams(deps: TaskDeps): Task {
  return async (payload, helpers) => {
    const id = alertId(payload);
    if (!deps.teamsWebhookUrl) return;
    const { rows } = await helpers.query<AlertRow>(
      'select alert_type, severity, title from app.alerts where alert_id = $1',
      [id],
    );
    const alert = rows[0];
    if (!alert) return;
    const response = await fetch(deps.teamsWebhookUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        text: `Crewlog ${alert.alert_type} alert (${alert.severity}): ${alert.title}`,
      }),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    if (!response.ok) throw new Error(`Teams webhook answered ${response.status}`);
  };
}
