// Cascade of selects thématique → motif → sous-motif over the nomenclature (keeps labels that are not in the pack).
import { useId } from 'react';
import type { NomenclatureRow } from '@/lib/pack/schema';

export interface NomenclatureChoice {
  rowId: string;
  niveau: 1 | 2;
  thematique: string;
  motif: string;
  sousMotif: string;
}

export interface NomenclatureSelectProps {
  rows: readonly NomenclatureRow[];
  value: Partial<NomenclatureChoice>;
  onChange: (v: Partial<NomenclatureChoice>) => void;
}

const uniq = (xs: string[]): string[] => [...new Set(xs)];

export function NomenclatureSelect({ rows, value, onChange }: NomenclatureSelectProps) {
  const id = useId();
  const th = value.thematique ?? '';
  const mo = value.motif ?? '';
  const thematiques = uniq([...rows.map((r) => r.thematique), ...(th ? [th] : [])]);
  const motifs = uniq([...rows.filter((r) => r.thematique === th).map((r) => r.motif), ...(mo ? [mo] : [])]);
  const sous = rows.filter((r) => r.thematique === th && r.motif === mo);
  const offPack = value.sousMotif && !sous.some((r) => r.sousMotif === value.sousMotif) ? value.sousMotif : '';
  return (
    <fieldset className="ag-section">
      <legend className="ag-label">Nomenclature</legend>
      <div className="ag-field">
        <label className="ag-label" htmlFor={`${id}-th`}>Thématique</label>
        <select id={`${id}-th`} className="ag-select" value={th} onChange={(e) => onChange({ thematique: e.target.value, motif: undefined, sousMotif: undefined, rowId: '', niveau: value.niveau })}>
          <option value="">— choisir —</option>
          {thematiques.map((t) => <option key={t} value={t}>{t}</option>)}
        </select>
      </div>
      <div className="ag-field">
        <label className="ag-label" htmlFor={`${id}-mo`}>Motif</label>
        <select id={`${id}-mo`} className="ag-select" value={mo} disabled={!th} onChange={(e) => onChange({ thematique: th, motif: e.target.value, sousMotif: undefined, rowId: '', niveau: value.niveau })}>
          <option value="">— choisir —</option>
          {motifs.map((m) => <option key={m} value={m}>{m}</option>)}
        </select>
      </div>
      <div className="ag-field">
        <label className="ag-label" htmlFor={`${id}-sm`}>Sous-motif</label>
        <select
          id={`${id}-sm`}
          className="ag-select"
          value={value.rowId ? value.rowId : offPack ? `off:${offPack}` : ''}
          disabled={!mo}
          onChange={(e) => {
            const r = rows.find((x) => x.id === e.target.value);
            if (r) onChange({ rowId: r.id, niveau: r.niveau, thematique: r.thematique, motif: r.motif, sousMotif: r.sousMotif });
            else if (e.target.value.startsWith('off:')) onChange({ ...value });
            else onChange({ thematique: th, motif: mo, sousMotif: undefined, rowId: '', niveau: value.niveau });
          }}
        >
          <option value="">— choisir —</option>
          {sous.map((r) => <option key={r.id} value={r.id}>{r.sousMotif} (niveau {r.niveau})</option>)}
          {offPack && <option value={`off:${offPack}`}>{offPack} (hors nomenclature)</option>}
        </select>
      </div>
    </fieldset>
  );
}
