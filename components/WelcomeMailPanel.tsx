// « Nouvel utilisateur »: the pack's welcome mail (connection and account videos, training space, KB), inserted into the reply or copied.
import { useId, useMemo, useState } from 'react';
import type { Pack } from '@/lib/pack/schema';
import { renderTemplate, type TemplateContext } from '@/lib/templates';
import type { InsertOutcome } from './TemplatePanel';

export interface WelcomeMailPanelProps {
  welcomeMail: Pack['welcomeMail'];
  context: TemplateContext;
  onInsert: (content: { text: string; html?: string; caretOffset?: number }) => Promise<InsertOutcome>;
  onCopy: (text: string, html?: string) => Promise<InsertOutcome>;
}

export function WelcomeMailPanel({ welcomeMail, context, onInsert, onCopy }: WelcomeMailPanelProps) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState<InsertOutcome | null>(null);
  const [busy, setBusy] = useState(false);
  const rendered = useMemo(() => renderTemplate(welcomeMail, context), [welcomeMail, context]);

  const run = async (action: () => Promise<InsertOutcome>) => {
    setBusy(true);
    try {
      setStatus(await action());
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="ag-section" aria-labelledby={`${id}-t`} data-testid="welcome-mail">
      <h2 id={`${id}-t`}>
        <button type="button" className="ag-btn ag-btn--tertiary ag-btn--sm" aria-expanded={open} aria-controls={`${id}-body`} onClick={() => setOpen((o) => !o)}>
          Nouvel utilisateur
        </button>
      </h2>
      {open && (
        <div id={`${id}-body`}>
          <p className="ag-hint">
            Mail de bienvenue « {welcomeMail.subject} » : vidéos sur la connexion et la gestion du compte, espace de formation pour s’entraîner, lien vers la base de connaissances.
          </p>
          <div className="ag-field">
            <label className="ag-label" htmlFor={`${id}-text`}>Mail de bienvenue</label>
            <textarea id={`${id}-text`} className="ag-textarea" data-testid="welcome-text" value={rendered.text} rows={8} readOnly />
          </div>
          <div className="ag-actions">
            <button type="button" className="ag-btn" disabled={busy} onClick={() => run(() => onInsert({ text: rendered.text, html: rendered.html }))}>
              Insérer le mail de bienvenue
            </button>
            <button type="button" className="ag-btn ag-btn--secondary" disabled={busy} onClick={() => run(() => onCopy(rendered.text, rendered.html))}>
              Copier
            </button>
          </div>
          {status && (
            <p className={`ag-alert ${status.ok ? 'ag-alert--success' : 'ag-alert--error'}`} role="status" data-testid="welcome-status">
              {status.message}
            </p>
          )}
        </div>
      )}
    </section>
  );
}
