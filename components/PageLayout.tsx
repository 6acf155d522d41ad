// Layout of the extension pages (options, suivi, welcome): DSFR skip links, header, navigation, main content, footer.
import { useEffect, type ReactNode } from 'react';
import '@/lib/zod-config';
import { t, messagesLanguage } from '@/lib/i18n';
import './dsfr';
import { PageHeader, NAVIGATION_ID } from './PageHeader';
import { PageFooter, FOOTER_ID } from './PageFooter';
import { currentExtensionPage, type ExtensionPage } from './extension-pages';

const MAIN_ID = 'contenu';

export interface PageLayoutProps {
  /** Page title: the page's h1, also used in the document title. */
  title: string;
  children: ReactNode;
  /** Highlighted navigation entry; by default the page whose file is open. */
  current?: ExtensionPage['id'];
}

export function PageLayout({ title, children, current }: PageLayoutProps) {
  useEffect(() => {
    document.title = t('layoutPageTitle', title);
  }, [title]);
  const page = current ?? (typeof location === 'undefined' ? undefined : currentExtensionPage(location.pathname));
  return (
    <div className="ag-root ag-root--page">
      <div className="fr-skiplinks" lang={messagesLanguage()}>
        <nav role="navigation" aria-label={t('layoutSkipLinks')} className="fr-container">
          <ul className="fr-skiplinks__list">
            <li>
              <a className="fr-link" href={`#${MAIN_ID}`}>
                {t('layoutSkipContent')}
              </a>
            </li>
            <li>
              <a className="fr-link" href={`#${NAVIGATION_ID}`}>
                {t('layoutSkipMenu')}
              </a>
            </li>
            <li>
              <a className="fr-link" href={`#${FOOTER_ID}`}>
                {t('layoutSkipFooter')}
              </a>
            </li>
          </ul>
        </nav>
      </div>
      <PageHeader current={page} />
      <main id={MAIN_ID} role="main" className="ag-root__main">
        <div className="fr-container fr-my-6w">
          <h1>{title}</h1>
          {children}
        </div>
      </main>
      <PageFooter />
    </div>
  );
}
