// The Aiguilleur sidebar, docked beside the CRM page: ticket, suggestions, folded requalification, réponse type, KB, escalation, log.
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, useSyncExternalStore, type KeyboardEvent } from 'react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { sendMessage } from '@/lib/messaging';
import type { NomenclatureRow } from '@/lib/pack/schema';
import type { SidebarStore } from '@/lib/sidebar/store';
import { ticketFingerprint } from '@/lib/sidebar/ticket-watcher';
import { requesterRow } from '@/lib/sidebar/requester-choice';
import { selectedRow, selectedRowId as selectedRowIdOf } from '@/lib/sidebar/row-selection';
import { isTextField, sidebarKeyAction } from '@/lib/sidebar/keys';
import { isPersonName } from '@/lib/sidebar/greeting';
import { clampWidth, MAX_WIDTH, MIN_WIDTH, RAIL_WIDTH } from '@/lib/sidebar/dock';
import { buildTemplateContext, replyKbEntry } from '@/lib/templates';
import { useRowTemplates } from './useRowTemplates';
import { CLASSIFY_QUERY_KEY, errorText, usePack, usePackRefetch } from './queries';
import type { SidebarAction } from '@/lib/tracking/visit';
import { useSettings } from './useSettings';
import { TicketSummary } from './TicketSummary';
import { ClassificationList } from './ClassificationList';
import { NomenclaturePicker } from './NomenclaturePicker';
import { TemplatePanel, type InsertOutcome } from './TemplatePanel';
import { KbPanel } from './KbPanel';
import { EscalationPanel } from './EscalationPanel';
import { SolicitationPanel } from './SolicitationPanel';
import { PendingTickets } from './PendingTickets';
import { NiveauBadge } from './NiveauBadge';
import { WelcomeMailPanel } from './WelcomeMailPanel';
import { VagueSubjectHint } from './VagueSubjectHint';
import { DiagnosticPanel, type DiagnosticActions } from './DiagnosticPanel';
import { CallPanel } from './CallPanel';

export interface SidebarActions extends DiagnosticActions {
  insert(content: { text: string; html?: string; caretOffset?: number }): Promise<InsertOutcome>;
  copy(text: string, html?: string): Promise<InsertOutcome>;
  /** Inserts into the CRM's internal-comment composer (switching its tab), or refuses and copies: never into the e-mail. */
  insertNote(content: { text: string; html?: string }): Promise<InsertOutcome>;
  /** Called when the suggestions of a ticket are on screen (for the latency figure). */
  rendered(ticketKey: string): void;
  /** Gives the keyboard focus back to the page (the last reply editor used, or the page itself). */
  returnFocus(): void;
}

export interface SidebarProps {
  store: SidebarStore;
  actions: SidebarActions;
}

/** The sidebar's data (pack, suggestions) is missing: say why, and that qualifying by hand still works. */
function unavailableText(err: unknown): string {
  return `Aiguilleur indisponible : ${errorText(err)}. La qualification manuelle reste possible.`;
}

/** Queries derived from the pack, fetched again when another pack is installed. */
const PACK_DERIVED_KEYS = [CLASSIFY_QUERY_KEY];

export function Sidebar({ store, actions }: SidebarProps) {
  const snap = useSyncExternalStore(store.subscribe, store.getSnapshot);
  const { open, ticket, adapterLabel, insertRequested, focusRequest, width, crmSignal } = snap;
  const settings = useSettings();
  // A new pack (options page, daily refresh) changes rows, templates and suggestions: fetch them again.
  usePackRefetch(PACK_DERIVED_KEYS);
  const pack = usePack();
  const fingerprint = ticket ? ticketFingerprint(ticket) : '';
  const hasText = Boolean(ticket && (ticket.subject || ticket.firstMessage));
  const classification = useQuery({
    queryKey: [...CLASSIFY_QUERY_KEY, fingerprint],
    queryFn: () =>
      sendMessage('classify', {
        subject: ticket?.subject ?? '',
        body: ticket?.firstMessage ?? '',
        ...(ticket?.requesterChoice ? { requesterChoice: ticket.requesterChoice } : {}),
      }),
    enabled: hasText,
    staleTime: Infinity,
  });
  const [picked, setPicked] = useState<Record<string, string>>({});
  const [lastAction, setLastAction] = useState<SidebarAction | null>(null);
  const ticketKey = ticket?.key || ticket?.url || '';
  const rows = useMemo(() => pack.data?.nomenclature ?? [], [pack.data]);
  const requester = useMemo(() => requesterRow(rows, ticket?.requesterChoice), [rows, ticket?.requesterChoice]);
  const topRowId = classification.data?.suggestions[0]?.rowId ?? null;
  const selection = { picked: picked[ticketKey], topRowId, requesterRowId: requester?.id };
  const selectedRowId = selectedRowIdOf(selection);
  const row: NomenclatureRow | null = selectedRow(rows, selection);

  const templates = useRowTemplates(row?.id ?? null);
  const context = useMemo(
    () =>
      buildTemplateContext({
        // A mailbox named after an organisation (« Les Lilas - Accueil ») gives « Bonjour, », not its name.
        ticket:
          ticket && !isPersonName(ticket.requester.name, ticket.structure)
            ? { ...ticket, requester: { ...ticket.requester, name: '' } }
            : ticket,
        profil: settings.profil,
        kbEntry: pack.data && row ? replyKbEntry(pack.data, row.id) : null,
        kbBaseUrl: pack.data?.kb.baseUrl,
      }),
    [ticket, settings.profil, pack.data, row],
  );

  const correction = useMutation({
    mutationFn: (rowId: string) =>
      sendMessage('recordCorrection', {
        subject: ticket?.subject ?? '',
        body: ticket?.firstMessage ?? '',
        rowId,
        suggestedRowId: topRowId ?? undefined,
      }),
  });

  // Selecting a row teaches nothing: the correction is recorded when the référent answers with a line other than the top one.
  const pick = useCallback(
    (r: { id: string } | { rowId: string }) => {
      const id = 'rowId' in r ? r.rowId : r.id;
      setPicked((p) => ({ ...p, [ticketKey]: id }));
    },
    [ticketKey],
  );

  useEffect(() => setLastAction(null), [ticketKey]);
  // The CRM's own send or close control on this ticket is an action too (consumed once, never replayed on a later visit).
  useEffect(() => {
    if (!crmSignal) return;
    if (crmSignal.ticketKey === ticketKey) setLastAction({ kind: crmSignal.kind, at: crmSignal.at });
    store.set({ crmSignal: null });
  }, [crmSignal, ticketKey, store]);

  // Requalification stays folded behind one control, unless there is nothing else to qualify with.
  const [requalifyOpen, setRequalifyOpen] = useState(false);
  // Phone mode: the same « Nouvel appel » panel as the popup (the call in progress is shared with it).
  const [callOpen, setCallOpen] = useState(false);
  const showPicker = requalifyOpen || !hasText || Boolean(classification.data?.aQualifier);
  useEffect(() => setRequalifyOpen(false), [ticketKey]);

  // Choosing another line brings its réponse type into view.
  const answerRef = useRef<HTMLDivElement>(null);
  const scrollToAnswer = useRef(false);
  const choose = useCallback(
    (r: { id: string } | { rowId: string }) => {
      scrollToAnswer.current = true;
      pick(r);
    },
    [pick],
  );
  useEffect(() => {
    if (!scrollToAnswer.current) return;
    scrollToAnswer.current = false;
    answerRef.current?.scrollIntoView?.({ block: 'nearest' });
  }, [selectedRowId]);

  // The keyboard command that opened the sidebar hands it the focus.
  const asideRef = useRef<HTMLElement>(null);
  useEffect(() => {
    if (!focusRequest || !open) return;
    const target = asideRef.current?.querySelector<HTMLElement>('.ag-suggestion--selected, .ag-suggestion, [data-testid="insert"]') ?? asideRef.current;
    target?.focus();
  }, [focusRequest, open]);

  // Each ticket starts clean: back to the top, and screen readers hear which ticket is now shown.
  const bodyRef = useRef<HTMLDivElement>(null);
  const [announce, setAnnounce] = useState('');
  const announcedKey = useRef('');
  useEffect(() => {
    if (!ticketKey || announcedKey.current === ticketKey) return;
    const first = announcedKey.current === '';
    announcedKey.current = ticketKey;
    bodyRef.current?.scrollTo?.({ top: 0 });
    if (!first) setAnnounce(`Nouveau ticket${ticket?.id ? ` n° ${ticket.id}` : ''} : ${ticket?.subject || 'sans objet'}.`);
  }, [ticketKey, ticket?.id, ticket?.subject]);

  const close = useCallback(() => {
    store.set({ open: false });
    actions.returnFocus();
  }, [store, actions]);

  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    const action = sidebarKeyAction({
      key: e.key,
      altKey: e.altKey,
      ctrlKey: e.ctrlKey,
      metaKey: e.metaKey,
      inField: isTextField(e.target),
      defaultPrevented: e.defaultPrevented,
    });
    if (!action) return;
    if (action.kind === 'close') close();
    else if (action.kind === 'requalify') {
      setRequalifyOpen(true);
      // Focus the search field once it is shown.
      requestAnimationFrame(() => asideRef.current?.querySelector<HTMLElement>('[role="combobox"]')?.focus());
    } else {
      const s = classification.data?.suggestions[action.index];
      if (!s) return;
      choose(s);
      asideRef.current?.querySelector<HTMLElement>(`.ag-suggestion[data-row-id="${CSS.escape(s.rowId)}"]`)?.focus();
    }
    e.preventDefault();
  };

  // The internal note must never land in the e-mail to the requester: it goes to the CRM's comment tab, or is copied.
  const [noteStatus, setNoteStatus] = useState<InsertOutcome | null>(null);
  useEffect(() => setNoteStatus(null), [ticketKey]);
  const insertNote = async (text: string) => setNoteStatus(await actions.insertNote({ text }));

  const onInsertRequestHandled = useCallback(() => store.set({ insertRequested: false }), [store]);

  useLayoutEffect(() => {
    if (open && classification.data && ticketKey) actions.rendered(ticketKey);
  }, [open, classification.data, ticketKey, actions]);

  if (!open) return null;
  return (
    <aside
      ref={asideRef}
      className="ag-root ag-sidebar"
      aria-label="Aiguilleur"
      data-testid="sidebar"
      tabIndex={-1}
      onKeyDown={onKeyDown}
      aria-keyshortcuts="Escape"
      style={{ width, right: RAIL_WIDTH }}
    >
      <ResizeHandle width={width} onResize={(w) => store.set({ width: clampWidth(w, window.innerWidth) })} />
      <header className="ag-sidebar__header">
        <p className="ag-sidebar__title">Aiguilleur</p>
        {row && <NiveauBadge niveau={row.niveau} />}
        <PendingTickets currentKey={ticketKey || null} />
        <button type="button" className="ag-btn ag-btn--tertiary ag-btn--sm" aria-expanded={callOpen} aria-label="Appel téléphonique" title="Appel téléphonique : « Nouvel appel »" data-testid="call-toggle" onClick={() => setCallOpen(!callOpen)}>
          Appel
        </button>
        <button type="button" className="ag-btn ag-btn--tertiary ag-btn--sm" onClick={close} aria-label="Fermer la barre Aiguilleur (Échap)">
          Fermer
        </button>
      </header>
      <p className="ag-sr-only" aria-live="polite" data-testid="ticket-announce">{announce}</p>
      <div className="ag-sidebar__body" ref={bodyRef}>
        {pack.error && <div className="ag-alert ag-alert--error" role="alert">{unavailableText(pack.error)}</div>}
        {callOpen && <CallPanel />}
        <TicketSummary ticket={ticket} adapterLabel={adapterLabel} />
        <VagueSubjectHint subject={ticket?.subject ?? ''} onInsert={actions.insert} onCopy={actions.copy} />
        {hasText ? (
          <ClassificationList
            classification={classification.data}
            loading={classification.isPending}
            error={classification.error ? unavailableText(classification.error) : undefined}
            selectedRowId={selectedRowId}
            requesterRowId={requester?.id ?? null}
            onSelect={choose}
            ticketKey={ticketKey}
          />
        ) : (
          ticket && <p className="ag-alert ag-alert--warning" data-testid="manual-only">Aucun texte de demande lu sur cette page : qualifiez-la à la main.</p>
        )}
        {pack.data && hasText && (
          <button
            type="button"
            className="ag-btn ag-btn--tertiary ag-btn--sm ag-requalify-toggle"
            aria-expanded={showPicker}
            aria-keyshortcuts="R"
            data-testid="requalify-toggle"
            onClick={() => setRequalifyOpen(!showPicker)}
          >
            Requalifier <span className="ag-hint" aria-hidden="true">(R)</span>
          </button>
        )}
        {pack.data && showPicker && <NomenclaturePicker rows={rows} selectedRowId={selectedRowId} onPick={choose} />}
        <div ref={answerRef} className="ag-answer">
        {pack.data && row && (
          <TemplatePanel
            pack={pack.data}
            row={row}
            templates={templates}
            context={context}
            ticket={ticket}
            onInsert={actions.insert}
            onCopy={actions.copy}
            onInserted={(templateId) => {
              setLastAction({ kind: 'insert', templateId, at: Date.now() });
              // The classifier learns from the line the référent answered with, not from every line tried on the way.
              if (hasText && topRowId && row.id !== topRowId) correction.mutate(row.id);
            }}
            insertRequested={insertRequested}
            onInsertRequestHandled={onInsertRequestHandled}
          />
        )}
        </div>
        {pack.data && <KbPanel pack={pack.data} rowId={row?.id ?? null} />}
        {pack.data && <WelcomeMailPanel welcomeMail={pack.data.welcomeMail} context={context} onInsert={actions.insert} onCopy={actions.copy} />}
        {row && (
          <EscalationPanel
            ticket={ticket}
            row={row}
            onEscalated={() => setLastAction({ kind: 'escalate', at: Date.now() })}
            onInsertNote={(text) => void insertNote(text)}
          />
        )}
        {noteStatus && (
          <p className={`ag-alert ${noteStatus.ok ? 'ag-alert--success' : 'ag-alert--warning'}`} role="status" data-testid="note-status">{noteStatus.message}</p>
        )}
        <SolicitationPanel ticket={ticket} row={row} active={open} lastAction={lastAction} />
        {/* Rarely needed: at the end of the panel, not in the header or a footer that would take the answer's height. */}
        <div className="ag-diag-toggle"><DiagnosticPanel actions={actions} ticket={ticket} adapterLabel={adapterLabel} /></div>
      </div>
    </aside>
  );
}

/** The sidebar's left edge: drag it (or use the arrow keys on it) to change the width. */
function ResizeHandle({ width, onResize }: { width: number; onResize: (width: number) => void }) {
  const start = useRef<{ x: number; width: number } | null>(null);
  return (
    <div
      className="ag-resize"
      role="separator"
      aria-orientation="vertical"
      aria-label="Largeur de la barre (glisser, ou flèches gauche et droite)"
      aria-valuenow={width}
      aria-valuemin={MIN_WIDTH}
      aria-valuemax={MAX_WIDTH}
      tabIndex={0}
      data-testid="resize-handle"
      onPointerDown={(e) => {
        start.current = { x: e.clientX, width };
        e.currentTarget.setPointerCapture(e.pointerId);
        e.preventDefault();
      }}
      onPointerMove={(e) => {
        if (start.current) onResize(start.current.width + (start.current.x - e.clientX));
      }}
      onPointerUp={() => (start.current = null)}
      onPointerCancel={() => (start.current = null)}
      onKeyDown={(e) => {
        if (e.key === 'ArrowLeft') onResize(width + 20);
        else if (e.key === 'ArrowRight') onResize(width - 20);
        else return;
        e.preventDefault();
      }}
    />
  );
}
