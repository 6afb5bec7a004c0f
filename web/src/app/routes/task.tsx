import { useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from 'react-router';
import { Page } from '../../components/ui/page/page';
import { useToast } from '../../components/ui/toaster/toast-context';
import { deleteTask, restoreTask } from '../../features/tasks/api/tasks';
import { TaskDetail } from '../../features/tasks/components/task-detail';
import { useTimezone } from '../../lib/auth/profile';
import { useSession } from '../../lib/auth/session-context';
import { describeError } from '../../lib/describe-error';

export function Component() {
  const id = Number(useParams().taskId);
  const { me } = useSession();
  const timeZone = useTimezone();
  const toast = useToast();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: ['tasks'] });
    void queryClient.invalidateQueries({ queryKey: ['day'] });
  };
  return (
    <Page
      title="Task"
      actions={
        <Link to="/tasks" className="btn btn-outline-secondary">
          All tasks
        </Link>
      }
    >
      <TaskDetail
        taskId={id}
        timeZone={timeZone}
        ownerId={me?.user_id ?? null}
        onDelete={async (task) => {
          try {
            await deleteTask(task.entry_id);
          } catch (error) {
            toast({ message: describeError(error), variant: 'danger' });
            return;
          }
          refresh();
          navigate('/tasks');
          toast({
            message: `Task “${task.misc_name ?? 'untitled'}” deleted.`,
            action: {
              label: 'Undo',
              run: async () => {
                try {
                  await restoreTask(task.entry_id);
                  refresh();
                  toast({ message: 'Task restored.', variant: 'success' });
                } catch (error) {
                  toast({ message: describeError(error), variant: 'danger' });
                }
              },
            },
          });
        }}
      />
    </Page>
  );
}
