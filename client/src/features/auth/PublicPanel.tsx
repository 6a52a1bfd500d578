import type { ReactNode } from 'react';

type PublicPanelProps = { title: string; titleId: string; children: ReactNode };

/** The centred card of the signed-out pages (sign-in, forgot password, links from emails). */
export function PublicPanel({ title, titleId, children }: PublicPanelProps) {
  return (
    <main className="sign-in" id="main">
      <title>{`${title} · Horae`}</title>
      <div className="sign-in__panel">
        <p className="brand brand--large" aria-hidden="true">
          Horae
        </p>
        <section className="card sign-in__card" aria-labelledby={titleId}>
          <h1 id={titleId}>{title}</h1>
          {children}
        </section>
      </div>
    </main>
  );
}
