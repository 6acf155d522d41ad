// Welcome page: where to try Aiguilleur now (HubSpot) and where the other settings are.
import { t } from '@/lib/i18n';

const HUBSPOT_URL = 'https://app.hubspot.com/';

export function TryIt() {
  return (
    <section className="fr-mt-6w" aria-labelledby="essayer">
      <h2 id="essayer">{t('tryTitle')}</h2>
      <p>{t('tryText')}</p>
      <p>
        <a className="fr-btn" href={HUBSPOT_URL} target="_blank" rel="noopener noreferrer" title={`${t('tryLink')} - ${t('newWindow')}`}>
          {t('tryLink')}
        </a>
      </p>
      <p>
        <a className="fr-link" href="/options.html">
          {t('tryOptions')}
        </a>
      </p>
    </section>
  );
}
