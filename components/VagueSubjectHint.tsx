// Good practice « objets explicites »: on a vague ticket subject (« mdp », « problème », « urgent »), a paragraph to add to the reply.
import { useState } from 'react';
import { explicitSubjectParagraph, isVagueSubject } from '@/lib/templates/practices';
import type { InsertOutcome } from './TemplatePanel';

export interface VagueSubjectHintProps {
  subject: string;
  onInsert: (content: { text: string }) => Promise<InsertOutcome>;
  onCopy: (text: string) => Promise<InsertOutcome>;
}

export function VagueSubjectHint({ subject, onInsert, onCopy }: VagueSubjectHintProps) {
  const [status, setStatus] = useState<{ subject: string; outcome: InsertOutcome } | null>(null);
  if (!isVagueSubject(subject)) return null;
  const paragraph = explicitSubjectParagraph(subject);
  const shown = status?.subject === subject ? status.outcome : null;
  const run = async (action: () => Promise<InsertOutcome>) => setStatus({ subject, outcome: await action() });
  return (
    <div className="ag-alert ag-alert--warning" role="region" aria-label="Objet peu explicite" data-testid="vague-subject">
      <p>
        Objet peu explicite (« {subject.trim()} ») : invitez l’utilisateur à écrire des objets explicites.
      </p>
      <p className="ag-hint" data-testid="vague-subject-paragraph">{paragraph}</p>
      <div className="ag-actions">
        <button type="button" className="ag-btn ag-btn--secondary ag-btn--sm" onClick={() => void run(() => onInsert({ text: paragraph }))}>
          Insérer le paragraphe
        </button>
        <button type="button" className="ag-btn ag-btn--tertiary ag-btn--sm" onClick={() => void run(() => onCopy(paragraph))}>
          Copier
        </button>
      </div>
      {shown && <p className={`ag-alert ${shown.ok ? 'ag-alert--success' : 'ag-alert--error'}`} role="status">{shown.message}</p>}
    </div>
  );
}
