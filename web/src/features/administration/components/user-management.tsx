import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import Alert from 'react-bootstrap/Alert';
import Badge from 'react-bootstrap/Badge';
import Button from 'react-bootstrap/Button';
import Form from 'react-bootstrap/Form';
import { ErrorMessage } from '../../../components/ui/error-message';
import { Loading } from '../../../components/ui/loading';
import { describeError } from '../../../lib/describe-error';
import {
  type ManagedUser,
  ROLE_LABELS,
  revokeUserSessions,
  roleOf,
  setUserActive,
  setUserRole,
  type UserRole,
  useManagedUsers,
  userKeys,
} from '../api/users';

type Row = ManagedUser & { sessions: number };
type Action =
  | { kind: 'role'; user: Row; role: UserRole }
  | { kind: 'active'; user: Row; active: boolean }
  | { kind: 'sign-out'; user: Row };

async function perform(action: Action): Promise<string> {
  const who = action.user.alias;
  if (action.kind === 'role') {
    await setUserRole(action.user.user_id, action.role);
    return `${who} is now ${ROLE_LABELS[action.role].toLowerCase()}.`;
  }
  if (action.kind === 'active') {
    const ended = await setUserActive(action.user.user_id, action.active);
    return action.active
      ? `${who} can sign in again.`
      : `${who} is deactivated; ${ended} ${ended === 1 ? 'session' : 'sessions'} ended.`;
  }
  const ended = await revokeUserSessions(action.user.user_id);
  return `${who} is signed out on ${ended} ${ended === 1 ? 'device' : 'devices'}.`;
}

/** Roles, activation and sessions of everyone. The database refuses what would lock Crewlog out. */
export function UserManagement({ myUserId }: { myUserId: number | null }) {
  const queryClient = useQueryClient();
  const users = useManagedUsers();
  const [search, setSearch] = useState('');
  const [confirming, setConfirming] = useState<Action | null>(null);
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  const act = useMutation({
    mutationFn: perform,
    // The role list shows the choice at once; a refusal re-reads the real role.
    onMutate: (action) => {
      if (action.kind !== 'role') return;
      queryClient.setQueryData<Row[]>(userKeys.list, (rows) =>
        rows?.map((row) =>
          row.user_id === action.user.user_id
            ? {
                ...row,
                user_is_admin: action.role === 'admin',
                user_is_manager: action.role === 'manager',
              }
            : row,
        ),
      );
    },
    onSuccess: (text) => setOutcome({ ok: true, text }),
    onError: (error) => setOutcome({ ok: false, text: describeError(error) }),
    onSettled: () => {
      setConfirming(null);
      void queryClient.invalidateQueries({ queryKey: userKeys.all });
    },
  });

  if (users.isPending) return <Loading label="Loading people" />;
  if (users.isError)
    return <ErrorMessage error={users.error} onRetry={() => void users.refetch()} />;
  const needle = search.trim().toLowerCase();
  const shown = users.data.filter(
    (u) =>
      !needle ||
      [u.alias, u.name, u.email ?? ''].some((text) => text.toLowerCase().includes(needle)),
  );

  return (
    <>
      <Form.Group controlId="people-search" className="mb-3">
        <Form.Label>Find a person</Form.Label>
        <Form.Control type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
      </Form.Group>
      <div aria-live="polite">
        {outcome && (
          <Alert
            variant={outcome.ok ? 'success' : 'danger'}
            dismissible
            onClose={() => setOutcome(null)}
          >
            {outcome.text}
          </Alert>
        )}
      </div>
      <ul className="list-unstyled m-0" aria-label="People">
        {shown.map((user) => (
          <UserRow
            key={user.user_id}
            user={user}
            isMe={user.user_id === myUserId}
            busy={act.isPending}
            confirming={confirming?.user.user_id === user.user_id ? confirming : null}
            onAction={(action) =>
              action.kind === 'role' ? act.mutate(action) : setConfirming(action)
            }
            onConfirm={() => confirming && act.mutate(confirming)}
            onCancel={() => setConfirming(null)}
          />
        ))}
      </ul>
      {shown.length === 0 && <p>Nobody matches “{search}”.</p>}
    </>
  );
}

function UserRow({
  user,
  isMe,
  busy,
  confirming,
  onAction,
  onConfirm,
  onCancel,
}: {
  user: Row;
  isMe: boolean;
  busy: boolean;
  confirming: Action | null;
  onAction: (action: Action) => void;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const role = roleOf(user);
  const selectId = `role-${user.user_id}`;
  return (
    <li className="list-row flex-wrap align-items-center">
      <div className="flex-grow-1" style={{ minWidth: '12rem' }}>
        <div className="fw-semibold">
          {user.alias} {isMe && <Badge bg="secondary">you</Badge>}{' '}
          {!user.user_is_active && <Badge bg="danger">deactivated</Badge>}
        </div>
        <div className="small text-body-secondary text-break">
          {user.name}
          {user.email && ` · ${user.email}`} · signed in on {user.sessions}{' '}
          {user.sessions === 1 ? 'device' : 'devices'}
        </div>
      </div>
      <div className="d-flex flex-wrap align-items-center gap-2">
        <label htmlFor={selectId} className="visually-hidden">
          Role of {user.alias}
        </label>
        <Form.Select
          id={selectId}
          size="sm"
          className="w-auto"
          value={role}
          disabled={busy || isMe}
          title={isMe ? 'Another administrator must change your role' : undefined}
          onChange={(e) => onAction({ kind: 'role', user, role: e.target.value as UserRole })}
        >
          {(Object.keys(ROLE_LABELS) as UserRole[]).map((r) => (
            <option key={r} value={r}>
              {ROLE_LABELS[r]}
            </option>
          ))}
        </Form.Select>
        {confirming ? (
          <fieldset className="d-flex flex-wrap align-items-center gap-2 m-0">
            <legend className="small m-0 float-none w-auto fs-6">{confirmText(confirming)}</legend>
            <Button size="sm" variant="danger" disabled={busy} onClick={onConfirm}>
              Yes
            </Button>
            <Button size="sm" variant="outline-secondary" onClick={onCancel}>
              Cancel
            </Button>
          </fieldset>
        ) : (
          <>
            <Button
              size="sm"
              variant="outline-secondary"
              disabled={busy || user.sessions === 0}
              aria-label={`Sign out everywhere: ${user.alias}`}
              onClick={() => onAction({ kind: 'sign-out', user })}
            >
              Sign out everywhere
            </Button>
            {!isMe && (
              <Button
                size="sm"
                variant={user.user_is_active ? 'outline-danger' : 'success'}
                disabled={busy}
                aria-label={`${user.user_is_active ? 'Deactivate' : 'Reactivate'} ${user.alias}`}
                onClick={() => onAction({ kind: 'active', user, active: !user.user_is_active })}
              >
                {user.user_is_active ? 'Deactivate' : 'Reactivate'}
              </Button>
            )}
          </>
        )}
      </div>
    </li>
  );
}

function confirmText(action: Action): string {
  if (action.kind === 'sign-out') return `Sign ${action.user.alias} out on every device?`;
  if (action.kind === 'active' && !action.active)
    return `Deactivate ${action.user.alias} and end their sessions?`;
  return `Let ${action.user.alias} sign in again?`;
}
