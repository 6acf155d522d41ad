// In the sidebar's header, folded to one pill (no height taken from the answer): tickets answered and logged « en cours » that the référent left without saying whether it is solved.
import { useEffect, useState } from 'react';
import { sendMessage } from '@/lib/messaging';
import { solicitationInputSchema, STATUS_LABELS, type SolicitationStatus } from '@/lib/tracking/solicitation';
import { loadMemory, pendingTickets, updateMemory, watchMemory, type TicketMemory } from '@/lib/sidebar/ticket-memory';
import { errorText } from './SuiviData';

export function PendingTickets({ currentKey }: { currentKey: string | null }) {
  const [map, setMap] = useState<Record<string, TicketMemory>>({});
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void loadMemory().then((m) => live && setMap(m));
    const stop = watchMemory((m) => setMap(m));
    return () => {
      live = false;
      stop();
    };
  }, []);
  const pending = pendingTickets(map, currentKey);
  if (pending.length === 0) return null;

  const settle = async (m: TicketMemory, status: SolicitationStatus) => {
    setError(null);
    try {
      const input = solicitationInputSchema.parse({ ...m.logged, status });
      await sendMessage('logSolicitation', input);
      await updateMemory(m.ticketKey, (cur) => (cur ? { ...cur, status, logged: { ...cur.logged, status } } : null));
    } catch (err) {
      setError(`Mise à jour impossible : ${errorText(err)}`);
    }
  };
  const dismiss = (m: TicketMemory) => void updateMemory(m.ticketKey, (cur) => (cur ? { ...cur, dismissed: true } : null));

  return (
    // One pill in the header: the ticket's own answer keeps all the height; opened, the list drops over the body.
    <details className="ag-pending" data-testid="pending-tickets">
      <summary title="Tickets répondus, enregistrés « en cours » : résolus ?">
        <strong>À confirmer ({pending.length})</strong>
      </summary>
      <div className="ag-pending__panel">
      <p className="ag-hint">Tickets répondus, enregistrés « en cours » : résolus ?</p>
      {error && <p className="ag-alert ag-alert--error" role="alert">{error}</p>}
      <ul className="ag-pending__list">
        {pending.map((m) => (
          <li key={m.ticketKey} data-testid="pending-ticket" data-ticket-key={m.ticketKey}>
            <a href={m.url} className="ag-pending__link">
              {m.ticketId ? `n° ${m.ticketId} · ` : ''}
              {m.subject || m.ticketKey}
            </a>
            <span className="ag-actions">
              {(['oui', 'non'] as const).map((s) => (
                <button key={s} type="button" className="ag-btn ag-btn--secondary ag-btn--sm" onClick={() => void settle(m, s)}>
                  Résolu : {STATUS_LABELS[s].toLowerCase()}
                </button>
              ))}
              <button type="button" className="ag-btn ag-btn--tertiary ag-btn--sm" onClick={() => dismiss(m)}>
                Écarter
              </button>
            </span>
          </li>
        ))}
      </ul>
      </div>
    </details>
  );
}
