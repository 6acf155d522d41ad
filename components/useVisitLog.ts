// The log behind the sidebar's « Suivi de la sollicitation »: the ticket's visit timer (kept across visits and reloads in
// lib/sidebar/ticket-memory), the row logged « en cours » at once by an action (Insérer, Copier, escalation, the CRM's send
// or close), « Résolu » updates and removal. Writes go through typed messages (no IndexedDB in a content script).
import { useEffect, useReducer, useRef, useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { sendMessage } from '@/lib/messaging';
import { STATUS_LABELS, type SolicitationInput, type SolicitationStatus } from '@/lib/tracking/solicitation';
import { durationMinutes, elapsedMs, initialVisitState, visitReducer, type SidebarAction } from '@/lib/tracking/visit';
import { forgetRemoved, loadMemory, updateMemory, watchMemory, type TicketMemory } from '@/lib/sidebar/ticket-memory';
import { localIsoDateTime } from '@/lib/tracking/dates';
import type { NomenclatureChoice } from './NomenclatureSelect';
import type { Ticket } from '@/lib/crm/ticket';
import type { NomenclatureRow } from '@/lib/pack/schema';
import { errorText, usePack } from './queries';

export interface VisitLogInput {
  ticket: Ticket | null;
  /** The nomenclature row chosen for the ticket (classification or requalification). */
  row: NomenclatureRow | null;
  /** True while the sidebar is open on the ticket. */
  active: boolean;
  /** Last insertion or escalation done from the sidebar. */
  lastAction: SidebarAction | null;
}

/** What an action changes in the ticket's row: the template used, the escalation, or « Résolu : oui » when the ticket is closed. */
function actionPatch(action: SidebarAction): Partial<SolicitationInput> {
  switch (action.kind) {
    case 'insert':
      return { templateId: action.templateId };
    case 'escalate':
      return { escalated: true };
    case 'closed':
      return { status: 'oui' };
    case 'sent':
      return {};
  }
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

export function useVisitLog({ ticket, row, active, lastAction }: VisitLogInput) {
  const [state, dispatch] = useReducer(visitReducer, initialVisitState);
  const visible = usePageVisible();
  const [now, setNow] = useState(() => Date.now());
  const [minutes, setMinutes] = useState<number | null>(null);
  const [manual, setManual] = useState(false);
  const [message, setMessage] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);
  const handledAt = useRef<number | null>(null);
  const pack = usePack();

  const ticketKey = ticket ? ticket.key || ticket.url : null;
  const visit = ticketKey ? state.visits[ticketKey] : undefined;
  const running = !!visit && visit.runningSince !== null;

  // What earlier visits (and page loads) of each ticket left: read once per ticket and page load.
  const [memory, setMemory] = useState<Record<string, TicketMemory | null>>({});
  const prior = ticketKey ? memory[ticketKey] : undefined;
  useEffect(() => {
    if (!ticketKey || memory[ticketKey] !== undefined) return;
    let live = true;
    void loadMemory().then((m) => live && setMemory((prev) => ({ ...prev, [ticketKey]: m[ticketKey] ?? null })));
    return () => {
      live = false;
    };
  }, [ticketKey, memory]);
  // « Tout supprimer » (Suivi page) empties the memory: a ticket it held is no longer logged here either.
  useEffect(() => watchMemory((stored) => setMemory((prev) => forgetRemoved(prev, stored))), []);
  const priorMs = prior?.spentMs ?? 0;
  const priorLoaded = prior !== undefined;
  const elapsed = priorMs + elapsedMs(visit, now);

  useEffect(() => {
    if (ticketKey && active && visible) dispatch({ kind: 'focus', ticketKey, at: Date.now() });
    else dispatch({ kind: 'blur', at: Date.now() });
  }, [ticketKey, active, visible]);

  useEffect(() => {
    setMessage(null);
    setManual(false);
    setMinutes(null);
  }, [ticketKey]);

  useEffect(() => {
    if (!running) return;
    const t = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(t);
  }, [running]);

  // The time spent is saved while the référent works (every few seconds, and when the visit pauses or the page goes).
  const save = useRef<() => void>(() => {});
  save.current = () => {
    if (!ticket || !ticketKey || !visit || prior === undefined) return;
    const spentMs = priorMs + elapsedMs(visit, Date.now());
    void updateMemory(ticketKey, (m) => ({
      ...(m ?? { ticketKey, visitKey: visit.visitKey, openedAt: visit.openedAt, logged: null, status: null, loggedId: null, dismissed: false, updatedAt: 0 }),
      ticketId: ticket.id,
      url: ticket.url,
      subject: ticket.subject,
      spentMs,
    })).catch(() => {});
  };
  useEffect(() => {
    if (!running) return;
    // This render's closure knows this ticket's visit: the cleanup (pause, next ticket) saves this ticket, not the next one.
    const flush = save.current;
    const t = setInterval(() => save.current(), 5000);
    return () => {
      clearInterval(t);
      flush();
    };
  }, [running, ticketKey, priorLoaded]);
  useEffect(() => {
    const onHide = () => save.current();
    window.addEventListener('pagehide', onHide);
    return () => window.removeEventListener('pagehide', onHide);
  }, []);

  const target: Partial<NomenclatureChoice> = row
    ? { rowId: row.id, niveau: row.niveau, thematique: row.thematique, motif: row.motif, sousMotif: row.sousMotif }
    : {};
  const shownMinutes = minutes ?? durationMinutes(elapsed);
  const logged = prior?.logged ? (prior.logged as SolicitationInput) : null;
  const status = prior?.status ?? null;

  const log = useMutation({
    mutationFn: async (input: SolicitationInput) => {
      const res = await sendMessage('logSolicitation', input);
      const loggedId = res?.id ?? prior?.loggedId ?? null;
      if (ticketKey) {
        const entry: TicketMemory = {
          ticketKey,
          ticketId: ticket?.id ?? '',
          url: ticket?.url ?? '',
          subject: ticket?.subject ?? '',
          visitKey: input.visitKey ?? ticketKey,
          openedAt: prior?.openedAt ?? visit?.openedAt ?? Date.now(),
          spentMs: priorMs + elapsedMs(visit, Date.now()),
          logged: input as Record<string, unknown>,
          status: input.status,
          loggedId,
          dismissed: false,
          updatedAt: Date.now(),
        };
        await updateMemory(ticketKey, () => entry);
        setMemory((prev) => ({ ...prev, [ticketKey]: { ...entry, spentMs: priorMs } }));
      }
      return { res, input };
    },
    onSuccess: ({ res, input }) => {
      if (ticketKey && res) dispatch({ kind: 'logged', ticketKey, id: res.id });
      setManual(false);
      setMessage({
        kind: 'success',
        text:
          input.status === 'en_cours'
            ? `Sollicitation enregistrée dans le suivi : en cours, ${input.durationMinutes} min${input.templateId ? ', avec la réponse type' : ''}.`
            : `Sollicitation enregistrée : résolu ${STATUS_LABELS[input.status].toLowerCase()}.`,
      });
    },
    onError: (err) => setMessage({ kind: 'error', text: `Enregistrement impossible : ${errorText(err)}` }),
  });

  /** The row for this ticket as it stands now (labels, time so far, template, escalation). */
  const entryNow = (patch: Partial<SolicitationInput>): SolicitationInput | null => {
    if (!ticket || !visit) return null;
    if (!target.sousMotif || !target.niveau || !target.thematique || !target.motif) return null;
    return {
      channel: 'ticket',
      ticketKey: ticket.key || undefined,
      ticketUrl: ticket.url,
      date: localIsoDateTime(new Date(prior?.openedAt ?? visit.openedAt)),
      ...(ticket.phone ? { phone: ticket.phone } : {}),
      structure: ticket.structure,
      durationMinutes: minutes ?? durationMinutes(priorMs + elapsedMs(visit, Date.now())),
      niveau: target.niveau,
      rowId: target.rowId ?? '',
      thematique: target.thematique,
      motif: target.motif,
      sousMotif: target.sousMotif,
      ...(logged?.templateId ? { templateId: logged.templateId } : {}),
      status: status ?? 'en_cours',
      escalated: logged?.escalated ?? false,
      note: '',
      visitKey: prior?.visitKey ?? visit.visitKey,
      ...patch,
    };
  };

  // Insérer, Copier, an escalation or the CRM's own send logs the request at once (« en cours » unless already settled);
  // the CRM's close control logs it « Résolu : oui ».
  useEffect(() => {
    if (!lastAction || (handledAt.current !== null && lastAction.at <= handledAt.current)) return;
    if (!visit || prior === undefined) return;
    handledAt.current = lastAction.at;
    // Sending after Insérer changes nothing; closing does not overrule a « Résolu » the référent already gave.
    if (lastAction.kind === 'sent' && logged) return;
    if (lastAction.kind === 'closed' && status && status !== 'en_cours') return;
    const input = entryNow(actionPatch(lastAction));
    if (!input) {
      setMessage({ kind: 'error', text: 'Choisissez le sous-motif pour enregistrer la sollicitation.' });
      return;
    }
    log.mutate(input);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- runs once per action; entryNow reads the current render
  }, [lastAction, visit, prior]);

  const settle = (s: SolicitationStatus) => {
    const input = entryNow({ status: s });
    if (!input) {
      setMessage({ kind: 'error', text: 'Choisissez le sous-motif avant d’enregistrer.' });
      return;
    }
    log.mutate(input);
  };

  const remove = useMutation({
    mutationFn: async () => {
      const loggedId = prior?.loggedId ?? visit?.loggedId ?? null;
      if (loggedId !== null) await sendMessage('deleteSolicitation', loggedId);
      if (ticketKey) {
        await updateMemory(ticketKey, (m) => (m ? { ...m, logged: null, status: null, loggedId: null } : null));
        setMemory((prev) => ({ ...prev, [ticketKey]: prev[ticketKey] ? { ...prev[ticketKey], logged: null, status: null, loggedId: null } : null }));
      }
    },
    onSuccess: () => setMessage({ kind: 'success', text: 'Sollicitation retirée du suivi.' }),
    onError: (err) => setMessage({ kind: 'error', text: `Suppression impossible : ${errorText(err)}` }),
  });

  return { pack, ticketKey, visit, running, elapsed, message, setMinutes, shownMinutes, manual, setManual, target, logged, status, log, settle, remove };
}
