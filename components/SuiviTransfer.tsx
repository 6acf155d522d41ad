// Export (XLSX in the seed's layout, CSV, JSON backup), restore of a backup, and import of an Excel history with its report.
import { useId, useState } from 'react';
import type { NomenclatureRow } from '@/lib/pack/schema';
import { db } from '@/lib/db';
import type { SolicitationRow } from '@/lib/tracking/solicitation';
import type { Period } from '@/lib/tracking/indicators';
import type { ImportReport } from '@/lib/tracking/history-row';
import { exportCsv } from '@/lib/tracking/csv';
import { exportBackup, importBackup } from '@/lib/tracking/backup';
import { addMany, replaceAll } from '@/lib/tracking/store';
import { localDay } from '@/lib/tracking/dates';
import { downloadFile, XLSX_TYPE } from './SuiviDownload';
import { useInvalidateRows } from './SuiviStore';

export interface SuiviTransferProps {
  rows: readonly SolicitationRow[];
  nomenclature: readonly NomenclatureRow[];
  departement: string;
  period: Period;
  periodLabel: string;
}

export function SuiviTransfer({ rows, nomenclature, departement, period, periodLabel }: SuiviTransferProps) {
  const id = useId();
  const invalidate = useInvalidateRows();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);
  const [report, setReport] = useState<(ImportReport & { file: string }) | null>(null);
  const [backup, setBackup] = useState<{ rows: SolicitationRow[]; file: string } | null>(null);
  const stamp = localDay(new Date());

  const exportXlsxFile = async () => {
    setBusy(true);
    try {
      const { exportXlsx } = await import('@/lib/tracking/xlsx');
      downloadFile(await exportXlsx(rows, { departement, period, periodLabel }), `suivi-sollicitations-${stamp}.xlsx`, XLSX_TYPE);
      setMessage({ kind: 'success', text: `Classeur Excel exporté (${rows.length} lignes).` });
    } catch (err) {
      setMessage({ kind: 'error', text: `Export impossible : ${err instanceof Error ? err.message : String(err)}` });
    } finally {
      setBusy(false);
    }
  };

  const readXlsx = async (file: File) => {
    setBusy(true);
    setMessage(null);
    try {
      const { importXlsx } = await import('@/lib/tracking/xlsx');
      setReport({ ...(await importXlsx(await file.arrayBuffer(), nomenclature)), file: file.name });
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
      <p className="ag-hint">Le classeur suit la présentation du fichier de suivi national : « Guide d’utilisation », « Historique d’appels », « Résultats » ({periodLabel}).</p>

      <h3>Importer un historique Excel</h3>
      <div className="ag-field">
        <label className="ag-label" htmlFor={`${id}-xlsx`}>Fichier Excel (.xlsx) avec les colonnes de l’historique d’appels</label>
        <input id={`${id}-xlsx`} type="file" accept=".xlsx" onChange={(e) => { const f = e.target.files?.[0]; if (f) void readXlsx(f); e.target.value = ''; }} />
      </div>
      {report && (
        <div className="ag-section" role="region" aria-label="Rapport d’import">
          <p>
            <strong>{report.file}</strong> : {report.rows.length} ligne{report.rows.length > 1 ? 's' : ''} valide{report.rows.length > 1 ? 's' : ''},{' '}
            {report.rejected.length} ligne{report.rejected.length > 1 ? 's' : ''} rejetée{report.rejected.length > 1 ? 's' : ''}.
          </p>
          {report.errors.map((e) => <p key={e} className="ag-alert ag-alert--error" role="alert">{e}</p>)}
          {report.rejected.length > 0 && (
            <table className="fr-table ag-table">
              <caption>Lignes rejetées</caption>
              <thead><tr><th scope="col">Ligne</th><th scope="col">Raisons</th></tr></thead>
              <tbody>{report.rejected.map((r) => <tr key={r.line}><td>{r.line}</td><td>{r.reasons.join(' ; ')}</td></tr>)}</tbody>
            </table>
          )}
          {report.warnings.length > 0 && (
            <details>
              <summary>{report.warnings.length} remarque{report.warnings.length > 1 ? 's' : ''}</summary>
              <ul>{report.warnings.map((w, i) => <li key={i}>Ligne {w.line} : {w.message}</li>)}</ul>
            </details>
          )}
          {report.rows.length > 0 && (
            <button
              type="button"
              className="ag-btn"
              onClick={async () => {
                const n = await addMany(db(), report.rows);
                await invalidate();
                setReport(null);
                setMessage({ kind: 'success', text: `${n} sollicitation${n > 1 ? 's' : ''} importée${n > 1 ? 's' : ''}.` });
              }}
            >
              Ajouter les {report.rows.length} lignes valides au suivi
            </button>
          )}{' '}
          <button type="button" className="ag-btn ag-btn--secondary" onClick={() => setReport(null)}>Fermer</button>
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
            onClick={async () => {
              const n = await replaceAll(db(), backup.rows);
              await invalidate();
              setBackup(null);
              setMessage({ kind: 'success', text: `Sauvegarde restaurée : ${n} sollicitations.` });
            }}
          >
            Remplacer par la sauvegarde
          </button>{' '}
          <button type="button" className="ag-btn ag-btn--secondary" onClick={() => setBackup(null)}>Annuler</button>
        </div>
      )}
    </div>
  );
}
