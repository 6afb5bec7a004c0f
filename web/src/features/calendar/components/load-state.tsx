/**
 * Says, politely, how much the calendar shows. Background refreshes (live updates) keep the
 * last count rather than announcing "Loading…" each time.
 */
export function LoadState({ loading, count }: { loading: boolean; count: number }) {
  return (
    <p className="small text-body-secondary mb-2" aria-live="polite">
      {loading ? 'Loading…' : `${count} ${count === 1 ? 'item' : 'items'} on these dates.`}
    </p>
  );
}
