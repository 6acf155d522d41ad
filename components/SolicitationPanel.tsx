// Sidebar panel of the log: the ticket's time (kept across visits and reloads), the entry logged « en cours » at once by
// Insérer / Copier / an escalation / the CRM's own send or close (then one click for « Résolu : oui / non »), and manual
// logging. The logic is useVisitLog; this is its markup.
import { useId } from 'react';
import { STATUS_LABELS, statusSchema } from '@/lib/tracking/solicitation';
import { durationMinutes, formatElapsed } from '@/lib/tracking/visit';
import { SuiviEntryForm } from './SuiviEntryForm';
import { useVisitLog, type VisitLogInput } from './useVisitLog';

export type SolicitationPanelProps = VisitLogInput;

export function SolicitationPanel(props: SolicitationPanelProps) {
  const id = useId();
  const { ticket } = props;
  const { pack, visit, running, elapsed, message, setMinutes, shownMinutes, manual, setManual, target, logged, status, log, settle, remove } = useVisitLog(props);

  return (
    <section className="ag-section" aria-labelledby={`${id}-title`} data-testid="solicitation-panel">
      <h2 id={`${id}-title`}>Suivi de la sollicitation</h2>
      {ticket ? (
        <p>
          Temps passé sur ce ticket :{' '}
          <span role="timer" aria-label="Temps passé sur ce ticket">{formatElapsed(elapsed)}</span>
          {!running && visit ? ' (en pause)' : ''}
        </p>
      ) : (
        <p className="ag-hint">Aucun ticket ouvert : le chronomètre démarre à l’ouverture d’un ticket.</p>
      )}

      {message && (
        <div className={`ag-alert ag-alert--${message.kind}`} role={message.kind === 'error' ? 'alert' : 'status'}>
          {message.text}
        </div>
      )}

      {logged && ticket && (
        <div role="group" aria-label="Enregistrer la sollicitation" data-testid="logged-entry" className="ag-logged">
          <p>
            <strong>Dans le suivi :</strong> {logged.thematique} - {logged.motif} - {logged.sousMotif} ·{' '}
            <span data-testid="logged-status">{STATUS_LABELS[status ?? 'en_cours'].toLowerCase()}</span>
          </p>
          <div className="ag-field ag-field--inline">
            <label className="ag-label" htmlFor={`${id}-minutes`}>Durée (minutes)</label>
            <input
              id={`${id}-minutes`}
              type="number"
              min={0}
              className="ag-input ag-input--short"
              value={shownMinutes}
              onChange={(e) => setMinutes(e.target.value === '' ? 0 : Math.max(0, Number(e.target.value)))}
            />
          </div>
          <p className="ag-label">Problème résolu ?</p>
          <div className="ag-actions">
            {statusSchema.options.filter((s) => s !== 'en_cours').map((s) => (
              <button
                key={s}
                type="button"
                className={`ag-btn ag-btn--sm${status === s ? '' : ' ag-btn--secondary'}`}
                aria-pressed={status === s}
                disabled={log.isPending}
                onClick={() => settle(s)}
              >
                Résolu : {STATUS_LABELS[s].toLowerCase()}
              </button>
            ))}
            <button type="button" className="ag-btn ag-btn--tertiary ag-btn--sm" disabled={remove.isPending} onClick={() => remove.mutate()}>
              Retirer du suivi
            </button>
          </div>
        </div>
      )}

      {!logged && !manual && (
        <button type="button" className="ag-btn ag-btn--tertiary ag-btn--sm" onClick={() => setManual(true)}>
          Saisir une sollicitation
        </button>
      )}
      {manual && pack.data && (
        <SuiviEntryForm
          label="Saisie manuelle d’une sollicitation"
          nomenclature={pack.data.nomenclature}
          initial={{
            channel: ticket ? 'ticket' : 'telephone',
            ...(ticket ? { ticketKey: ticket.key || undefined, ticketUrl: ticket.url, structure: ticket.structure } : {}),
            ...(ticket?.phone ? { phone: ticket.phone } : {}),
            ...(target.sousMotif ? target : {}),
            durationMinutes: durationMinutes(elapsed),
          }}
          submitLabel="Enregistrer"
          onSubmit={async (input) => {
            await log.mutateAsync(input);
          }}
          onCancel={() => setManual(false)}
        />
      )}
      {manual && pack.isError && <p className="ag-alert ag-alert--error">Nomenclature indisponible.</p>}
    </section>
  );
}
