// Layout of the extension pages (options, suivi, welcome): header with the State's identity, main content, footer.
import type { ReactNode } from 'react';
import './theme.css';

export interface PageLayoutProps {
  /** Page title, also used as the document title. */
  title: string;
  children: ReactNode;
}

export function PageLayout({ title, children }: PageLayoutProps) {
  if (typeof document !== 'undefined') document.title = `${title} — Aiguilleur`;
  return (
    <div className="ag-root">
      <header>
        <p>Aiguilleur</p>
        <h1>{title}</h1>
      </header>
      <main id="contenu">{children}</main>
    </div>
  );
}
