// History table of the Suivi page: filters (period, niveau, thématique, status), masked numbers, edit and delete.
import { useId, useMemo, useState } from 'react';
import type { NomenclatureRow } from '@/lib/pack/schema';
import { CHANNEL_LABELS, STATUS_LABELS, statusSchema, type SolicitationRow } from '@/lib/tracking/solicitation';
import { filterRows, sortPendingFirst, ticketNumber, type HistoryFilter } from '@/lib/tracking/filters';
import { maskPhone } from '@/lib/tracking/mask';
import { toFrenchDate } from '@/lib/tracking/dates';
import { solicitationStore } from '@/lib/tracking/store';
import { SuiviEntryForm } from '../SuiviEntryForm';
import { useStoreMutation } from '../useStoreMutation';

const PAGE = 200;

export function SuiviHistory({ rows, nomenclature }: { rows: readonly SolicitationRow[]; nomenclature: readonly NomenclatureRow[] }) {
  const id = useId();
  const update = useStoreMutation(solicitationStore.update, 'Modification impossible');
  const remove = useStoreMutation(solicitationStore.remove, 'Suppression impossible');
  const [filter, setFilter] = useState<HistoryFilter>({});
  const [limit, setLimit] = useState(PAGE);
  const [editing, setEditing] = useState<number | null>(null);
  const [deleting, setDeleting] = useState<number | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const thematiques = useMemo(() => [...new Set([...nomenclature.map((r) => r.thematique), ...rows.map((r) => r.thematique)])].sort((a, b) => a.localeCompare(b, 'fr')), [nomenclature, rows]);
  const shown = useMemo(() => sortPendingFirst(filterRows(rows, filter)), [rows, filter]);
  const editRow = rows.find((r) => r.id === editing);
  const set = (patch: Partial<HistoryFilter>) => {
    setFilter((f) => ({ ...f, ...patch }));
    setLimit(PAGE);
  };

  return (
    <div>
      <form className="ag-filters" aria-label="Filtrer l’historique" onSubmit={(e) => e.preventDefault()}>
        <div className="ag-field">
          <label className="ag-label" htmlFor={`${id}-from`}>Du</label>
          <input id={`${id}-from`} type="date" className="ag-input" value={filter.from ?? ''} onChange={(e) => set({ from: e.target.value || undefined })} />
        </div>
        <div className="ag-field">
          <label className="ag-label" htmlFor={`${id}-to`}>Au (inclus)</label>
          <input id={`${id}-to`} type="date" className="ag-input" value={filter.toInclusive ?? ''} onChange={(e) => set({ toInclusive: e.target.value || undefined })} />
        </div>
        <div className="ag-field">
          <label className="ag-label" htmlFor={`${id}-niveau`}>Niveau</label>
          <select id={`${id}-niveau`} className="ag-select" value={filter.niveau ?? ''} onChange={(e) => set({ niveau: e.target.value ? (Number(e.target.value) as 1 | 2) : undefined })}>
            <option value="">Tous</option>
            <option value="1">Niveau 1</option>
            <option value="2">Niveau 2</option>
          </select>
        </div>
        <div className="ag-field">
          <label className="ag-label" htmlFor={`${id}-th`}>Thématique</label>
          <select id={`${id}-th`} className="ag-select" value={filter.thematique ?? ''} onChange={(e) => set({ thematique: e.target.value || undefined })}>
            <option value="">Toutes</option>
            {thematiques.map((t) => <option key={t} value={t}>{t}</option>)}
          </select>
        </div>
        <div className="ag-field">
          <label className="ag-label" htmlFor={`${id}-status`}>Problème résolu ?</label>
          <select id={`${id}-status`} className="ag-select" value={filter.status ?? ''} onChange={(e) => set({ status: e.target.value ? statusSchema.parse(e.target.value) : undefined })}>
            <option value="">Tous</option>
            {statusSchema.options.map((s) => <option key={s} value={s}>{STATUS_LABELS[s]}</option>)}
          </select>
        </div>
      </form>
      <p role="status">{shown.length} sollicitation{shown.length > 1 ? 's' : ''} affichée{shown.length > 1 ? 's' : ''} sur {rows.length}.</p>
      {message && <div className="ag-alert ag-alert--success" role="status">{message}</div>}
      {remove.error && <div className="ag-alert ag-alert--error" role="alert">{remove.error}</div>}

      {editRow && (
        <div className="ag-section">
          <h3>Modifier la sollicitation du {toFrenchDate(editRow.date)}</h3>
          <SuiviEntryForm
            key={editRow.id}
            label="Modifier la sollicitation"
            nomenclature={nomenclature}
            initial={editRow}
            submitLabel="Enregistrer les modifications"
            onSubmit={async (input) => {
              const saved = await update.run(editRow.id!, input);
              if (!saved.ok) throw new Error(saved.error);
              setEditing(null);
              setMessage('Sollicitation modifiée.');
            }}
            onCancel={() => setEditing(null)}
          />
        </div>
      )}

      <div className="fr-table ag-table-wrap">
        <table className="ag-table" aria-label="Historique des sollicitations">
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Canal</th>
              <th scope="col">Téléphone</th>
              <th scope="col">Structure</th>
              <th scope="col">Durée (min)</th>
              <th scope="col">Niveau</th>
              <th scope="col">Thématique - motif - sous motif</th>
              <th scope="col">Résolu ?</th>
              <th scope="col">Escaladé ?</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {shown.length === 0 && (
              <tr><td colSpan={10}>Aucune sollicitation.</td></tr>
            )}
            {shown.slice(0, limit).map((r) => (
              <tr key={r.id} data-testid="history-row">
                <td>{toFrenchDate(r.date)}</td>
                <td>{CHANNEL_LABELS[r.channel]}{r.ticketUrl ? <> · <a href={r.ticketUrl} target="_blank" rel="noreferrer">{ticketNumber(r) ? `ticket n° ${ticketNumber(r)}` : 'ticket'}</a></> : null}</td>
                <td>{maskPhone(r.phone)}</td>
                <td>{r.structure}</td>
                <td>{r.durationMinutes}</td>
                <td>{r.niveau}</td>
                <td>{r.thematique} - {r.motif} - {r.sousMotif}{r.note ? <span className="ag-hint"> — {r.note}</span> : null}</td>
                <td>{STATUS_LABELS[r.status]}</td>
                <td>{r.escalated ? 'Oui' : 'Non'}</td>
                <td>
                  <button type="button" className="ag-btn ag-btn--tertiary ag-btn--sm" onClick={() => { setEditing(r.id!); setMessage(null); }}>
                    Modifier<span className="fr-sr-only"> la sollicitation du {toFrenchDate(r.date)}</span>
                  </button>{' '}
                  {deleting === r.id ? (
                    <button
                      type="button"
                      className="ag-btn ag-btn--sm"
                      onClick={async () => {
                        const gone = await remove.run(r.id!);
                        setMessage(gone.ok ? 'Sollicitation supprimée.' : null);
                        if (gone.ok) setDeleting(null);
                      }}
                    >
                      Confirmer la suppression
                    </button>
                  ) : (
                    <button type="button" className="ag-btn ag-btn--secondary ag-btn--sm" onClick={() => setDeleting(r.id!)}>
                      Supprimer<span className="fr-sr-only"> la sollicitation du {toFrenchDate(r.date)}</span>
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {shown.length > limit && (
        <button type="button" className="ag-btn ag-btn--secondary" onClick={() => setLimit((l) => l + PAGE)}>
          Afficher {Math.min(PAGE, shown.length - limit)} lignes de plus
        </button>
      )}
    </div>
  );
}
