// Before escalating a niveau-1 request: the good practice « Escalader seulement si nécessaire » and the reason, asked first.
import { useId, useState } from 'react';

export function EscalationReason({ onContinue, onCancel }: { onContinue: (reason: string) => void; onCancel: () => void }) {
  const id = useId();
  const [reason, setReason] = useState('');
  const [empty, setEmpty] = useState(false);
  return (
    <form
      className="ag-alert ag-alert--warning"
      aria-labelledby={`${id}-t`}
      data-testid="escalation-reason"
      onSubmit={(e) => {
        e.preventDefault();
        if (!reason.trim()) {
          setEmpty(true);
          return;
        }
        onContinue(reason.trim());
      }}
    >
      <p id={`${id}-t`}>
        <strong>Escalader seulement si nécessaire</strong>
      </p>
      <p>
        Cette demande est de niveau 1 : elle se traite d’ordinaire localement, avec la réponse type et la base de connaissances. Pourquoi
        l’escalader à l’assistance nationale ?
      </p>
      <div className="ag-field">
        <label className="ag-label" htmlFor={`${id}-reason`}>Raison de l’escalade</label>
        <textarea
          id={`${id}-reason`}
          className="ag-textarea"
          rows={3}
          value={reason}
          aria-invalid={empty || undefined}
          aria-describedby={empty ? `${id}-err` : undefined}
          onChange={(e) => {
            setReason(e.target.value);
            setEmpty(false);
          }}
        />
        {empty && <p id={`${id}-err`} className="ag-error-text" role="alert">Indiquez la raison avant de continuer.</p>}
      </div>
      <div className="ag-actions">
        <button type="submit" className="ag-btn">Continuer l’escalade</button>
        <button type="button" className="ag-btn ag-btn--tertiary" onClick={onCancel}>Ne pas escalader</button>
      </div>
    </form>
  );
}
