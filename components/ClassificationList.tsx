// The best nomenclature matches, one compact line each (key 1/2/3, niveau, sous-motif, confidence in words); details in the tooltip.
import type { Classification, Suggestion } from '@/lib/classify/types';
import { confidenceLabel } from '@/lib/classify/confidence';
import { niveauLabel } from './NiveauBadge';

export interface ClassificationListProps {
  classification: Classification | undefined;
  loading: boolean;
  error?: string;
  selectedRowId: string | null;
  /** Row id matching the requester's own choice, if the ticket carries one. */
  requesterRowId: string | null;
  onSelect: (s: Suggestion) => void;
  ticketKey: string;
}

export function ClassificationList(props: ClassificationListProps) {
  const { classification, loading, error, selectedRowId, requesterRowId, onSelect, ticketKey } = props;
  if (error) return <div className="ag-alert ag-alert--error" role="alert">{error}</div>;
  if (loading || !classification) return <p className="ag-hint" aria-busy="true">Analyse de la demande…</p>;
  const top = classification.suggestions[0];
  const disagrees = Boolean(requesterRowId && top && top.rowId !== requesterRowId);
  return (
    <section className="ag-section" aria-labelledby="ag-suggestions-title">
      <h2 id="ag-suggestions-title">Qualification proposée</h2>
      {classification.aQualifier && (
        <p className="ag-alert ag-alert--warning" data-testid="a-qualifier">
          À qualifier : aucune ligne de la nomenclature ne correspond clairement. Choisissez-la ci-dessous.
        </p>
      )}
      {disagrees && (
        <p className="ag-alert ag-alert--warning" data-testid="disagreement">
          Le demandeur a choisi une autre qualification que celle proposée : vérifiez.
        </p>
      )}
      <ol className="ag-suggestions" data-testid="suggestions" data-ticket-key={ticketKey}>
        {classification.suggestions.map((s, i) => (
          <li key={s.rowId}>
            <button
              type="button"
              className={`ag-suggestion${selectedRowId === s.rowId ? ' ag-suggestion--selected' : ''}`}
              aria-pressed={selectedRowId === s.rowId}
              aria-keyshortcuts={String(i + 1)}
              data-row-id={s.rowId}
              title={[`${s.thematique} › ${s.motif} › ${s.sousMotif}`, s.matchedTerms.length > 0 ? `Mots reconnus : ${s.matchedTerms.slice(0, 6).join(', ')}` : '']
                .filter(Boolean)
                .join('\n')}
              onClick={() => onSelect(s)}
            >
              <span className="ag-suggestion__key" aria-hidden="true">{i + 1}</span>
              <span className={`ag-badge ag-badge--n${s.niveau}`}>
                <span aria-hidden="true">N{s.niveau}</span>
                <span className="ag-sr-only">{niveauLabel(s.niveau)}</span>
              </span>
              <span className="ag-suggestion__label">{s.sousMotif}</span>
              <span className="ag-hint ag-suggestion__confidence">
                Confiance {confidenceLabel(i === 0 ? classification.confidence : s.score, classification.thresholds)}
              </span>
              {requesterRowId === s.rowId && (
                <span className="ag-badge ag-badge--success ag-suggestion__requester" title="Choix du demandeur">
                  <span aria-hidden="true">✓</span>
                  <span className="ag-sr-only">choix du demandeur</span>
                </span>
              )}
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}
