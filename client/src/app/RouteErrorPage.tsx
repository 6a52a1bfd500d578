import { useRouteError } from 'react-router';

/** Last resort when rendering a page failed; a reload starts the app afresh. */
export function RouteErrorPage() {
  const error = useRouteError();
  if (import.meta.env.DEV) console.error(error);
  return (
    <main className="page page--centered" id="main">
      <title>Something went wrong · Horae</title>
      <section className="card">
        <h1>Something went wrong</h1>
        <p>This page could not be shown. Reload the page to try again.</p>
        <button
          className="button"
          type="button"
          onClick={() => {
            window.location.reload();
          }}
        >
          Reload
        </button>
      </section>
    </main>
  );
}
