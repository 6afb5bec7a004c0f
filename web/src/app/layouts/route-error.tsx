import { isRouteErrorResponse, Link, useRouteError } from 'react-router';

/** Shown when a page fails to load (a new release replaced its chunk, or it threw). */
export function RouteError() {
  const error = useRouteError();
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  return (
    <main id="main" className="container py-4">
      <section className="content-box content-box-sm">
        <h1 className="h3">{notFound ? 'Page not found' : 'This page could not be shown'}</h1>
        <p>
          {notFound
            ? 'There is nothing at this address.'
            : 'Reload the page; if Crewlog was just updated, that fetches the new version.'}
        </p>
        <div className="d-flex gap-2">
          <button
            type="button"
            className="btn btn-primary"
            onClick={() => window.location.reload()}
          >
            Reload
          </button>
          <Link className="btn btn-outline-secondary" to="/">
            Main page
          </Link>
        </div>
      </section>
    </main>
  );
}
