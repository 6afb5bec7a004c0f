import { type ReactNode, useEffect, useRef } from 'react';

// The first page of a visit keeps the browser's focus; after that, each new page takes it,
// so screen readers announce the new page and keyboard users start at its top.
let pagesShown = 0;

/**
 * One page: a centred, rounded content box with the page's heading. Sets the document title
 * so screen-reader users and browser history know where they are.
 */
export function Page({
  title,
  actions,
  children,
  width = 'md',
}: {
  title: string;
  actions?: ReactNode;
  children: ReactNode;
  width?: 'sm' | 'md' | 'lg';
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} · Crewlog`;
    if (pagesShown++ > 0) heading.current?.focus({ preventScroll: false });
  }, [title]);
  return (
    <section className={`content-box content-box-${width}`} aria-labelledby="page-title">
      <header className="d-flex flex-wrap align-items-center justify-content-between gap-2 mb-3">
        <h1 id="page-title" className="h3 m-0" tabIndex={-1} ref={heading}>
          {title}
        </h1>
        {actions && <div className="d-flex flex-wrap gap-2">{actions}</div>}
      </header>
      {children}
    </section>
  );
}

/** A secondary box on a page (a panel inside the content area). */
export function Panel({
  title,
  children,
  id,
}: {
  title: string;
  children: ReactNode;
  id?: string;
}) {
  const headingId = `${id ?? title.replace(/\W+/g, '-').toLowerCase()}-heading`;
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId} className="h5">
        {title}
      </h2>
      {children}
    </section>
  );
}
