// « Nouvel appel »: running timer, number and structure, notes classified while listening, the rendered réponse type to
// read out or e-mail, and a one-click end of call that logs one row per request (popup and sidebar; the call survives closing the popup).
import { useId } from 'react';
import type { NomenclatureRow } from '@/lib/pack/schema';
import { STATUS_LABELS } from '@/lib/tracking/solicitation';
import { formatElapsed } from '@/lib/tracking/visit';
import { reformulation } from '@/lib/templates/practices';
import { NomenclatureSelect } from './NomenclatureSelect';
import { CallAnswer } from './CallAnswer';
import { StatusFieldset } from './StatusFieldset';
import { usePack } from './queries';
import { useCallDraft } from './useCallDraft';

export interface CallPanelProps {
  /** Called after the call is logged, with the number of rows written. */
  onLogged?: (count: number) => void;
}

export function CallPanel({ onLogged }: CallPanelProps) {
  const id = useId();
  const pack = usePack();
  const nomenclature: readonly NomenclatureRow[] = pack.data?.nomenclature ?? [];
  const call = useCallDraft(nomenclature, onLogged);
  const { loaded, draft, message, classification, current, setCurrent, selectedRow, templates, pick } = call;

  if (!loaded) return null;
  return (
    <section className="ag-section" aria-labelledby={`${id}-title`} data-testid="call-panel">
      <h2 id={`${id}-title`}>Appel téléphonique</h2>
      {message && (
        <div className={`ag-alert ag-alert--${message.kind}`} role={message.kind === 'error' ? 'alert' : 'status'}>
          {message.text}
        </div>
      )}
      {!draft ? (
        <button type="button" className="ag-btn" onClick={call.start}>
          Nouvel appel
        </button>
      ) : (
        <>
          <p>
            Durée de l’appel : <span role="timer" aria-label="Durée de l’appel">{formatElapsed(call.elapsed)}</span>
          </p>
          <div className="ag-field">
            <label className="ag-label" htmlFor={`${id}-phone`}>Numéro de téléphone</label>
            <input id={`${id}-phone`} type="tel" className="ag-input" autoComplete="off" value={draft.phone} onChange={(e) => call.edit({ phone: e.target.value })} />
          </div>
          <div className="ag-field">
            <label className="ag-label" htmlFor={`${id}-structure`}>Structure</label>
            <input id={`${id}-structure`} className="ag-input" value={draft.structure} onChange={(e) => call.edit({ structure: e.target.value })} />
          </div>
          {draft.requests.length > 0 && (
            <div>
              <p className="ag-label">Demandes déjà qualifiées dans cet appel :</p>
              <ol aria-label="Demandes de l’appel">
                {draft.requests.map((r, i) => (
                  <li key={`${r.rowId}-${i}`}>
                    {r.thematique} - {r.motif} - {r.sousMotif} ({STATUS_LABELS[r.status].toLowerCase()}{r.escalated ? ', escaladée' : ''})
                  </li>
                ))}
              </ol>
            </div>
          )}
          <div className="ag-field">
            <label className="ag-label" htmlFor={`${id}-text`}>Ce que dit l’appelant</label>
            <span className="ag-hint" id={`${id}-text-hint`}>Notez quelques mots : Aiguilleur propose un sous-motif. Ce texte n’est pas enregistré.</span>
            <textarea id={`${id}-text`} aria-describedby={`${id}-text-hint`} className="ag-textarea" value={draft.text} onChange={(e) => call.edit({ text: e.target.value })} />
          </div>
          {classification.isError && <p className="ag-hint">Suggestions indisponibles : choisissez le sous-motif ci-dessous.</p>}
          {classification.data && classification.data.suggestions.length > 0 && (
            <fieldset className="ag-field">
              <legend className="ag-label">Sous-motifs proposés</legend>
              {classification.data.suggestions.map((s) => {
                const r = nomenclature.find((x) => x.id === s.rowId);
                return (
                  <label key={s.rowId}>
                    <input type="radio" name={`${id}-suggestion`} checked={current.choice.rowId === s.rowId} onChange={() => r && pick(r)} />{' '}
                    {s.thematique} - {s.motif} - {s.sousMotif}
                  </label>
                );
              })}
            </fieldset>
          )}
          <NomenclatureSelect rows={nomenclature} value={current.choice} onChange={(c) => setCurrent((x) => ({ ...x, choice: c }))} />
          {selectedRow && (
            <p className="ag-call-reformulation" data-testid="call-reformulation">
              <strong>Reformulation :</strong> {reformulation(selectedRow)}
            </p>
          )}
          {selectedRow && pack.data && <CallAnswer pack={pack.data} row={selectedRow} templates={templates} draft={draft} />}
          <StatusFieldset name={`${id}-status`} value={current.status} onChange={(status) => setCurrent((c) => ({ ...c, status }))} />
          <div className="ag-field">
            <label>
              <input type="checkbox" checked={current.escalated} onChange={(e) => setCurrent((c) => ({ ...c, escalated: e.target.checked }))} /> Escaladé au national
            </label>
          </div>
          <p>
            <button type="button" className="ag-btn" disabled={call.ending} onClick={call.endCall}>
              Terminer l’appel et enregistrer
            </button>{' '}
            <button type="button" className="ag-btn ag-btn--secondary" onClick={call.addRequest}>
              Ajouter une autre demande
            </button>{' '}
            <button type="button" className="ag-btn ag-btn--tertiary" onClick={call.abandon}>
              Abandonner l’appel
            </button>
          </p>
        </>
      )}
    </section>
  );
}
