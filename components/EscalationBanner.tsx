// Banner shown over the national support form: what Aiguilleur filled, what to check, what is missing. Never submits.
export interface EscalationBannerProps {
  status: 'filling' | 'done' | 'error';
  filled?: string[];
  missing?: string[];
  /** One French sentence per missing field (why it could not be filled). */
  details?: string[];
  error?: string;
  onClose?: () => void;
}

export function EscalationBanner({ status, filled = [], missing = [], details = [], error, onClose }: EscalationBannerProps) {
  const tone = status === 'error' ? 'ag-alert--error' : status === 'done' && missing.length === 0 ? 'ag-alert--success' : '';
  return (
    <div className="ag-root ag-escalation-banner" role="status" aria-live="polite">
      <div className={`ag-alert ${tone}`} data-status={status}>
        <p>
          <strong>Aiguilleur — escalade au national</strong>
        </p>
        {status === 'filling' && <p>Remplissage du formulaire en cours…</p>}
        {status === 'error' && <p>{error ?? 'Le formulaire n’a pas pu être rempli.'}</p>}
        {status === 'done' && (
          <>
            <p data-testid="escalation-filled">
              {filled.length} champ{filled.length > 1 ? 's' : ''} rempli{filled.length > 1 ? 's' : ''} (surlignés en vert) :{' '}
              {filled.join(' ; ') || 'aucun'}.
            </p>
            {missing.length > 0 ? (
              <div data-testid="escalation-missing">
                <p>À compléter vous-même (surlignés en orange quand ils sont visibles) :</p>
                <ul>
                  {missing.map((m, i) => (
                    <li key={m} title={details[i] ?? ''}>
                      {details[i] ?? m}
                    </li>
                  ))}
                </ul>
              </div>
            ) : (
              <p>Tous les champs attendus sont remplis.</p>
            )}
            <p>
              Vérifiez chaque champ puis cliquez vous-même sur <strong>Soumettre</strong> : Aiguilleur n’envoie jamais le
              formulaire.
            </p>
          </>
        )}
        {onClose && (
          <button type="button" className="ag-btn ag-btn--secondary ag-btn--sm" onClick={onClose}>
            Fermer
          </button>
        )}
      </div>
    </div>
  );
}
