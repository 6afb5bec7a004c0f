/** Says, politely, when the calendar is loading and how much it shows once loaded. */
export function LoadState({ loading, count }: { loading: boolean; count: number }) {
  return (
    <p className="small text-body-secondary mb-2" aria-live="polite">
      {loading ? 'Loading…' : `${count} ${count === 1 ? 'item' : 'items'} on these dates.`}
    </p>
  );
}
