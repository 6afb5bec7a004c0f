import { Page, Panel } from '../../components/ui/page/page';
import { useToast } from '../../components/ui/toaster/toast-context';
import { TaskForm } from '../../features/tasks/components/task-form';
import { TaskList } from '../../features/tasks/components/task-list';
import { useTimezone } from '../../lib/auth/profile';
import { useSession } from '../../lib/auth/session-context';
import { todayIn } from '../../lib/time';

export function Component() {
  const toast = useToast();
  const timeZone = useTimezone();
  const { me } = useSession();
  return (
    <Page title="Misc tasks">
      <Panel title="Add a task" id="add-task">
        <TaskForm
          today={todayIn(timeZone)}
          onSaved={() => toast({ message: 'Task added.', variant: 'success' })}
        />
      </Panel>
      <TaskList userId={me?.user_id ?? null} />
    </Page>
  );
}
