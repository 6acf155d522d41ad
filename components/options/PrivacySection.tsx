// Options page, section Suivi et confidentialité: personal data kept (store by store), retention, escalation preferences.
import { useId, useState } from 'react';
import { browser } from 'wxt/browser';
import { saveSettings } from '@/lib/settings';
import { useSettings } from '@/components/useSettings';
import { PersonalDataList, usePersonalCounts } from '@/components/PersonalDataList';

export function PrivacySection() {
  const id = useId();
  const settings = useSettings();
  const [shotError, setShotError] = useState('');
  const counts = usePersonalCounts();

  // A capture of the CRM tab needs access to the page shown (optional permission, asked once with this explanation).
  async function setScreenshot(on: boolean) {
    setShotError('');
    if (on) {
      const granted = await browser.permissions.request({ origins: ['*://*/*'] }).catch(() => false);
      if (!granted) {
        setShotError('Sans l’autorisation d’accéder aux pages, Aiguilleur ne peut pas capturer l’onglet du CRM : l’option reste désactivée.');
        return;
      }
    }
    await saveSettings({ attachScreenshot: on });
  }
  return (
    <section id="confidentialite" className="ag-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Suivi et confidentialité</h2>
      <PersonalDataList counts={counts.data} />
      <p className="ag-hint">« Tout supprimer » est dans la page Suivi, section Confidentialité.</p>
      <div className="ag-field">
        <label className="ag-label" htmlFor={`${id}-ret`}>Durée de conservation des données personnelles (mois)</label>
        <input
          id={`${id}-ret`}
          className="ag-input"
          type="number"
          min={1}
          max={120}
          value={settings.retentionMonths}
          onChange={(e) => {
            const n = Number(e.target.value);
            if (Number.isInteger(n) && n >= 1 && n <= 120) void saveSettings({ retentionMonths: n });
          }}
        />
        <span className="ag-hint">Les sollicitations, corrections, escalades et appels plus anciens sont effacés automatiquement chaque jour (13 mois par défaut).</span>
      </div>
      <div className="ag-field">
        <label>
          <input
            type="checkbox"
            checked={settings.consentCommunications}
            onChange={(e) => void saveSettings({ consentCommunications: e.target.checked })}
          />{' '}
          Cocher par défaut « recevoir les communications de la DIHAL » dans le formulaire d’escalade
        </label>
      </div>
      <div className="ag-field">
        <label>
          <input type="checkbox" checked={settings.attachScreenshot} onChange={(e) => void setScreenshot(e.target.checked)} />{' '}
          Joindre une capture de l’onglet du CRM au formulaire d’escalade
        </label>
        <span className="ag-hint">Le navigateur demandera l’accès aux pages : la capture reste sur ce poste jusqu’à ce que vous soumettiez le formulaire.</span>
        {shotError && <p className="ag-alert ag-alert--error" role="alert">{shotError}</p>}
      </div>
    </section>
  );
}
