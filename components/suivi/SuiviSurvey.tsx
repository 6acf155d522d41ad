// The monthly survey block, ready to copy (button « Copier »).
import { useId, useState } from 'react';

export function SuiviSurvey({ text }: { text: string }) {
  const id = useId();
  const [copied, setCopied] = useState<'ok' | 'error' | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied('ok');
    } catch {
      setCopied('error');
    }
  };
  return (
    <div>
      <label className="ag-label" htmlFor={`${id}-survey`}>Réponses à l’enquête mensuelle</label>
      <textarea id={`${id}-survey`} className="ag-textarea ag-survey" readOnly value={text} rows={14} data-testid="survey-text" />
      <p>
        <button type="button" className="ag-btn" onClick={() => void copy()}>Copier</button>{' '}
        <span role="status">
          {copied === 'ok' ? 'Copié dans le presse-papiers.' : copied === 'error' ? 'Copie impossible : sélectionnez le texte et copiez-le.' : ''}
        </span>
      </p>
    </div>
  );
}
