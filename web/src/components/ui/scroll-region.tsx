import type { ReactNode } from 'react';

/**
 * A wide table's frame: it scrolls sideways on a phone, so it takes keyboard focus (arrow
 * keys then scroll it) and has a name screen readers announce.
 */
export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region needs focus to scroll
    <section className="table-responsive" tabIndex={0} aria-label={label}>
      {children}
    </section>
  );
}
