// Tickets answered and logged « en cours » that the référent left without saying whether it is solved: a pill in the
// sidebar's header (its list drops over the body) and a section at the top of the Suivi page; confirm or dismiss each.
import { useEffect, useState } from 'react';
import { sendMessage } from '@/lib/messaging';
import { solicitationInputSchema, STATUS_LABELS, type SolicitationStatus } from '@/lib/tracking/solicitation';
import { loadMemory, pendingTickets, updateMemory, watchMemory, type TicketMemory } from '@/lib/sidebar/ticket-memory';
import { errorText } from './queries';

interface Pending {
  pending: TicketMemory[];
  error: string | null;
  settle(m: TicketMemory, status: SolicitationStatus): Promise<void>;
  dismiss(m: TicketMemory): void;
}

/** The pending tickets but `currentKey`, kept in sync with the extension storage; settling re-logs the same row. */
function usePendingTickets(currentKey: string | null, onSettled?: () => void): Pending {
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
  return {
    pending: pendingTickets(map, currentKey),
    error,
    async settle(m, status) {
      setError(null);
      try {
        const input = solicitationInputSchema.parse({ ...m.logged, status });
        await sendMessage('logSolicitation', input);
        await updateMemory(m.ticketKey, (cur) => (cur ? { ...cur, status, logged: { ...cur.logged, status } } : null));
        onSettled?.();
      } catch (err) {
        setError(`Mise à jour impossible : ${errorText(err)}`);
      }
    },
    dismiss: (m) => void updateMemory(m.ticketKey, (cur) => (cur ? { ...cur, dismissed: true } : null)).catch((err: unknown) => setError(`Impossible d’écarter : ${errorText(err)}`)),
  };
}

function PendingList({ pending, error, settle, dismiss }: Pending) {
  return (
    <>
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
    </>
  );
}

/** Sidebar header: one pill, so that the ticket's own answer keeps all the height; opened, the list drops over the body. */
export function PendingTickets({ currentKey }: { currentKey: string | null }) {
  const state = usePendingTickets(currentKey);
  if (state.pending.length === 0) return null;
  return (
    <details className="ag-pending" data-testid="pending-tickets">
      <summary title="Tickets répondus, enregistrés « en cours » : résolus ?">
        <strong>À confirmer ({state.pending.length})</strong>
      </summary>
      <div className="ag-pending__panel">
        <p className="ag-hint">Tickets répondus, enregistrés « en cours » : résolus ?</p>
        <PendingList {...state} />
      </div>
    </details>
  );
}

/** Suivi page: the same list, first on the page. */
export function PendingSection({ onSettled }: { onSettled?: () => void }) {
  const state = usePendingTickets(null, onSettled);
  if (state.pending.length === 0) return null;
  return (
    <section className="ag-section ag-pending ag-pending--page" aria-labelledby="ag-pending-title" data-testid="suivi-pending">
      <h2 id="ag-pending-title">À confirmer ({state.pending.length})</h2>
      <p className="ag-hint">Tickets répondus, enregistrés « en cours » dans le suivi : le problème est-il résolu ?</p>
      <PendingList {...state} />
    </section>
  );
}
