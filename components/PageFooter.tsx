// DSFR footer of the extension pages: Marianne block, what Aiguilleur does with data, version.
import { browser } from 'wxt/browser';
import { t, messagesLanguage } from '@/lib/i18n';
import { RepubliqueLogo } from './RepubliqueLogo';

export const FOOTER_ID = 'pied-de-page';

function extensionVersion(): string {
  try {
    return browser.runtime.getManifest().version;
  } catch {
    return '';
  }
}

export function PageFooter() {
  const version = extensionVersion();
  return (
    <footer className="fr-footer" role="contentinfo" id={FOOTER_ID} lang={messagesLanguage()}>
      <div className="fr-container">
        <div className="fr-footer__body">
          <div className="fr-footer__brand">
            <RepubliqueLogo />
          </div>
          <div className="fr-footer__content">
            <p className="fr-footer__content-desc">{t('layoutFooterText')}</p>
          </div>
        </div>
        <div className="fr-footer__bottom">
          {version && <p className="fr-footer__bottom-copy">{t('layoutVersion', version)}</p>}
        </div>
      </div>
    </footer>
  );
}
