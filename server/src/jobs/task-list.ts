import type { TaskList } from 'graphile-worker';
import { importTasks } from '../imports/import-tasks';
import { pushTasks } from '../push/push-tasks';
import type { TaskDeps } from './task-deps';
import { escalateAlert } from './tasks/escalate-alert';
import { escalationSweep } from './tasks/escalation-sweep';
import { expireIdleSessions } from './tasks/expire-idle-sessions';
import { fanOutNotification } from './tasks/fan-out-notification';
import { postToTeams } from './tasks/post-to-teams';
import { purgeLoginAttempts } from './tasks/purge-login-attempts';
import { sendNotificationEmails } from './tasks/send-notification-emails';

/**
 * Every task a Crewlog worker runs, by the identifier the database enqueues it under
 * (see app.enqueue_job callers in db/migrations). Other capabilities add theirs here.
 */
export function createTaskList(deps: TaskDeps): TaskList {
  return {
    fan_out_notification: fanOutNotification,
    send_notification_emails: sendNotificationEmails(deps),
    escalate_alert: escalateAlert(deps),
    post_to_teams: postToTeams(deps),
    escalation_sweep: escalationSweep(deps),
    expire_idle_sessions: expireIdleSessions,
    purge_login_attempts: purgeLoginAttempts,
    ...importTasks(deps.withRequestTx, deps.imports),
    ...pushTasks({
      send: deps.pushSender,
      withRequestTx: deps.withRequestTx,
      encryptionKey: deps.encryptionKey,
    }),
  };
}

/**
 * The schedule. Jobs keyed by cron run once per tick however many workers run; `?fill`
 * catches up after downtime without running a missed tick more than once.
 */
export const CRONTAB = [
  '*/5 * * * * expire_idle_sessions ?fill=15m',
  '*/10 * * * * escalation_sweep ?fill=1h',
  '17 3 * * * purge_login_attempts ?fill=1d',
  '41 * * * * purge_unconfirmed_imports ?fill=1d',
].join('\n');
