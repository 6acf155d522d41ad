// Tests of the XLSX export/import: the seed's four tabs, round trip, seed-shaped workbooks read whole, bad rows in French.
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import bundled from '@/assets/packs/sisiao.fr.json';
import { packSchema } from '@/lib/pack/schema';
import { exportXlsx, importXlsx, SHEETS, SHEET_HISTORY, SHEET_RESULTS } from '@/lib/tracking/xlsx';
import { HISTORY_COLUMNS } from '@/lib/tracking/history-row';
import type { SolicitationRow } from '@/lib/tracking/solicitation';
import { SEED_EXAMPLE_ROW, SEED_HEADERS, seedRows, seedWorkbook } from './seed-workbook';

const nomenclature = packSchema.parse(bundled).nomenclature;
const mdp = nomenclature.find((r) => r.sousMotif === 'Réinitialisation mot de passe')!;
const offre = nomenclature.find((r) => r.sousMotif === 'Module offre')!;
const insertion = nomenclature.find((r) => r.thematique === 'ASSISTANCE TECHNIQUE' && r.sousMotif === "Demande d'insertion")!;

const sampleRows: SolicitationRow[] = [
  {
    channel: 'telephone', date: '2025-03-26', phone: '0656844329', structure: 'CHU', durationMinutes: 7, niveau: 1,
    rowId: mdp.id, thematique: mdp.thematique, motif: mdp.motif, sousMotif: mdp.sousMotif, status: 'oui', escalated: false,
    note: 'rappel; « urgent »',
  },
  {
    channel: 'ticket', date: '2025-03-27', structure: 'SIAO 75', durationMinutes: 12.5, niveau: 2, rowId: offre.id,
    thematique: offre.thematique, motif: offre.motif, sousMotif: offre.sousMotif, status: 'en_cours', escalated: true,
    note: '', ticketKey: 'hubspot:42', ticketUrl: 'https://app.hubspot.com/contacts/1/record/0-5/42', templateId: 'tpl-offre',
  },
  {
    channel: 'email', date: '2025-03-28', structure: 'CHRS', durationMinutes: 3, niveau: 2, rowId: offre.id,
    thematique: offre.thematique, motif: offre.motif, sousMotif: offre.sousMotif, status: 'non', escalated: false, note: '',
  },
];

/** A sheet's rows as arrays of cell values (1-based columns dropped). */
function values(ws: ExcelJS.Worksheet): unknown[][] {
  const out: unknown[][] = [];
  ws.eachRow({ includeEmpty: true }, (row) => out.push((row.values as unknown[]).slice(1)));
  return out;
}

describe('exportXlsx', () => {
  it('writes the seed workbook: four tabs, the history columns, « Problème résolu ? » oui / non', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await exportXlsx(sampleRows, { departement: '75' }));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Page de garde', "Guide d'utilisation", 'Historique des appels', 'Résultats']);
    expect(SHEETS).toEqual(wb.worksheets.map((w) => w.name));
    const hist = wb.getWorksheet(SHEET_HISTORY)!;
    expect((hist.getRow(1).values as unknown[]).slice(1, 11)).toEqual([...HISTORY_COLUMNS]);
    expect(hist.getRow(2).getCell(1).value).toBe('0656844329');
    expect(hist.getRow(2).getCell(2).numFmt).toBe('dd/mm/yyyy');
    expect(hist.getRow(2).getCell(5).value).toBe('NIVEAU 1');
    expect([2, 3, 4].map((r) => hist.getRow(r).getCell(9).value)).toEqual(['oui', 'non', 'non']);
    expect(hist.getRow(3).getCell(11).value).toBe('en cours');
  });

  it('« Résultats » holds the general table and the top-5 table with per-sous-motif rates (survey channels)', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await exportXlsx(sampleRows));
    const rows = values(wb.getWorksheet(SHEET_RESULTS)!);
    const general = rows.findIndex((r) => r[0] === 'Nombre de sollicitations');
    // The ticket is out of the survey's scope: the phone call and the e-mail remain.
    expect(rows[general + 1]).toEqual([2, 5, 0.5, 0]);
    const top = rows.findIndex((r) => r[0] === 'Rang');
    expect(rows[top]).toEqual(['Rang', 'Thématique - motif - sous motif', 'Nombre de sollicitations reçues', 'Durée moyenne de traitement par sollicitation', 'Taux de résolution', "Taux d'escalade"]);
    expect(rows.slice(top + 1, top + 3)).toEqual([
      [1, `${mdp.thematique} - ${mdp.motif} - ${mdp.sousMotif}`, 1, 7, 1, 0],
      [2, `${offre.thematique} - ${offre.motif} - ${offre.sousMotif}`, 1, 3, 0, 0],
    ]);
    const motifs = rows.findIndex((r) => r[0] === 'Niveau');
    expect(rows[motifs]!.slice(6)).toEqual(['Taux de résolution', "Taux d'escalade"]);
    expect(rows.some((r) => r[0] === '1.3. Taux de résolution (en %) : 100')).toBe(true);
    // « Tout » on demand.
    const all = new ExcelJS.Workbook();
    await all.xlsx.load(await exportXlsx(sampleRows, { scope: {} }));
    const allRows = values(all.getWorksheet(SHEET_RESULTS)!);
    expect(allRows[allRows.findIndex((r) => r[0] === 'Nombre de sollicitations') + 1]).toEqual([3, 22.5 / 3, 1 / 3, 1 / 3]);
  });

  it('round-trips: export then import gives the same rows', async () => {
    const report = await importXlsx(await exportXlsx(sampleRows, { departement: '75' }), nomenclature);
    expect(report.errors).toEqual([]);
    expect(report.rejected).toEqual([]);
    expect(report.warnings).toEqual([]);
    expect(report.departement).toBe('75');
    expect(report.sheet).toBe('Historique des appels');
    expect(report.rows).toEqual(sampleRows);
  });
});

describe('importXlsx: seed-shaped workbooks', () => {
  it('reads the seed example row: no Niveau column, the seed spelling, capitals without accents', async () => {
    const report = await importXlsx(await seedWorkbook({ rows: [SEED_EXAMPLE_ROW], departement: '93' }), nomenclature);
    expect(report.errors).toEqual([]);
    expect(report.rejected).toEqual([]);
    expect(report.rows).toEqual([{
      channel: 'telephone', date: '2025-03-26', phone: '0656844329', structure: 'CHU', durationMinutes: 7, niveau: 1, rowId: mdp.id,
      thematique: 'ACCÈS ET AUTHENTIFICATION', motif: 'Problème de connexion au SI SIAO', sousMotif: 'Réinitialisation mot de passe',
      status: 'oui', escalated: false, note: '',
    }]);
    expect(report.departement).toBe('93');
    const messages = report.warnings.map((w) => `${w.line}: ${w.message}`);
    expect(messages).toContain('1: pas de colonne Niveau : niveau pris dans la nomenclature');
    expect(messages).toContain('2: sous-motif « Réinitialisation du mot de passe » lu comme « Réinitialisation mot de passe » (libellé approché de la nomenclature)');
    // Capitals without accents are an exact match, not a fuzzy one.
    expect(messages.some((m) => m.includes('thématique'))).toBe(false);
  });

  it.each([
    ['the seed header', SEED_HEADERS],
    ['the mode d’emploi words', ['Numéro de téléphone', 'Date', 'Structure', "Durée de l'appel (en minutes)", 'Thématique', 'Motif de sollicitation', 'Sous motif de sollicitation', 'Problème résolu : oui / non', 'Escaladé au national : oui / non']],
    ['the nomenclature words, in capitals', ['TELEPHONE', 'DATE (JJ/MM/AAAA)', 'STRUCTURE', 'DUREE', 'THEMATIQUE', 'MOTIF DE SOLLICITATION', 'SOUS-MOTIF DE SOLLICITATION', 'RESOLU', 'ESCALADE']],
  ])('finds the header row below title lines with %s and ignores unknown columns', async (_name, headers) => {
    const rows = [
      [...SEED_EXAMPLE_ROW, 'à rappeler'],
      ['0612345678', '27/03/2025', 'CHRS', '12 min', 'ASSISTANCE TECHNIQUE', "Demande d'insertion", 'Demande insertion', 'non', 'oui', ''],
    ];
    const data = await seedWorkbook({
      titleRows: [['EXCEL DE SUIVI DES APPELS'], [], ['Période : mars 2025']],
      headers: [...headers, 'Commentaire interne du CHU'],
      rows,
    });
    const report = await importXlsx(data, nomenclature);
    expect(report.errors).toEqual([]);
    expect(report.headerLine).toBe(4);
    expect(report.rejected).toEqual([]);
    expect(report.rows.map((r) => [r.rowId, r.niveau, r.durationMinutes, r.status, r.escalated])).toEqual([
      [mdp.id, 1, 7, 'oui', false],
      [insertion.id, 2, 12, 'non', true],
    ]);
    expect(report.rows[1]!.sousMotif).toBe("Demande d'insertion");
    expect(report.rowLines).toEqual([5, 6]);
    expect(report.warnings).toContainEqual({ line: 4, message: 'colonne « Commentaire interne du CHU » inconnue : ignorée' });
  });

  it('restores phone numbers, reads Excel serial dates, Date cells, text dates and « 7 min »', async () => {
    const data = await seedWorkbook({
      rows: [
        [656844329, 45742, 'CHU', '7 min', 'ACCES ET AUTHENTIFICATION', 'probleme de connexion au si siao', 'reinitialisation mot de passe', 'Oui', 'Non'],
        ['6 56 84 43 29', new Date(Date.UTC(2025, 2, 27)), 'CHU', '7,5', 'MODULE OFFRE', 'Module offre', 'Module offre', 'non', 'non'],
        ['+33 6 56 84 43 29', '28/03/2025 10:15', 'CHU', '1 h 05', 'MODULE OFFRE', 'Module offre', 'Module offre', 'non', 'non'],
      ],
    });
    const report = await importXlsx(data, nomenclature);
    expect(report.rejected).toEqual([]);
    expect(report.rows.map((r) => [r.phone, r.date, r.durationMinutes])).toEqual([
      ['0656844329', '2025-03-26', 7],
      ['0656844329', '2025-03-27', 7.5],
      ['+33 6 56 84 43 29', '2025-03-28', 65],
    ]);
  });

  it('imports a whole seed-shaped workbook of many lines', async () => {
    const lines = seedRows(500, nomenclature);
    const report = await importXlsx(await seedWorkbook({ titleRows: [['Suivi'], []], rows: lines }), nomenclature);
    expect(report.errors).toEqual([]);
    expect(report.rejected).toEqual([]);
    expect(report.rows).toHaveLength(500);
    expect(report.rows.every((r) => r.rowId !== '')).toBe(true);
  }, 60_000);

  it('rejects a bad row with its reasons in French and keeps the others', async () => {
    const data = await seedWorkbook({
      headers: ['Numéro de téléphone', 'Date - format jj/mm/aaaa', 'Structure', 'Durée de traitement en minutes', 'Niveau', 'Thématique', 'Motif', 'Sous motif', 'Problème résolu ?', 'Escaladé au national ?'],
      rows: [
        ['', '26/03/2025', 'CHU', 7, 'NIVEAU 1', 'Accès et authentification', 'Problème de connexion au SI SIAO', 'réinitialisation mot de passe', 'oui', 'non'],
        ['', '31/02/2025', 'CHU', 5, 'NIVEAU 1', 'MODULE OFFRE', 'Module offre', 'Module offre', 'oui', 'non'],
        ['', '01/03/2025', 'CHU', 'dix', 'NIVEAU 3', '', 'Module offre', 'Module offre', 'peut-être', 'non'],
        [null, null, null, null, null, null, null, null, null, null],
        ['', '02/03/2025', 'CHRS', 3, '', 'Thème inconnu', 'Motif', 'Sous', 'oui', 'oui'],
        ['', '02/03/2025', 'CHRS', 3, 'NIVEAU 2', 'Thème inconnu', 'Motif', 'Sous', 'non', 'oui'],
      ],
    });
    const report = await importXlsx(data, nomenclature);
    expect(report.rows).toHaveLength(2);
    expect(report.rows[0]).toMatchObject({ rowId: mdp.id, thematique: 'ACCÈS ET AUTHENTIFICATION', sousMotif: 'Réinitialisation mot de passe' });
    expect(report.rows[1]).toMatchObject({ niveau: 2, rowId: '', thematique: 'Thème inconnu', status: 'non', escalated: true });
    expect(report.rejected.map((r) => r.line)).toEqual([3, 4, 6]);
    expect(report.rejected[0]!.reasons).toEqual(['date « 31/02/2025 » invalide (attendu jj/mm/aaaa)']);
    expect(report.rejected[1]!.reasons).toEqual([
      'durée « dix » invalide (nombre de minutes attendu, par exemple 7 ou « 7 min »)',
      'thématique manquante',
      'niveau « NIVEAU 3 » invalide (NIVEAU 1 ou NIVEAU 2 attendu)',
      '« Problème résolu ? » : « peut-être » invalide (oui ou non)',
    ]);
    expect(report.rejected[2]!.reasons).toEqual(['niveau manquant (colonne Niveau vide et sous-motif absent de la nomenclature)']);
    expect(report.warnings).toContainEqual({ line: 7, message: 'sous-motif absent de la nomenclature : libellés conservés tels quels' });
  });

  it('refuses a file that is not a workbook or has no history columns', async () => {
    const bad = await importXlsx(new TextEncoder().encode('bonjour').buffer as ArrayBuffer);
    expect(bad.errors[0]).toMatch(/n'est pas un classeur/);
    const none = await importXlsx(await seedWorkbook({ headers: ['a', 'b'], rows: [['1', '2']] }));
    expect(none.errors[0]).toMatch(/^Aucune feuille ne contient/);
    const partial = await importXlsx(await seedWorkbook({ headers: SEED_HEADERS.slice(0, 6), rows: [SEED_EXAMPLE_ROW.slice(0, 6)] }));
    expect(partial.errors).toEqual([
      "Colonnes manquantes dans l'onglet « Historique des appels » (en-têtes ligne 1) : Sous motif, Problème résolu ?, Escaladé au national ?.",
    ]);
  });
});
