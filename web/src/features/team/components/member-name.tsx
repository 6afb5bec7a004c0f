/** A member's alias with their chosen colour as a small swatch (decoration only). */
export function MemberName({ alias, color }: { alias: string; color: string | null }) {
  return (
    <span className="fw-semibold">
      <span
        aria-hidden="true"
        className="d-inline-block rounded-circle me-1 align-baseline"
        style={{ width: '0.7em', height: '0.7em', background: color ?? 'currentColor' }}
      />
      {alias}
    </span>
  );
}
