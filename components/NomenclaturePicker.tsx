// Manual requalification: type-to-filter over the nomenclature, or thématique → motif → sous-motif selects; keyboard only is enough.
import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import type { NomenclatureRow } from '@/lib/pack/schema';
import { distinct, filterRows } from '@/lib/sidebar/row-filter';

export interface NomenclaturePickerProps {
  rows: readonly NomenclatureRow[];
  selectedRowId: string | null;
  onPick: (row: NomenclatureRow) => void;
}

export function NomenclaturePicker({ rows, selectedRowId, onPick }: NomenclaturePickerProps) {
  const id = useId();
  const selected = rows.find((r) => r.id === selectedRowId) ?? null;
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [thematique, setThematique] = useState<string>(selected?.thematique ?? '');
  const [motif, setMotif] = useState<string>(selected?.motif ?? '');
  const matches = useMemo(() => filterRows(rows, query), [rows, query]);
  const thematiques = useMemo(() => distinct(rows.map((r) => r.thematique)), [rows]);
  const th = thematique || selected?.thematique || '';
  const motifs = useMemo(() => distinct(rows.filter((r) => r.thematique === th).map((r) => r.motif)), [rows, th]);
  const mo = motif || (selected?.thematique === th ? selected.motif : '') || '';
  const sousMotifs = rows.filter((r) => r.thematique === th && r.motif === mo);

  const choose = (row: NomenclatureRow) => {
    setQuery('');
    setThematique(row.thematique);
    setMotif(row.motif);
    onPick(row);
  };

  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setActive((a) => Math.min(a + 1, matches.length - 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((a) => Math.max(a - 1, 0));
    } else if (e.key === 'Enter' && matches[active]) {
      e.preventDefault();
      choose(matches[active]);
    } else if (e.key === 'Escape') {
      setQuery('');
    }
  };

  return (
    <section className="ag-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Requalifier</h2>
      <div className="ag-field ag-combobox">
        <label className="ag-label" htmlFor={`${id}-q`}>Rechercher dans la nomenclature</label>
        <input
          id={`${id}-q`}
          className="ag-input"
          role="combobox"
          aria-expanded={matches.length > 0}
          aria-controls={`${id}-list`}
          aria-autocomplete="list"
          aria-activedescendant={matches[active] ? `${id}-opt-${active}` : undefined}
          value={query}
          placeholder="ex. mot de passe, doublon, extraction"
          onChange={(e) => {
            setQuery(e.target.value);
            setActive(0);
          }}
          onKeyDown={onKey}
        />
        {matches.length > 0 && (
          <ul id={`${id}-list`} role="listbox" className="ag-listbox" aria-label="Lignes correspondantes">
            {matches.map((r, i) => (
              <li
                key={r.id}
                id={`${id}-opt-${i}`}
                role="option"
                aria-selected={i === active}
                className={i === active ? 'ag-option ag-option--active' : 'ag-option'}
                onMouseDown={(e) => {
                  e.preventDefault();
                  choose(r);
                }}
              >
                <strong>{r.sousMotif}</strong> <span className="ag-hint">{r.thematique} › {r.motif} · N{r.niveau}</span>
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className="ag-field">
        <label className="ag-label" htmlFor={`${id}-th`}>Thématique</label>
        <select
          id={`${id}-th`}
          className="ag-select"
          value={th}
          onChange={(e) => {
            setThematique(e.target.value);
            setMotif('');
          }}
        >
          <option value="">— Choisir —</option>
          {thematiques.map((t) => <option key={t} value={t}>{t}</option>)}
        </select>
      </div>
      <div className="ag-field">
        <label className="ag-label" htmlFor={`${id}-mo`}>Motif</label>
        <select id={`${id}-mo`} className="ag-select" value={mo} disabled={!th} onChange={(e) => setMotif(e.target.value)}>
          <option value="">— Choisir —</option>
          {motifs.map((m) => <option key={m} value={m}>{m}</option>)}
        </select>
      </div>
      <div className="ag-field">
        <label className="ag-label" htmlFor={`${id}-sm`}>Sous-motif</label>
        <select
          id={`${id}-sm`}
          className="ag-select"
          value={selected && selected.thematique === th && selected.motif === mo ? selected.id : ''}
          disabled={!mo}
          onChange={(e) => {
            const row = rows.find((r) => r.id === e.target.value);
            if (row) choose(row);
          }}
        >
          <option value="">— Choisir —</option>
          {sousMotifs.map((r) => <option key={r.id} value={r.id}>{r.sousMotif} (niveau {r.niveau})</option>)}
        </select>
      </div>
    </section>
  );
}
