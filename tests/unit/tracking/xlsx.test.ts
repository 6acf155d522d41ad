// Tests of the XLSX export/import: round trip, seed layout, bad rows reported in French.
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { exportXlsx, importXlsx, SHEET_GUIDE, SHEET_HISTORY, SHEET_RESULTS } from '@/lib/tracking/xlsx';
import { HISTORY_COLUMNS } from '@/lib/tracking/history-row';
import type { SolicitationRow } from '@/lib/tracking/solicitation';
import type { NomenclatureRow } from '@/lib/pack/schema';

const nomenclature: NomenclatureRow[] = [
  { id: 'acces.connexion.mdp', niveau: 1, thematique: 'ACCÈS ET AUTHENTIFICATION', motif: 'Problème de connexion au SI SIAO', sousMotif: 'Réinitialisation mot de passe', exemples: [], vocabulaire: [] },
  { id: 'offre.module.module', niveau: 2, thematique: 'MODULE OFFRE', motif: 'Module offre', sousMotif: 'Module offre', exemples: [], vocabulaire: [] },
];

const sampleRows: SolicitationRow[] = [
  {
    channel: 'telephone', date: '2025-03-26', phone: '0656844329', structure: 'CHU', durationMinutes: 7, niveau: 1,
    rowId: 'acces.connexion.mdp', thematique: 'ACCÈS ET AUTHENTIFICATION', motif: 'Problème de connexion au SI SIAO',
    sousMotif: 'Réinitialisation mot de passe', status: 'oui', escalated: false, note: 'rappel; « urgent »',
  },
  {
    channel: 'ticket', date: '2025-03-27', structure: 'SIAO 75', durationMinutes: 12.5, niveau: 2, rowId: 'offre.module.module',
    thematique: 'MODULE OFFRE', motif: 'Module offre', sousMotif: 'Module offre', status: 'en_cours', escalated: true,
    note: '', ticketKey: 'hubspot:42', ticketUrl: 'https://app.hubspot.com/contacts/1/record/0-5/42', templateId: 'tpl-offre',
  },
];

async function workbook(rows: (string | number | Date | null)[][]): Promise<ArrayBuffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(SHEET_HISTORY);
  ws.addRow([...HISTORY_COLUMNS]);
  for (const r of rows) ws.addRow(r);
  const buf = (await wb.xlsx.writeBuffer()) as unknown as Uint8Array;
  return buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer;
}

describe('exportXlsx', () => {
  it('writes the seed workbook layout', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await exportXlsx(sampleRows, { departement: '75' }));
    expect(wb.worksheets.map((w) => w.name)).toEqual([SHEET_GUIDE, SHEET_HISTORY, SHEET_RESULTS]);
    const header = wb.getWorksheet(SHEET_HISTORY)!.getRow(1).values as unknown[];
    expect(header.slice(1, 11)).toEqual([...HISTORY_COLUMNS]);
    const first = wb.getWorksheet(SHEET_HISTORY)!.getRow(2);
    expect(first.getCell(1).value).toBe('0656844329');
    expect(first.getCell(5).value).toBe('NIVEAU 1');
    expect(first.getCell(2).numFmt).toBe('dd/mm/yyyy');
    const results = wb.getWorksheet(SHEET_RESULTS)!.getRow(5).values as unknown[];
    expect(results.slice(1, 5)).toEqual([2, 9.75, 0.5, 0.5]);
  });

  it('round-trips: export then import gives the same rows', async () => {
    const report = await importXlsx(await exportXlsx(sampleRows, { departement: '75' }), nomenclature);
    expect(report.errors).toEqual([]);
    expect(report.rejected).toEqual([]);
    expect(report.departement).toBe('75');
    expect(report.rows).toEqual(sampleRows);
  });
});

describe('importXlsx', () => {
  it('reports rejected rows with their line and reasons, keeps the good ones', async () => {
    const data = await workbook([
      ['656844329', '26/03/2025', 'CHU', 7, 'NIVEAU 1', 'Accès et authentification', 'Problème de connexion au SI SIAO', 'réinitialisation mot de passe', 'oui', 'non'],
      ['', '31/02/2025', 'CHU', 5, 'NIVEAU 1', 'MODULE OFFRE', 'Module offre', 'Module offre', 'oui', 'non'],
      ['', '01/03/2025', 'CHU', 'dix', 'NIVEAU 3', '', 'Module offre', 'Module offre', 'peut-être', 'non'],
      [null, null, null, null, null, null, null, null, null, null],
      ['', new Date(Date.UTC(2025, 2, 2)), 'CHRS', 3, '', 'Thème inconnu', 'Motif', 'Sous', 'en cours', 'oui'],
      ['', '02/03/2025', 'CHRS', 3, 'NIVEAU 2', 'Thème inconnu', 'Motif', 'Sous', 'en cours', 'oui'],
    ]);
    const report = await importXlsx(data, nomenclature);
    expect(report.rows).toHaveLength(2);
    expect(report.rows[0]).toMatchObject({
      phone: '0656844329', date: '2025-03-26', rowId: 'acces.connexion.mdp', thematique: 'ACCÈS ET AUTHENTIFICATION',
      sousMotif: 'Réinitialisation mot de passe', status: 'oui', escalated: false, channel: 'telephone',
    });
    expect(report.rows[1]).toMatchObject({ date: '2025-03-02', niveau: 2, rowId: '', status: 'en_cours', escalated: true });
    expect(report.rejected.map((r) => r.line)).toEqual([3, 4, 6]);
    expect(report.rejected[0]!.reasons).toEqual(['date « 31/02/2025 » invalide (attendu jj/mm/aaaa)']);
    expect(report.rejected[1]!.reasons).toEqual([
      'durée « dix » invalide (nombre de minutes attendu)',
      'thématique manquante',
      'niveau « NIVEAU 3 » invalide (NIVEAU 1 ou NIVEAU 2 attendu)',
      '« Problème résolu ? » : « peut-être » invalide (oui, non ou en cours)',
    ]);
    expect(report.rejected[2]!.reasons).toEqual(['niveau manquant']);
    expect(report.warnings.some((w) => w.line === 7 && w.message.includes('absent de la nomenclature'))).toBe(true);
  });

  it('refuses a file that is not a workbook or has no history columns', async () => {
    const bad = await importXlsx(new TextEncoder().encode('bonjour').buffer as ArrayBuffer);
    expect(bad.errors[0]).toMatch(/n'est pas un classeur/);
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Feuil1').addRow(['a', 'b']);
    const buf = (await wb.xlsx.writeBuffer()) as unknown as Uint8Array;
    const none = await importXlsx(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer);
    expect(none.errors[0]).toMatch(/Aucune feuille/);
  });
});
