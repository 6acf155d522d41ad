// The réponse type to read out during a call: rendered like the sidebar's (variables filled, paragraphs kept), with
// « Envoyer par e-mail » (a mailto: link carrying the same text).
import { useMemo } from 'react';
import type { NomenclatureRow, Pack, ResponseTemplate } from '@/lib/pack/schema';
import { analyzeTemplate, buildTemplateContext, renderTemplate, replyKbEntry, textToHtml } from '@/lib/templates';
import { mailtoLink } from '@/lib/templates/mailto';
import { callFills, type CallDraft } from '@/lib/tracking/call';
import { useSettings } from './useSettings';

export interface CallAnswerProps {
  pack: Omit<Pack, 'model'>;
  row: NomenclatureRow;
  templates: readonly ResponseTemplate[];
  draft: Pick<CallDraft, 'structure' | 'phone'>;
}

export function CallAnswer({ pack, row, templates, draft }: CallAnswerProps) {
  const settings = useSettings();
  // The caller's name is not known: « Bonjour, ».
  const context = useMemo(
    () => buildTemplateContext({ ticket: null, profil: settings.profil, kbEntry: replyKbEntry(pack, row.id), kbBaseUrl: pack.kb.baseUrl }),
    [settings.profil, pack, row.id],
  );
  const rendered = useMemo(
    () =>
      templates.map((t) => {
        const fills = callFills(draft, analyzeTemplate(`${t.text}\n${t.html}`).fillIns);
        const r = renderTemplate(t, context, fills);
        return { template: t, ...r, html: r.html || textToHtml(r.text), mail: mailtoLink({ subject: t.title, body: r.text }) };
      }),
    [templates, context, draft],
  );

  return (
    <div className="ag-section ag-call-answer" aria-label="Réponse type à lire" data-testid="call-answer">
      <p className="ag-label">Réponse type à lire</p>
      {rendered.length === 0 && <p className="ag-hint">Aucune réponse type pour ce sous-motif.</p>}
      {rendered.map((r) => {
        const blockers = [...r.missingFills.map((f) => `${f} (à compléter)`), ...r.unknownVariables.map((v) => `${v} (variable inconnue)`)];
        return (
          <article key={r.template.id} className="ag-call-template" data-testid="call-template">
            <p><strong>{r.template.title}</strong></p>
            {/* html comes from renderTemplate: values escaped, then reduced to the allowed tags (p, a, strong, em, lists, br). */}
            <div className="ag-call-template__text" data-testid="call-template-text" dangerouslySetInnerHTML={{ __html: r.html }} />
            {blockers.length > 0 ? (
              <p className="ag-hint" role="status">Avant l’envoi par e-mail — {blockers.join(' ; ')}.</p>
            ) : (
              <p className="ag-actions">
                <a className="ag-btn ag-btn--secondary ag-btn--sm" href={r.mail.href} data-testid="call-mailto">
                  Envoyer par e-mail
                </a>
                {r.mail.truncated && <span className="ag-hint"> Texte long : l’e-mail sera raccourci, complétez-le.</span>}
              </p>
            )}
          </article>
        );
      })}
    </div>
  );
}
