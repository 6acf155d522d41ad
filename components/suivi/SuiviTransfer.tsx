// Export (XLSX in the seed's layout, CSV, JSON backup), restore of a backup, and import of an Excel history: a preview
// of each row's mapping and each rejection first, written on « Confirmer l'import ».
import { useId, useState } from 'react';
import type { NomenclatureRow } from '@/lib/pack/schema';
import type { SolicitationRow } from '@/lib/tracking/solicitation';
import type { Period, Scope } from '@/lib/tracking/indicators';
import { buildImportPreview, type ImportPreview } from '@/lib/tracking/import-preview';
import { sousMotifLabel } from '@/lib/tracking/indicators';
import { STATUS_LABELS } from '@/lib/tracking/solicitation';
import { exportCsv } from '@/lib/tracking/csv';
import { exportBackup, importBackup } from '@/lib/tracking/backup';
import { solicitationStore } from '@/lib/tracking/store';
import { localDay, toFrenchDate } from '@/lib/tracking/dates';
import { downloadFile, XLSX_TYPE } from './SuiviDownload';
import { useStoreMutation, type MutationResult } from '../useStoreMutation';
import { errorText } from '../queries';

export interface SuiviTransferProps {
  rows: readonly SolicitationRow[];
  nomenclature: readonly NomenclatureRow[];
  departement: string;
  period: Period;
  periodLabel: string;
  /** The page's scope (survey channels by default): the « Résultats » tab counts the same rows as the page. */
  scope?: Scope;
}

/** Preview lines shown at first (and added by « Afficher plus »): a large file stays quick to show. */
const PREVIEW_PAGE = 100;

const plural = (n: number, one: string, many: string) => `${n} ${n > 1 ? many : one}`;

export function SuiviTransfer({ rows, nomenclature, departement, period, periodLabel, scope }: SuiviTransferProps) {
  const id = useId();
  const addRows = useStoreMutation(solicitationStore.addMany, 'Import impossible');
  const restore = useStoreMutation(solicitationStore.replaceAll, 'Restauration impossible');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);
  const [report, setReport] = useState<(ImportPreview & { file: string; sheet?: string }) | null>(null);
  const [shown, setShown] = useState(PREVIEW_PAGE);
  const [backup, setBackup] = useState<{ rows: SolicitationRow[]; file: string } | null>(null);
  const stamp = localDay(new Date());

  /** Shows a write's outcome: its French error, or, once `done` has run, the success text of its value. */
  const show = <R,>(result: MutationResult<R>, done: () => void, success: (value: R) => string) => {
    if (!result.ok) {
      setMessage({ kind: 'error', text: result.error });
      return;
    }
    done();
    setMessage({ kind: 'success', text: success(result.value) });
  };

  const exportXlsxFile = async () => {
    setBusy(true);
    try {
      const { exportXlsx } = await import('@/lib/tracking/xlsx');
      downloadFile(await exportXlsx(rows, { departement, period, periodLabel, ...(scope ? { scope } : {}) }), `suivi-sollicitations-${stamp}.xlsx`, XLSX_TYPE);
      setMessage({ kind: 'success', text: `Classeur Excel exporté (${rows.length} lignes).` });
    } catch (err) {
      setMessage({ kind: 'error', text: `Export impossible : ${errorText(err)}` });
    } finally {
      setBusy(false);
    }
  };

  const readXlsx = async (file: File) => {
    setBusy(true);
    setMessage(null);
    try {
      const { importXlsx } = await import('@/lib/tracking/xlsx');
      const read = await importXlsx(await file.arrayBuffer(), nomenclature);
      setReport({ ...buildImportPreview(read, rows), file: file.name, sheet: read.sheet });
      setShown(PREVIEW_PAGE);
    } catch (err) {
      setMessage({ kind: 'error', text: `Lecture du fichier impossible : ${errorText(err)}` });
    } finally {
      setBusy(false);
    }
  };

  const readBackup = async (file: File) => {
    setMessage(null);
    const res = importBackup(await file.arrayBuffer());
    if (res.ok) setBackup({ rows: res.rows, file: file.name });
    else {
      setBackup(null);
      setMessage({ kind: 'error', text: `Sauvegarde refusée : ${res.errors.slice(0, 5).join(' ; ')}` });
    }
  };

  return (
    <div>
      {message && (
        <div className={`ag-alert ag-alert--${message.kind}`} role={message.kind === 'error' ? 'alert' : 'status'}>
          {message.text}
        </div>
      )}
      <h3>Exporter</h3>
      <p>
        <button type="button" className="ag-btn" disabled={busy} onClick={() => void exportXlsxFile()}>Exporter en Excel (.xlsx)</button>{' '}
        <button type="button" className="ag-btn ag-btn--secondary" onClick={() => downloadFile(exportCsv(rows), `suivi-sollicitations-${stamp}.csv`, 'text/csv;charset=utf-8')}>
          Exporter en CSV
        </button>{' '}
        <button type="button" className="ag-btn ag-btn--secondary" onClick={() => downloadFile(exportBackup(rows), `sauvegarde-suivi-${stamp}.json`, 'application/json')}>
          Sauvegarder (JSON)
        </button>
      </p>
      <p className="ag-hint">Le classeur suit la présentation du fichier de suivi national : « Page de garde », « Guide d’utilisation », « Historique des appels », « Résultats » ({periodLabel}, téléphone + e-mail comme l’enquête).</p>

      <h3>Importer un historique Excel</h3>
      <div className="ag-field">
        <label className="ag-label" htmlFor={`${id}-xlsx`}>Fichier Excel (.xlsx) avec les colonnes de l’historique des appels</label>
        <input id={`${id}-xlsx`} type="file" accept=".xlsx" onChange={(e) => { const f = e.target.files?.[0]; if (f) void readXlsx(f); e.target.value = ''; }} />
      </div>
      {report && (
        <div className="ag-section" role="region" aria-label="Aperçu de l’import">
          <p data-testid="import-summary">
            <strong>{report.file}</strong>{report.sheet ? ` (onglet « ${report.sheet} »)` : ''} : {plural(report.lines.length, 'ligne valide', 'lignes valides')},{' '}
            {plural(report.rejected.length, 'ligne rejetée', 'lignes rejetées')}
            {report.duplicates > 0 ? `, ${plural(report.duplicates, 'déjà présente dans le suivi (ignorée)', 'déjà présentes dans le suivi (ignorées)')}` : ''}.
            {' '}Rien n’est enregistré avant « Confirmer l’import ».
          </p>
          {report.errors.map((e) => <p key={e} className="ag-alert ag-alert--error" role="alert">{e}</p>)}
          {report.fileNotes.length > 0 && (
            <ul aria-label="Remarques sur le fichier">{report.fileNotes.map((n) => <li key={n}>{n}</li>)}</ul>
          )}
          {report.rejected.length > 0 && (
            <table className="fr-table ag-table">
              <caption>Lignes rejetées</caption>
              <thead><tr><th scope="col">Ligne</th><th scope="col">Raisons</th></tr></thead>
              <tbody>{report.rejected.map((r) => <tr key={r.line}><td>{r.line}</td><td>{r.reasons.join(' ; ')}</td></tr>)}</tbody>
            </table>
          )}
          {report.lines.length > 0 && (
            <table className="fr-table ag-table">
              <caption>Lignes lues</caption>
              <thead>
                <tr>
                  <th scope="col">Ligne</th><th scope="col">Date</th><th scope="col">Durée (min)</th><th scope="col">Niveau</th>
                  <th scope="col">Thématique - motif - sous motif</th><th scope="col">Résolu</th><th scope="col">Escaladé</th><th scope="col">Remarques</th>
                </tr>
              </thead>
              <tbody>
                {report.lines.slice(0, shown).map((l) => (
                  <tr key={l.line} data-testid="import-line">
                    <td>{l.line}</td>
                    <td>{toFrenchDate(l.row.date)}</td>
                    <td>{l.row.durationMinutes}</td>
                    <td>{l.row.niveau}</td>
                    <td>{sousMotifLabel(l.row)}</td>
                    <td>{STATUS_LABELS[l.row.status]}</td>
                    <td>{l.row.escalated ? 'Oui' : 'Non'}</td>
                    <td>{[...(l.duplicate ? ['déjà présente dans le suivi : ignorée'] : []), ...l.notes].join(' ; ')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {report.lines.length > shown && (
            <p>
              <button type="button" className="ag-btn ag-btn--tertiary ag-btn--sm" onClick={() => setShown((n) => n + 5 * PREVIEW_PAGE)}>
                Afficher plus ({report.lines.length - shown} lignes non affichées)
              </button>
            </p>
          )}
          {report.fresh.length > 0 ? (
            <button
              type="button"
              className="ag-btn"
              disabled={busy}
              onClick={async () =>
                show(await addRows.run(report.fresh), () => setReport(null), (n) => `${plural(n, 'sollicitation importée', 'sollicitations importées')}.`)
              }
            >
              Confirmer l’import
            </button>
          ) : (
            report.lines.length > 0 && <p role="status">Aucune ligne nouvelle : le fichier est déjà dans le suivi.</p>
          )}{' '}
          <button type="button" className="ag-btn ag-btn--secondary" onClick={() => setReport(null)}>Annuler</button>
        </div>
      )}

      <h3>Restaurer une sauvegarde</h3>
      <div className="ag-field">
        <label className="ag-label" htmlFor={`${id}-json`}>Sauvegarde JSON du suivi</label>
        <input id={`${id}-json`} type="file" accept=".json,application/json" onChange={(e) => { const f = e.target.files?.[0]; if (f) void readBackup(f); e.target.value = ''; }} />
      </div>
      {backup && (
        <div className="ag-alert ag-alert--warning" role="region" aria-label="Restauration">
          <p>
            Restaurer « {backup.file} » remplacera les {rows.length} sollicitations actuelles par les {backup.rows.length} de la sauvegarde.
          </p>
          <button
            type="button"
            className="ag-btn"
            onClick={async () => show(await restore.run(backup.rows), () => setBackup(null), (n) => `Sauvegarde restaurée : ${n} sollicitations.`)}
          >
            Remplacer par la sauvegarde
          </button>{' '}
          <button type="button" className="ag-btn ag-btn--secondary" onClick={() => setBackup(null)}>Annuler</button>
        </div>
      )}
    </div>
  );
}
