// Manual requalification: type-to-filter over the nomenclature, or thématique → motif → sous-motif selects; keyboard only is enough.
import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import type { NomenclatureRow } from '@/lib/pack/schema';
import { filterRows } from '@/lib/sidebar/row-filter';
import { NomenclatureSelect, type NomenclatureChoice } from './NomenclatureSelect';

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
  // A partial choice while the référent walks the selects; the selected row otherwise.
  const [partial, setCascade] = useState<Partial<NomenclatureChoice> | null>(null);
  const matches = useMemo(() => filterRows(rows, query), [rows, query]);
  const cascade: Partial<NomenclatureChoice> =
    partial ?? (selected ? { rowId: selected.id, niveau: selected.niveau, thematique: selected.thematique, motif: selected.motif, sousMotif: selected.sousMotif } : {});

  const choose = (row: NomenclatureRow) => {
    setQuery('');
    setCascade(null);
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
      <NomenclatureSelect
        rows={rows}
        value={cascade}
        onChange={(c) => {
          const row = c.rowId ? rows.find((r) => r.id === c.rowId) : undefined;
          if (row) choose(row);
          else setCascade(c);
        }}
      />
    </section>
  );
}
