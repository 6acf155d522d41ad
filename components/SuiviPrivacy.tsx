// Privacy of the log: retention period (rows older are purged), immediate purge, and « Tout supprimer » with confirmation.
import { useEffect, useId, useState } from 'react';
import { db } from '@/lib/db';
import { loadSettings, saveSettings } from '@/lib/settings';
import { clearAll, purgeExpired } from '@/lib/tracking/store';
import { useInvalidateRows } from './SuiviStore';

export function SuiviPrivacy({ total }: { total: number }) {
  const id = useId();
  const invalidate = useInvalidateRows();
  const [months, setMonths] = useState<number | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);

  useEffect(() => {
    void loadSettings().then((s) => setMonths(s.retentionMonths));
  }, []);

  const saveRetention = async () => {
    if (months === null || !Number.isInteger(months) || months < 1 || months > 120) {
      setMessage({ kind: 'error', text: 'Durée de conservation : un nombre entier de mois entre 1 et 120.' });
      return;
    }
    await saveSettings({ retentionMonths: months });
    const n = await purgeExpired(db(), months);
    await invalidate();
    setMessage({ kind: 'success', text: `Durée de conservation enregistrée : ${months} mois. ${n} sollicitation${n > 1 ? 's' : ''} ancienne${n > 1 ? 's' : ''} supprimée${n > 1 ? 's' : ''}.` });
  };

  return (
    <div>
      {message && (
        <div className={`ag-alert ag-alert--${message.kind}`} role={message.kind === 'error' ? 'alert' : 'status'}>{message.text}</div>
      )}
      <p>Les sollicitations restent sur ce poste uniquement. Les numéros de téléphone sont masqués à l’écran.</p>
      <div className="ag-field">
        <label className="ag-label" htmlFor={`${id}-months`}>Durée de conservation (mois)</label>
        <span className="ag-hint">Les sollicitations plus anciennes sont supprimées automatiquement chaque jour (13 mois par défaut).</span>
        <input id={`${id}-months`} type="number" min={1} max={120} className="ag-input" value={months ?? ''} onChange={(e) => setMonths(e.target.value === '' ? null : Number(e.target.value))} />
      </div>
      <p>
        <button type="button" className="ag-btn ag-btn--secondary" onClick={() => void saveRetention()}>Enregistrer et appliquer</button>
      </p>
      {!confirming ? (
        <button type="button" className="ag-btn ag-btn--secondary" onClick={() => setConfirming(true)} disabled={total === 0}>Tout supprimer</button>
      ) : (
        <div className="ag-alert ag-alert--error" role="alertdialog" aria-label="Confirmer la suppression de tout le suivi">
          <p>Supprimer définitivement les {total} sollicitations de ce poste ? Pensez à exporter une sauvegarde avant.</p>
          <button
            type="button"
            className="ag-btn"
            onClick={async () => {
              await clearAll(db());
              await invalidate();
              setConfirming(false);
              setMessage({ kind: 'success', text: 'Toutes les sollicitations ont été supprimées.' });
            }}
          >
            Oui, tout supprimer
          </button>{' '}
          <button type="button" className="ag-btn ag-btn--secondary" onClick={() => setConfirming(false)}>Annuler</button>
        </div>
      )}
    </div>
  );
}
