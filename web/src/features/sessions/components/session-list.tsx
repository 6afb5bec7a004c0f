import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import Badge from 'react-bootstrap/Badge';
import Button from 'react-bootstrap/Button';
import { ErrorMessage } from '../../../components/ui/error-message';
import { Loading } from '../../../components/ui/loading';
import { listSessions, revokeSession } from '../../../lib/auth/auth-api';
import { formatInstant } from '../../../lib/time';

/** My signed-in devices (at most three), with last activity; any but this one can be ended. */
export function SessionList({ timeZone }: { timeZone: string }) {
  const queryClient = useQueryClient();
  const sessions = useQuery({ queryKey: ['auth-sessions'], queryFn: listSessions });
  const revoke = useMutation({
    mutationFn: revokeSession,
    onSettled: () => void queryClient.invalidateQueries({ queryKey: ['auth-sessions'] }),
  });

  if (sessions.isPending) return <Loading label="Loading sessions" />;
  if (sessions.isError)
    return <ErrorMessage error={sessions.error} onRetry={() => void sessions.refetch()} />;
  const active = sessions.data.filter(
    (s) => !('revoked_at' in s) || !(s as { revoked_at?: string | null }).revoked_at,
  );
  return (
    <>
      {revoke.isError && <ErrorMessage error={revoke.error} />}
      <ul className="list-unstyled m-0" aria-label="Signed-in devices">
        {active.map((s) => (
          <li key={s.session_id} className="list-row align-items-center">
            <div className="flex-grow-1">
              <div className="fw-semibold">
                {s.device_info || 'Unknown device'}{' '}
                {s.is_current && <Badge bg="success">This device</Badge>}
              </div>
              <div className="small text-body-secondary">
                Signed in {formatInstant(s.issued_at, timeZone)} · last active{' '}
                {formatInstant(s.last_accessed_at ?? s.issued_at, timeZone)}
                {s.ip_address && ` · ${s.ip_address}`}
              </div>
            </div>
            {!s.is_current && (
              <Button
                size="sm"
                variant="outline-danger"
                disabled={revoke.isPending}
                onClick={() => revoke.mutate(s.session_id)}
                aria-label={`Sign out ${s.device_info || 'this device'}`}
              >
                Sign out
              </Button>
            )}
          </li>
        ))}
      </ul>
      <p className="small text-body-secondary mt-3 mb-0">
        You can be signed in on three devices at once; a fourth sign-in ends the oldest session.
        Sessions end after 24 hours without activity.
      </p>
    </>
  );
}
