// National consolidation: several departmental Excel exports → the survey's indicators per département and in total, and the dashboard file (aggregates only).
import { useId, useMemo, useState } from 'react';
import type { NomenclatureRow } from '@/lib/pack/schema';
import type { Period } from '@/lib/tracking/indicators';
import { percent, roundUp, surveyText } from '@/lib/tracking/indicators';
import { consolidate, consolidationCsv, toConsolidationRow, type DepartementRows } from '@/lib/tracking/consolidation';
import { downloadFile } from './SuiviDownload';
import { IndicatorsPanel } from './IndicatorsPanel';

interface Loaded extends DepartementRows {
  file: string;
  rejected: number;
}

export function SuiviConsolidation({ nomenclature, period, periodLabel }: { nomenclature: readonly NomenclatureRow[]; period: Period; periodLabel: string }) {
  const id = useId();
  const [files, setFiles] = useState<Loaded[]>([]);
  const [errors, setErrors] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const result = useMemo(() => (files.length ? consolidate(files, period) : null), [files, period]);

  const load = async (list: FileList) => {
    setBusy(true);
    const { importXlsx } = await import('@/lib/tracking/xlsx');
    const next: Loaded[] = [];
    const errs: string[] = [];
    for (const f of Array.from(list)) {
      const rep = await importXlsx(await f.arrayBuffer(), nomenclature);
      if (rep.errors.length) errs.push(`${f.name} : ${rep.errors.join(' ')}`);
      else next.push({ file: f.name, departement: rep.departement || f.name.replace(/\.xlsx$/i, ''), rows: rep.rows.map(toConsolidationRow), rejected: rep.rejected.length });
    }
    setFiles((old) => [...old, ...next]);
    setErrors(errs);
    setBusy(false);
  };

  return (
    <div>
      <div className="ag-field">
        <label className="ag-label" htmlFor={`${id}-files`}>Exports départementaux (.xlsx, plusieurs fichiers possibles)</label>
        <span className="ag-hint">Le département est lu dans la feuille « Page de garde » (ou « Guide d’utilisation »), à défaut dans le nom du fichier. Comme l’enquête, la consolidation compte le téléphone et l’e-mail ; les numéros de téléphone, structures et notes des fichiers ne sont pas conservés.</span>
        <input id={`${id}-files`} type="file" accept=".xlsx" multiple disabled={busy} onChange={(e) => { if (e.target.files?.length) void load(e.target.files); e.target.value = ''; }} />
      </div>
      {errors.map((e) => <p key={e} className="ag-alert ag-alert--error" role="alert">{e}</p>)}
      {files.length > 0 && (
        <>
          <ul>
            {files.map((f, i) => (
              <li key={`${f.file}-${i}`}>
                {f.file} — département {f.departement} : {f.rows.length} lignes{f.rejected ? `, ${f.rejected} rejetées` : ''}
              </li>
            ))}
          </ul>
          <button type="button" className="ag-btn ag-btn--secondary" onClick={() => setFiles([])}>Vider la consolidation</button>
        </>
      )}
      {result && (
        <>
          <table className="fr-table ag-table">
            <caption>Indicateurs par département — {periodLabel}</caption>
            <thead>
              <tr>
                <th scope="col">Département</th>
                <th scope="col">Sollicitations</th>
                <th scope="col">Durée moyenne (min, arrondie au supérieur)</th>
                <th scope="col">Taux de résolution</th>
                <th scope="col">Taux d’escalade</th>
                <th scope="col">Sous-motif le plus sollicité</th>
              </tr>
            </thead>
            <tbody>
              {[...result.byDepartement, { departement: 'Total', indicators: result.total }].map(({ departement, indicators }) => (
                <tr key={departement}>
                  <th scope="row">{departement}</th>
                  <td>{indicators.count}</td>
                  <td>{roundUp(indicators.meanDurationMinutes)}</td>
                  <td>{percent(indicators.resolutionRate)} %</td>
                  <td>{percent(indicators.escalationRate)} %</td>
                  <td>{indicators.top[0] ? `${indicators.top[0].sousMotif} (${indicators.top[0].count})` : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p>
            <button
              type="button"
              className="ag-btn ag-btn--secondary"
              onClick={() => downloadFile(consolidationCsv(result), `tableau-de-bord-national-${period && 'from' in period ? (period.from ?? '').slice(0, 7) : 'periode'}.csv`, 'text/csv;charset=utf-8')}
            >
              Télécharger le tableau de bord national (.csv)
            </button>
          </p>
          <h3>Total national</h3>
          <IndicatorsPanel indicators={result.total} caption={`total national, ${periodLabel}`} />
          <details>
            <summary>Bloc d’enquête du total national</summary>
            <pre>{surveyText(result.total)}</pre>
          </details>
        </>
      )}
    </div>
  );
}
