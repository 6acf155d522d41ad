// The réponse type of the chosen sous-motif: fill-ins, editable preview, Insérer / Copier (refused while not ready), and the
// « à relire » confirmation of drafts.
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { Pack, NomenclatureRow, ResponseTemplate } from '@/lib/pack/schema';
import { analyzeTemplate, renderTemplate, textToHtml, ticketFills, type TemplateContext } from '@/lib/templates';
import type { Ticket } from '@/lib/crm/ticket';
import { useFitToFold } from './useFitToFold';
import { confirmTemplateReview, loadReviewConfirmations, localDay, needsConfirmation, type ReviewConfirmations } from '@/lib/templates/review';

export interface InsertOutcome {
  ok: boolean;
  message: string;
}

export interface TemplatePanelProps {
  pack: Omit<Pack, 'model'>;
  row: NomenclatureRow;
  templates: ResponseTemplate[];
  context: TemplateContext;
  /** What the ticket gives for `{{saisie:…}}` fill-ins (structure, phone): prefilled, still editable. */
  ticket?: Pick<Ticket, 'structure' | 'phone'> | null;
  onInsert: (content: { text: string; html?: string; caretOffset?: number }) => Promise<InsertOutcome>;
  onCopy: (text: string, html?: string) => Promise<InsertOutcome>;
  /** After Insérer or Copier succeeded (the request is logged at once). */
  onInserted: (templateId: string) => void;
  /** The insert keyboard command was used: insert as if « Insérer » had been clicked, then call onInsertRequestHandled. */
  insertRequested?: boolean;
  onInsertRequestHandled?: () => void;
}

export function TemplatePanel(props: TemplatePanelProps) {
  const { row, templates, context, ticket, onInsert, onCopy, onInserted, insertRequested, onInsertRequestHandled } = props;
  const id = useId();
  const [templateId, setTemplateId] = useState(templates[0]?.id ?? '');
  const template = templates.find((t) => t.id === templateId) ?? templates[0];
  const fillIns = useMemo(() => (template ? analyzeTemplate(`${template.text}\n${template.html}`).fillIns : []), [template]);
  // What the référent typed wins over what the ticket gives (an emptied field stays empty, and is refused).
  const [typed, setFills] = useState<Record<string, string>>({});
  const prefilled = useMemo(() => ticketFills(fillIns, ticket), [fillIns, ticket]);
  const fills = useMemo(() => ({ ...prefilled, ...typed }), [prefilled, typed]);
  const rendered = useMemo(() => (template ? renderTemplate(template, context, fills) : null), [template, context, fills]);
  const [draft, setDraft] = useState<string | null>(null);
  const [status, setStatus] = useState<InsertOutcome | null>(null);
  const [busy, setBusy] = useState(false);
  const [confirmations, setConfirmations] = useState<ReviewConfirmations>({});
  /** The action waiting for the référent's « J'ai relu » on a draft template. */
  const [pending, setPending] = useState<{ action: () => Promise<InsertOutcome>; after?: () => void } | null>(null);

  useEffect(() => {
    let alive = true;
    loadReviewConfirmations().then((c) => alive && setConfirmations(c), () => {});
    return () => { alive = false; };
  }, []);

  useEffect(() => {
    setTemplateId(templates[0]?.id ?? '');
    setDraft(null);
    setFills({});
    setStatus(null);
    setPending(null);
  }, [row.id, templates]);

  // Answer first: the text box gives way so that Insérer stays above the fold whatever sits above it.
  const boxRef = useRef<HTMLTextAreaElement>(null);
  const rowRef = useRef<HTMLDivElement>(null);
  useFitToFold(boxRef, rowRef, `${row.id}:${template?.id ?? ''}`);

  const insertNow = useRef<() => void>(() => {});
  useEffect(() => {
    if (!insertRequested) return;
    onInsertRequestHandled?.();
    insertNow.current();
  }, [insertRequested, onInsertRequestHandled]);

  if (!template || !rendered) {
    return (
      <section className="ag-section" aria-labelledby={`${id}-t`}>
        <h2 id={`${id}-t`}>Réponse type</h2>
        <p className="ag-hint">Aucune réponse type pour « {row.sousMotif} » : rédigez une réponse personnalisée.</p>
      </section>
    );
  }

  const text = draft ?? rendered.text;
  const missingFills = fillIns.filter((f) => !fills[f]?.trim());
  const content = draft === null
    ? { text: rendered.text, html: rendered.html, caretOffset: rendered.caretOffset }
    : { text: draft, html: textToHtml(draft) };

  const execute = async (action: () => Promise<InsertOutcome>, after?: () => void) => {
    setBusy(true);
    try {
      const outcome = await action();
      setStatus(outcome);
      if (outcome.ok) after?.();
    } finally {
      setBusy(false);
    }
  };

  /** Insert or copy; a draft template first asks for one confirmation per day. */
  const run = async (action: () => Promise<InsertOutcome>, after?: () => void) => {
    if (needsConfirmation(template, confirmations, localDay(new Date()))) {
      setPending({ action, ...(after ? { after } : {}) });
      return;
    }
    setPending(null);
    await execute(action, after);
  };

  const confirmDraft = async () => {
    if (!pending) return;
    const { action, after } = pending;
    setPending(null);
    // Storage failing must not block the insertion: remember the confirmation for this panel at least.
    const next = await confirmTemplateReview(template.id).catch(() => ({ ...confirmations, [template.id]: localDay(new Date()) }));
    setConfirmations(next);
    await execute(action, after);
  };

  // Never send what is not ready: an empty fill-in, an unknown variable or any {{…}} left in the text.
  const leftMarks = [...new Set(text.match(/\{\{[^}]*\}\}/g) ?? [])];
  const blockers = [
    ...(missingFills.length > 0 ? [`à compléter : ${missingFills.join(', ')}`] : []),
    ...(rendered.unknownVariables.length > 0 && draft === null
      ? [`${rendered.unknownVariables.length > 1 ? 'variables inconnues' : 'variable inconnue'} : ${rendered.unknownVariables.join(', ')}`]
      : []),
    ...(missingFills.length === 0 && leftMarks.length > 0 && (draft !== null || rendered.unknownVariables.length === 0)
      ? [`${leftMarks.length > 1 ? 'marques restées dans le texte' : 'marque restée dans le texte'} : ${leftMarks.join(', ')}`]
      : []),
  ];
  const refusal = (verb: string): InsertOutcome => ({
    ok: false,
    message: `${verb} impossible, ${blockers.join(' ; ')}. Complétez ou corrigez le texte d’abord.`,
  });

  const insert = () => {
    if (busy) return;
    if (blockers.length > 0) return setStatus(refusal('Insertion'));
    void run(() => onInsert(content), () => onInserted(template.id));
  };
  const copy = () => {
    if (busy) return;
    if (blockers.length > 0) return setStatus(refusal('Copie'));
    void run(() => onCopy(content.text, content.html), () => onInserted(template.id));
  };
  insertNow.current = insert;

  return (
    <section className="ag-section" aria-labelledby={`${id}-t`}>
      <h2 id={`${id}-t`}>Réponse type</h2>
      <p className="ag-hint" data-testid="template-review" data-review={template.review}>
        {template.review === 'validé' ? (
          <span className="ag-badge ag-badge--success">validé</span>
        ) : (
          <span className="ag-badge ag-badge--n2" title="Brouillon du projet, pas encore validé par l'équipe nationale">à relire</span>
        )}{' '}
        Source : {template.source}
      </p>
      {templates.length > 1 && (
        <div className="ag-field">
          <label className="ag-label" htmlFor={`${id}-tpl`}>Modèle</label>
          <select id={`${id}-tpl`} className="ag-select" value={template.id} onChange={(e) => { setTemplateId(e.target.value); setDraft(null); }}>
            {templates.map((t) => <option key={t.id} value={t.id}>{t.title}</option>)}
          </select>
        </div>
      )}
      {fillIns.map((f) => (
        <div className="ag-field" key={f}>
          <label className="ag-label" htmlFor={`${id}-f-${f}`}>
            {f}
            {prefilled[f] !== undefined && typed[f] === undefined && <span className="ag-hint"> (lu sur le ticket : vérifiez)</span>}
          </label>
          <input
            id={`${id}-f-${f}`}
            className="ag-input"
            value={fills[f] ?? ''}
            onChange={(e) => { setFills((prev) => ({ ...prev, [f]: e.target.value })); setDraft(null); }}
          />
        </div>
      ))}
      {rendered.unknownVariables.length > 0 && (
        <p className="ag-alert ag-alert--warning" role="status">
          {rendered.unknownVariables.length > 1 ? 'Variables inconnues' : 'Variable inconnue'} dans ce modèle : {rendered.unknownVariables.join(', ')}.
        </p>
      )}
      <div className="ag-field">
        <label className="ag-label" htmlFor={`${id}-text`}>Texte à insérer (modifiable)</label>
        <textarea
          id={`${id}-text`}
          ref={boxRef}
          className="ag-textarea"
          data-testid="template-text"
          value={text}
          rows={6}
          onChange={(e) => setDraft(e.target.value)}
        />
      </div>
      {blockers.length > 0 && (
        <p className="ag-hint" id={`${id}-blockers`} data-testid="template-blockers">
          Avant d’insérer ou de copier — {blockers.join(' ; ')}.
        </p>
      )}
      <div className="ag-actions ag-actions--answer" ref={rowRef}>
        <button
          type="button"
          className="ag-btn"
          data-testid="insert"
          disabled={busy}
          aria-describedby={blockers.length > 0 ? `${id}-blockers` : undefined}
          aria-keyshortcuts="Alt+Shift+I"
          title="Insérer dans l’éditeur de réponse (Alt+Maj+I)"
          onClick={insert}
        >
          Insérer
        </button>
        <button type="button" className="ag-btn ag-btn--secondary" disabled={busy} onClick={copy}>
          Copier
        </button>
        {draft !== null && (
          <button type="button" className="ag-btn ag-btn--tertiary" onClick={() => setDraft(null)}>Rétablir le modèle</button>
        )}
      </div>
      {pending && (
        <div className="ag-alert ag-alert--warning" role="alertdialog" aria-labelledby={`${id}-confirm`} data-testid="review-confirm">
          <p id={`${id}-confirm`}>
            Ce modèle est un brouillon « à relire » : l'équipe nationale ne l'a pas validé. Relisez le texte avant qu'il parte au demandeur.
            Cette confirmation est demandée une fois par jour pour ce modèle.
          </p>
          <div className="ag-actions">
            <button
              type="button"
              className="ag-btn ag-btn--sm"
              data-testid="review-confirm-ok"
              onClick={() => void confirmDraft()}
            >
              J'ai relu, continuer
            </button>
            <button type="button" className="ag-btn ag-btn--tertiary ag-btn--sm" onClick={() => setPending(null)}>Annuler</button>
          </div>
        </div>
      )}
      {status && (
        <p className={`ag-alert ${status.ok ? 'ag-alert--success' : 'ag-alert--error'}`} role="status" data-testid="insert-status">
          {status.message}
        </p>
      )}
    </section>
  );
}
