import { Loading } from '../../components/ui/loading';
import { Page, Panel } from '../../components/ui/page/page';
import { useToast } from '../../components/ui/toaster/toast-context';
import { TaskForm } from '../../features/tasks/components/task-form';
import { TaskList } from '../../features/tasks/components/task-list';
import { useProfile, useTimezone } from '../../lib/auth/profile';
import { useSession } from '../../lib/auth/session-context';
import { todayIn } from '../../lib/time';

export function Component() {
  const toast = useToast();
  const timeZone = useTimezone();
  // "Today" depends on the preferred timezone: wait for it rather than guess.
  const profile = useProfile();
  const { me } = useSession();
  return (
    <Page title="Misc tasks">
      <Panel title="Add a task" id="add-task">
        {profile.isPending ? (
          <Loading />
        ) : (
          <TaskForm
            today={todayIn(timeZone)}
            onSaved={() => toast({ message: 'Task added.', variant: 'success' })}
            onQueued={() =>
              toast({
                message:
                  'No connection: the task is kept on this device and sent when you are back online.',
                variant: 'info',
              })
            }
          />
        )}
      </Panel>
      <TaskList userId={me?.user_id ?? null} />
    </Page>
  );
}
