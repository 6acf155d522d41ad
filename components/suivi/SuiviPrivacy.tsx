// Privacy of the poste: each personal store with its count, retention period (older data purged), « Tout supprimer » with confirmation.
import { useEffect, useId, useState } from 'react';
import { loadSettings, saveSettings } from '@/lib/settings';
import { sendMessage } from '@/lib/messaging';
import { totalOf } from '@/lib/tracking/retention';
import { useInvalidateRows } from './SuiviStore';
import { useStoreMutation } from '../useStoreMutation';
import { errorText } from '../queries';
import { describeRemoved, PersonalDataList, useInvalidatePersonalCounts, usePersonalCounts } from '../PersonalDataList';

export function SuiviPrivacy({ total }: { total: number }) {
  const id = useId();
  const invalidateRows = useInvalidateRows();
  const invalidateCounts = useInvalidatePersonalCounts();
  const invalidate = async () => {
    await Promise.all([invalidateRows(), invalidateCounts()]);
  };
  const applyRetention = useStoreMutation(
    async (m: number) => {
      await saveSettings({ retentionMonths: m });
      return sendMessage('purgePersonalData', { months: m });
    },
    'Enregistrement impossible',
    invalidateCounts,
  );
  const counts = usePersonalCounts(total);
  const all = counts.data ? totalOf(counts.data) : total;
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
    const gone = await applyRetention.run(months);
    setMessage(
      gone.ok
        ? { kind: 'success', text: `Durée de conservation enregistrée : ${months} mois. Données anciennes supprimées : ${describeRemoved(gone.value)}.` }
        : { kind: 'error', text: gone.error },
    );
  };

  return (
    <div>
      {message && (
        <div className={`ag-alert ag-alert--${message.kind}`} role={message.kind === 'error' ? 'alert' : 'status'}>{message.text}</div>
      )}
      <p>Ces données restent sur ce poste uniquement. Les numéros de téléphone sont masqués à l’écran.</p>
      <PersonalDataList counts={counts.data} />
      <div className="ag-field">
        <label className="ag-label" htmlFor={`${id}-months`}>Durée de conservation (mois)</label>
        <span className="ag-hint">Les données plus anciennes (sollicitations, corrections, escalades, appel en cours) sont supprimées automatiquement chaque jour (13 mois par défaut).</span>
        <input id={`${id}-months`} type="number" min={1} max={120} className="ag-input" value={months ?? ''} onChange={(e) => setMonths(e.target.value === '' ? null : Number(e.target.value))} />
      </div>
      <p>
        <button type="button" className="ag-btn ag-btn--secondary" onClick={() => void saveRetention()}>Enregistrer et appliquer</button>
      </p>
      {!confirming ? (
        <button type="button" className="ag-btn ag-btn--secondary" onClick={() => setConfirming(true)} disabled={all === 0}>Tout supprimer</button>
      ) : (
        <div className="ag-alert ag-alert--error" role="alertdialog" aria-label="Confirmer la suppression de tout le suivi">
          <p>Supprimer définitivement toutes les données personnelles de ce poste ({all} élément{all > 1 ? 's' : ''} : sollicitations, corrections, escalades, appel en cours, escalades en attente) ? Pensez à exporter une sauvegarde avant.</p>
          <button
            type="button"
            className="ag-btn"
            onClick={async () => {
              try {
                const gone = await sendMessage('clearPersonalData', undefined);
                setMessage({ kind: 'success', text: `Toutes les sollicitations ont été supprimées. Données personnelles effacées : ${describeRemoved(gone)}.` });
              } catch (e) {
                setMessage({ kind: 'error', text: `Suppression impossible : ${errorText(e)}` });
              }
              await invalidate();
              setConfirming(false);
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
