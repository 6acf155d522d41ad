// Sidebar panel of the log: the ticket visit timer, the entry proposed after an insertion or an escalation (one click
// to confirm with the status), and manual logging. Writes go through typed messages (no IndexedDB in a content script).
import { useEffect, useId, useReducer, useRef, useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import type { Ticket } from '@/lib/crm/ticket';
import type { NomenclatureRow } from '@/lib/pack/schema';
import { sendMessage } from '@/lib/messaging';
import { STATUS_LABELS, statusSchema, type SolicitationInput, type SolicitationStatus } from '@/lib/tracking/solicitation';
import {
  durationMinutes,
  elapsedMs,
  formatElapsed,
  initialVisitState,
  shouldPropose,
  visitReducer,
  type SidebarAction,
} from '@/lib/tracking/visit';
import { localIsoDateTime } from '@/lib/tracking/dates';
import { SuiviEntryForm } from './SuiviEntryForm';
import { NomenclatureSelect, type NomenclatureChoice } from './NomenclatureSelect';
import { errorText, usePack } from './SuiviData';

export interface SolicitationPanelProps {
  ticket: Ticket | null;
  /** The nomenclature row chosen for the ticket (classification or requalification). */
  row: NomenclatureRow | null;
  /** True while the sidebar is open on the ticket. */
  active: boolean;
  /** Last insertion or escalation done from the sidebar. */
  lastAction: SidebarAction | null;
}

interface Proposal {
  escalated: boolean;
  templateId?: string;
}

function usePageVisible(): boolean {
  const [visible, setVisible] = useState(() => typeof document === 'undefined' || !document.hidden);
  useEffect(() => {
    const on = () => setVisible(!document.hidden);
    document.addEventListener('visibilitychange', on);
    return () => document.removeEventListener('visibilitychange', on);
  }, []);
  return visible;
}

export function SolicitationPanel({ ticket, row, active, lastAction }: SolicitationPanelProps) {
  const id = useId();
  const [state, dispatch] = useReducer(visitReducer, initialVisitState);
  const visible = usePageVisible();
  const [now, setNow] = useState(() => Date.now());
  const [proposal, setProposal] = useState<Proposal | null>(null);
  const [choice, setChoice] = useState<Partial<NomenclatureChoice>>({});
  const [minutes, setMinutes] = useState<number | null>(null);
  const [pendingEscalation, setPendingEscalation] = useState(false);
  const [manual, setManual] = useState(false);
  const [message, setMessage] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);
  const handledAt = useRef<number | null>(null);
  const pack = usePack();

  const ticketKey = ticket ? ticket.key || ticket.url : null;
  const visit = ticketKey ? state.visits[ticketKey] : undefined;
  const running = !!visit && visit.runningSince !== null;

  useEffect(() => {
    if (ticketKey && active && visible) dispatch({ kind: 'focus', ticketKey, at: Date.now() });
    else dispatch({ kind: 'blur', at: Date.now() });
  }, [ticketKey, active, visible]);

  useEffect(() => {
    setProposal(null);
    setPendingEscalation(false);
    setMessage(null);
    setManual(false);
  }, [ticketKey]);

  useEffect(() => {
    if (!running) return;
    const t = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(t);
  }, [running]);

  useEffect(() => {
    if (!lastAction || (handledAt.current !== null && lastAction.at <= handledAt.current)) return;
    const previous = handledAt.current;
    handledAt.current = lastAction.at;
    if (!visit) return;
    if (visit.loggedId !== null) {
      if (lastAction.kind === 'escalate') setPendingEscalation(true);
      return;
    }
    if (!shouldPropose(visit, lastAction, previous)) return;
    setProposal((p) => ({
      escalated: (p?.escalated ?? false) || lastAction.kind === 'escalate',
      templateId: lastAction.kind === 'insert' ? lastAction.templateId : p?.templateId,
    }));
    setMinutes(null);
    setMessage(null);
  }, [lastAction, visit]);

  const log = useMutation({
    mutationFn: (input: SolicitationInput) => sendMessage('logSolicitation', input),
    onSuccess: (res) => {
      if (ticketKey && res) dispatch({ kind: 'logged', ticketKey, id: res.id });
      setProposal(null);
      setManual(false);
      setMessage({ kind: 'success', text: res?.updated ? 'Sollicitation mise à jour.' : 'Sollicitation enregistrée dans le suivi.' });
    },
    onError: (err) => setMessage({ kind: 'error', text: `Enregistrement impossible : ${errorText(err)}` }),
  });
  const markEscalated = useMutation({
    mutationFn: (rowId: number) => sendMessage('updateSolicitation', { id: rowId, patch: { escalated: true } }),
    onSuccess: () => {
      setPendingEscalation(false);
      setMessage({ kind: 'success', text: 'Sollicitation marquée comme escaladée.' });
    },
    onError: (err) => setMessage({ kind: 'error', text: `Mise à jour impossible : ${errorText(err)}` }),
  });

  const elapsed = elapsedMs(visit, now);
  const target: Partial<NomenclatureChoice> = row
    ? { rowId: row.id, niveau: row.niveau, thematique: row.thematique, motif: row.motif, sousMotif: row.sousMotif }
    : choice;
  const shownMinutes = minutes ?? durationMinutes(elapsedMs(visit, now));

  const confirm = (status: SolicitationStatus) => {
    if (!ticket || !visit || !proposal) return;
    if (!target.sousMotif || !target.niveau || !target.thematique || !target.motif) {
      setMessage({ kind: 'error', text: 'Choisissez le sous-motif avant d’enregistrer.' });
      return;
    }
    log.mutate({
      channel: 'ticket',
      ticketKey: ticket.key || undefined,
      ticketUrl: ticket.url,
      date: localIsoDateTime(new Date(visit.openedAt)),
      ...(ticket.phone ? { phone: ticket.phone } : {}),
      structure: ticket.structure,
      durationMinutes: minutes ?? durationMinutes(elapsedMs(visit, Date.now())),
      niveau: target.niveau,
      rowId: target.rowId ?? '',
      thematique: target.thematique,
      motif: target.motif,
      sousMotif: target.sousMotif,
      ...(proposal.templateId ? { templateId: proposal.templateId } : {}),
      status,
      escalated: proposal.escalated,
      note: '',
      visitKey: visit.visitKey,
    });
  };

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

      {proposal && ticket && (
        <div role="group" aria-label="Enregistrer la sollicitation">
          <p>
            <strong>À enregistrer :</strong>{' '}
            {target.sousMotif ? `${target.thematique} - ${target.motif} - ${target.sousMotif}` : 'sous-motif à choisir'}
          </p>
          {!row && pack.data && <NomenclatureSelect rows={pack.data.nomenclature} value={choice} onChange={setChoice} />}
          <div className="ag-field">
            <label className="ag-label" htmlFor={`${id}-minutes`}>Durée (minutes)</label>
            <input
              id={`${id}-minutes`}
              type="number"
              min={0}
              className="ag-input"
              value={shownMinutes}
              onChange={(e) => setMinutes(e.target.value === '' ? 0 : Math.max(0, Number(e.target.value)))}
            />
          </div>
          <div className="ag-field">
            <label>
              <input type="checkbox" checked={proposal.escalated} onChange={(e) => setProposal({ ...proposal, escalated: e.target.checked })} /> Escaladé au national
            </label>
          </div>
          <p className="ag-label">Problème résolu ? Un clic enregistre :</p>
          {statusSchema.options.map((s) => (
            <button key={s} type="button" className="ag-btn ag-btn--sm" disabled={log.isPending} onClick={() => confirm(s)}>
              Résolu : {STATUS_LABELS[s].toLowerCase()}
            </button>
          ))}{' '}
          <button type="button" className="ag-btn ag-btn--secondary ag-btn--sm" onClick={() => setProposal(null)}>
            Ne pas enregistrer
          </button>
        </div>
      )}

      {pendingEscalation && visit?.loggedId != null && (
        <p>
          <button type="button" className="ag-btn ag-btn--sm" onClick={() => markEscalated.mutate(visit.loggedId!)}>
            Marquer la sollicitation comme escaladée
          </button>
        </p>
      )}

      {!proposal && !manual && (
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
