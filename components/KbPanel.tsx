// KB links of the chosen sous-motif and a fuzzy search across the whole KB catalogue; unverified links are marked « recherche ».
import { useId, useMemo, useState } from 'react';
import type { KbEntry, Pack } from '@/lib/pack/schema';
import { kbEntriesForRow, searchKb } from '@/lib/templates/catalogue';

export interface KbPanelProps {
  pack: Omit<Pack, 'model'>;
  rowId: string | null;
  /** Optional: called when the référent picks a verified entry as the `{{kb.lien}}` of the réponse type. */
  onChoose?: (entry: KbEntry) => void;
}

function KbLink({ entry, sectionTitle, onChoose }: { entry: KbEntry; sectionTitle: string; onChoose?: (e: KbEntry) => void }) {
  return (
    <li className="ag-kb__item" data-kb-id={entry.id}>
      <a href={entry.url} target="_blank" rel="noopener noreferrer">
        {entry.title}
      </a>{' '}
      <span className="ag-hint">
        {sectionTitle}
        {!entry.verified && (
          <>
            {' · '}
            <span
              className="ag-badge"
              data-testid="kb-unverified"
              title={entry.searchLink
                ? "Lien vers une recherche dans la base de connaissances, en attendant l'adresse de l'article : il n'est jamais mis dans une réponse"
                : "Adresse d'article supposée, pas encore vérifiée : elle n'est jamais mise dans une réponse"}
            >
              recherche
            </span>
          </>
        )}
      </span>
      {onChoose && entry.verified && (
        <>
          {' '}
          <button type="button" className="ag-btn ag-btn--tertiary ag-btn--sm" onClick={() => onChoose(entry)}>
            Utiliser ce lien
          </button>
        </>
      )}
    </li>
  );
}

export function KbPanel({ pack, rowId, onChoose }: KbPanelProps) {
  const id = useId();
  const [query, setQuery] = useState('');
  const sections = useMemo(() => new Map(pack.kb.sections.map((s) => [s.id, s.title])), [pack]);
  const forRow = useMemo(() => kbEntriesForRow(pack, rowId), [pack, rowId]);
  const results = useMemo(() => searchKb(pack, query), [pack, query]);
  const title = (e: KbEntry) => sections.get(e.section) ?? e.section;
  return (
    <section className="ag-section ag-kb" aria-labelledby={`${id}-title`} data-testid="kb-panel">
      <h3 id={`${id}-title`}>Base de connaissances</h3>
      {rowId === null ? (
        <p className="ag-hint">Choisissez un sous-motif pour voir ses articles.</p>
      ) : forRow.length === 0 ? (
        <p className="ag-hint">Aucun article pour ce sous-motif.</p>
      ) : (
        <ul className="ag-kb__list" data-testid="kb-row-links">
          {forRow.map((e) => (
            <KbLink key={e.id} entry={e} sectionTitle={title(e)} {...(onChoose ? { onChoose } : {})} />
          ))}
        </ul>
      )}
      <div className="ag-field" role="search">
        <label className="ag-label" htmlFor={`${id}-q`}>
          Rechercher dans la base de connaissances
        </label>
        <input
          id={`${id}-q`}
          className="ag-input"
          type="search"
          value={query}
          placeholder="ex. mot de passe, doublon, extraction"
          onChange={(e) => setQuery(e.target.value)}
        />
      </div>
      {query.trim().length >= 2 && (
        <div aria-live="polite">
          {results.length === 0 ? (
            <p className="ag-hint">Aucun article trouvé pour « {query.trim()} ».</p>
          ) : (
            <ul className="ag-kb__list" data-testid="kb-search-results">
              {results.map((e) => (
                <KbLink key={e.id} entry={e} sectionTitle={title(e)} {...(onChoose ? { onChoose } : {})} />
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
