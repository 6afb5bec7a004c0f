import { useQuery } from '@tanstack/react-query';
import { api, run } from '../../../lib/api-client';

export type Audience = 'user' | 'group' | 'everyone';

export interface NotificationDraft {
  audience: Audience;
  userId: string;
  groupId: string;
  title: string;
  message: string;
}

export const EMPTY_NOTIFICATION: NotificationDraft = {
  audience: 'everyone',
  userId: '',
  groupId: '',
  title: '',
  message: '',
};

export type NotificationProblems = Partial<
  Record<'userId' | 'groupId' | 'title' | 'message', string>
>;

/** What must be fixed before sending; the database enforces the same limits. */
export function notificationProblems(draft: NotificationDraft): NotificationProblems {
  const problems: NotificationProblems = {};
  if (draft.audience === 'user' && !draft.userId) problems.userId = 'Choose who receives it.';
  if (draft.audience === 'group' && !draft.groupId) problems.groupId = 'Choose a group.';
  const title = draft.title.trim();
  if (!title) problems.title = 'Give the notification a title.';
  else if (title.length > 200) problems.title = 'Keep the title to 200 characters.';
  if (!draft.message.trim()) problems.message = 'Write the message.';
  else if (draft.message.length > 4000) problems.message = 'Keep the message to 4000 characters.';
  return problems;
}

/** The row POST /notifications takes: exactly one audience. */
export function notificationRow(
  draft: NotificationDraft,
): Record<string, string | number | boolean> {
  const base = { title: draft.title.trim(), message: draft.message.trim() };
  if (draft.audience === 'user') return { ...base, recipient_user_id: Number(draft.userId) };
  if (draft.audience === 'group') return { ...base, recipient_group_id: Number(draft.groupId) };
  return { ...base, is_site_wide: true };
}

/** Sends it; the database fans it out to each recipient's inbox in the background. */
export function sendNotification(draft: NotificationDraft): Promise<unknown> {
  return run(api.from('notifications').insert(notificationRow(draft)));
}

export interface Group {
  group_id: number;
  group_name: string;
  group_description: string | null;
}

export function useGroups() {
  return useQuery({
    queryKey: ['admin-groups'],
    queryFn: () =>
      run<Group[]>(
        api.from('groups').select('group_id,group_name,group_description').order('group_name'),
      ),
    staleTime: 60_000,
  });
}
