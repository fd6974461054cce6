/** A view's frame: the document title, an optional kicker above the heading, actions beside it. */
import type { ReactNode } from 'react';

interface PageProps {
  title: string;
  kicker?: ReactNode;
  lead?: ReactNode;
  actions?: ReactNode;
  children: ReactNode;
}

export function Page({ title, kicker, lead, actions, children }: PageProps) {
  return (
    <article className="page">
      <title>{`${title} – Strategigrafen`}</title>
      <header className="page-header">
        {kicker && <p className="kicker">{kicker}</p>}
        <div className="section-head" style={{ marginTop: 0 }}>
          <h1>{title}</h1>
          {actions}
        </div>
        {lead && <p className="lead">{lead}</p>}
      </header>
      {children}
    </article>
  );
}

/** A section with a heading and, optionally, export buttons or other tools on the right. */
export function Section({ title, tools, children, id }: { title: string; tools?: ReactNode; children: ReactNode; id?: string }) {
  const headingId = id ? `${id}-heading` : undefined;
  return (
    <section aria-labelledby={headingId} id={id}>
      <div className="section-head">
        <h2 id={headingId}>{title}</h2>
        {tools}
      </div>
      {children}
    </section>
  );
}
