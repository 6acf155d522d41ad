// DSFR header of the extension pages: Marianne block, service name, navigation between pages (menu button on small screens).
import { useEffect, useId, useRef, useState } from 'react';
import { t, messagesLanguage } from '@/lib/i18n';
import { EXTENSION_PAGES, type ExtensionPage } from './extension-pages';
import { RepubliqueLogo } from './RepubliqueLogo';

export const NAVIGATION_ID = 'navigation';

export function PageHeader({ current }: { current?: ExtensionPage['id'] }) {
  const [menuOpen, setMenuOpen] = useState(false);
  const menuId = useId();
  const openButton = useRef<HTMLButtonElement>(null);
  const closeButton = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);

  useEffect(() => {
    if (menuOpen) closeButton.current?.focus();
    else if (wasOpen.current) openButton.current?.focus();
    wasOpen.current = menuOpen;
    if (!menuOpen) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') setMenuOpen(false);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [menuOpen]);

  return (
    <header role="banner" className="fr-header" lang={messagesLanguage()}>
      <div className="fr-header__body">
        <div className="fr-container">
          <div className="fr-header__body-row">
            <div className="fr-header__brand fr-enlarge-link">
              <div className="fr-header__brand-top">
                <div className="fr-header__logo">
                  <RepubliqueLogo />
                </div>
                <div className="fr-header__navbar">
                  <button
                    ref={openButton}
                    type="button"
                    className="fr-btn--menu fr-btn"
                    aria-controls={menuId}
                    aria-expanded={menuOpen}
                    aria-haspopup="dialog"
                    onClick={() => setMenuOpen(true)}
                  >
                    {t('layoutMenuOpen')}
                  </button>
                </div>
              </div>
              <div className="fr-header__service">
                <a href="/welcome.html" title={t('layoutHomeTitle')}>
                  <p className="fr-header__service-title">Aiguilleur</p>
                </a>
                <p className="fr-header__service-tagline">{t('layoutTagline')}</p>
              </div>
            </div>
          </div>
        </div>
      </div>
      <div className={`fr-header__menu fr-modal${menuOpen ? ' fr-modal--opened' : ''}`} id={menuId}>
        <div className="fr-container">
          <button ref={closeButton} type="button" className="fr-btn--close fr-btn" aria-controls={menuId} onClick={() => setMenuOpen(false)}>
            {t('layoutMenuClose')}
          </button>
          <div className="fr-header__menu-links" />
          <nav className="fr-nav" id={NAVIGATION_ID} role="navigation" aria-label={t('layoutNavLabel')}>
            <ul className="fr-nav__list">
              {EXTENSION_PAGES.map((p) => (
                <li className="fr-nav__item" key={p.id}>
                  <a className="fr-nav__link" href={p.href} aria-current={p.id === current ? 'page' : undefined}>
                    {t(p.label)}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        </div>
      </div>
    </header>
  );
}
