// The Aiguilleur sidebar: ticket, suggestions, requalification, réponse type, KB, escalation and log — over the CRM page.
import { useCallback, useEffect, useLayoutEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { sendMessage } from '@/lib/messaging';
import type { NomenclatureRow } from '@/lib/pack/schema';
import type { SidebarStore } from '@/lib/sidebar/store';
import { ticketFingerprint } from '@/lib/sidebar/ticket-watcher';
import { requesterRow } from '@/lib/sidebar/requester-choice';
import { watchPackStatus } from '@/lib/pack/status-item';
import { buildTemplateContext, replyKbEntry } from '@/lib/templates';
import { useRowTemplates } from './useRowTemplates';
import { usePack } from './SuiviData';
import type { SidebarAction } from '@/lib/tracking/visit';
import { useSettings } from './useSettings';
import { TicketSummary } from './TicketSummary';
import { ClassificationList } from './ClassificationList';
import { NomenclaturePicker } from './NomenclaturePicker';
import { TemplatePanel, type InsertOutcome } from './TemplatePanel';
import { KbPanel } from './KbPanel';
import { EscalationPanel } from './EscalationPanel';
import { SolicitationPanel } from './SolicitationPanel';
import { NiveauBadge } from './NiveauBadge';
import { WelcomeMailPanel } from './WelcomeMailPanel';
import { VagueSubjectHint } from './VagueSubjectHint';
import { DiagnosticPanel, type DiagnosticActions } from './DiagnosticPanel';

export interface SidebarActions extends DiagnosticActions {
  insert(content: { text: string; html?: string; caretOffset?: number }): Promise<InsertOutcome>;
  copy(text: string, html?: string): Promise<InsertOutcome>;
  /** Called when the suggestions of a ticket are on screen (for the latency figure). */
  rendered(ticketKey: string): void;
}

export interface SidebarProps {
  store: SidebarStore;
  actions: SidebarActions;
}

function errorText(err: unknown): string {
  return `Le service d'Aiguilleur ne répond pas (${err instanceof Error ? err.message : String(err)}). Rechargez la page ; la qualification manuelle reste possible.`;
}

export function Sidebar({ store, actions }: SidebarProps) {
  const snap = useSyncExternalStore(store.subscribe, store.getSnapshot);
  const { open, ticket, adapterLabel } = snap;
  const settings = useSettings();
  const queryClient = useQueryClient();
  // A new pack (options page, daily refresh) changes rows, templates and suggestions: fetch them again.
  useEffect(
    () => watchPackStatus(() => void queryClient.invalidateQueries({ predicate: (q) => q.queryKey[0] === 'pack' || q.queryKey[0] === 'classify' })),
    [queryClient],
  );
  const pack = usePack();
  const fingerprint = ticket ? ticketFingerprint(ticket) : '';
  const hasText = Boolean(ticket && (ticket.subject || ticket.firstMessage));
  const classification = useQuery({
    queryKey: ['classify', fingerprint],
    queryFn: () => sendMessage('classify', { subject: ticket?.subject ?? '', body: ticket?.firstMessage ?? '' }),
    enabled: hasText,
    staleTime: Infinity,
  });
  const [picked, setPicked] = useState<Record<string, string>>({});
  const [lastAction, setLastAction] = useState<SidebarAction | null>(null);
  const ticketKey = ticket?.key || ticket?.url || '';
  const rows = useMemo(() => pack.data?.nomenclature ?? [], [pack.data]);
  const requester = useMemo(() => requesterRow(rows, ticket?.requesterChoice), [rows, ticket?.requesterChoice]);
  const topRowId = classification.data?.suggestions[0]?.rowId ?? null;
  const selectedRowId = picked[ticketKey] ?? topRowId ?? requester?.id ?? null;
  const row: NomenclatureRow | null = rows.find((r) => r.id === selectedRowId) ?? null;

  const templates = useRowTemplates(row?.id ?? null);
  const context = useMemo(
    () =>
      buildTemplateContext({
        ticket,
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

  // Only an explicit choice is a correction: a click on another suggestion, or a row picked in the picker once it is used.
  const pick = useCallback(
    (r: { id: string } | { rowId: string }, record = true) => {
      const id = 'rowId' in r ? r.rowId : r.id;
      setPicked((p) => ({ ...p, [ticketKey]: id }));
      if (record && hasText && topRowId && id !== topRowId) correction.mutate(id);
    },
    [ticketKey, hasText, topRowId, correction],
  );

  useEffect(() => setLastAction(null), [ticketKey]);

  useLayoutEffect(() => {
    if (open && classification.data && ticketKey) actions.rendered(ticketKey);
  }, [open, classification.data, ticketKey, actions]);

  if (!open) return null;
  return (
    <aside className="ag-root ag-sidebar" aria-label="Aiguilleur" data-testid="sidebar">
      <header className="ag-sidebar__header">
        <p className="ag-sidebar__title">Aiguilleur</p>
        {row && <NiveauBadge niveau={row.niveau} />}
        <button type="button" className="ag-btn ag-btn--tertiary ag-btn--sm" onClick={() => store.set({ open: false })} aria-label="Fermer la barre Aiguilleur">
          Fermer
        </button>
      </header>
      <div className="ag-sidebar__body">
        {pack.error && <div className="ag-alert ag-alert--error" role="alert">{errorText(pack.error)}</div>}
        <TicketSummary ticket={ticket} adapterLabel={adapterLabel} />
        <VagueSubjectHint subject={ticket?.subject ?? ''} onInsert={actions.insert} onCopy={actions.copy} />
        {hasText ? (
          <ClassificationList
            classification={classification.data}
            loading={classification.isPending}
            error={classification.error ? errorText(classification.error) : undefined}
            selectedRowId={selectedRowId}
            requesterRowId={requester?.id ?? null}
            onSelect={pick}
            ticketKey={ticketKey}
          />
        ) : (
          ticket && <p className="ag-alert ag-alert--warning" data-testid="manual-only">Aucun texte de demande lu sur cette page : qualifiez-la à la main.</p>
        )}
        {pack.data && <NomenclaturePicker rows={rows} selectedRowId={selectedRowId} onPick={(r) => pick(r, false)} />}
        {pack.data && row && (
          <TemplatePanel
            pack={pack.data}
            row={row}
            templates={templates}
            context={context}
            onInsert={actions.insert}
            onCopy={actions.copy}
            onInserted={(templateId) => {
              setLastAction({ kind: 'insert', templateId, at: Date.now() });
              pick(row);
            }}
          />
        )}
        {pack.data && <KbPanel pack={pack.data} rowId={row?.id ?? null} />}
        {pack.data && <WelcomeMailPanel welcomeMail={pack.data.welcomeMail} context={context} onInsert={actions.insert} onCopy={actions.copy} />}
        {row && (
          <EscalationPanel
            ticket={ticket}
            row={row}
            onEscalated={() => setLastAction({ kind: 'escalate', at: Date.now() })}
            onInsertNote={(text) => void actions.insert({ text })}
          />
        )}
        <SolicitationPanel ticket={ticket} row={row} active={open} lastAction={lastAction} />
      </div>
      <DiagnosticPanel actions={actions} ticket={ticket} adapterLabel={adapterLabel} />
    </aside>
  );
}
