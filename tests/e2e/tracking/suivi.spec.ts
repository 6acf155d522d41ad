// Suivi page end to end: rows added through the extension appear in the history, the Résultats and the survey block;
// an Excel history is imported with a report of rejected rows; the popup's « Nouvel appel » logs a row.
import ExcelJS from 'exceljs';
import { test, expect } from '../fixtures';
import { SuiviPage } from './pages/SuiviPage';
import { PopupPage } from './pages/PopupPage';

const TH = 'ACCÈS ET AUTHENTIFICATION';
const MOTIF = 'Problème de connexion au SI SIAO';
const SM = 'Réinitialisation mot de passe';

/** A day of last month (`YYYY-MM-DD`), where the Résultats section looks by default. */
function lastMonthDay(day: number): string {
  const now = new Date();
  const d = new Date(now.getFullYear(), now.getMonth() - 1, day);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

// The page does real work (Dexie, ExcelJS) on a shared 2-core machine: allow more than the default 45 s.
test.describe.configure({ mode: 'serial', timeout: 90_000 });

test('une sollicitation saisie apparaît dans l’historique, les résultats et l’enquête', async ({ context, extensionId }) => {
  const suivi = await SuiviPage.open(context, extensionId);
  await suivi.clearAll();
  await suivi.showLastMonth();
  await suivi.addEntry({ date: lastMonthDay(10), duration: 5, phone: '0656844378', structure: 'CHU Test', thematique: TH, motif: MOTIF, sousMotif: SM, status: 'Oui' });
  await suivi.addEntry({ date: lastMonthDay(12), duration: 8, structure: 'CHRS Test', thematique: TH, motif: MOTIF, sousMotif: SM, status: 'Non', escalated: true });

  await expect(suivi.historyRows).toHaveCount(2);
  const first = suivi.historyRows.filter({ hasText: 'CHU Test' });
  await expect(first).toContainText('06 •• •• •• 78');
  await expect(first).not.toContainText('0656844378');

  await expect(suivi.page.getByTestId('indicator-count')).toHaveText('2');
  await expect(suivi.page.getByTestId('indicator-resolution')).toHaveText('50 %');
  await expect(suivi.page.getByTestId('indicator-escalation')).toHaveText('50 %');
  await expect(suivi.survey).toHaveValue(/Nombre de sollicitations reçues \(total\) : 2/);
  await expect(suivi.survey).toHaveValue(/\nDurée moyenne de traitement par sollicitation : 7/);
  await expect(suivi.survey).toHaveValue(new RegExp(`\\n${TH} - ${MOTIF} - ${SM}\\n1\\.1\\. Nombre de sollicitations reçues : 2\\n1\\.2\\. Durée moyenne de traitement par sollicitation : 7\\n1\\.3\\. Taux de résolution \\(en %\\) : 50\\n1\\.4\\. Taux d'escalade \\(en %\\) : 50`));

  // Editing a row changes the indicators.
  await first.getByRole('button', { name: /^Modifier/ }).click();
  const edit = suivi.page.getByRole('form', { name: 'Modifier la sollicitation' });
  await edit.getByLabel('Durée de traitement (minutes)').fill('11');
  await edit.getByRole('button', { name: 'Enregistrer les modifications' }).click();
  await expect(suivi.survey).toHaveValue(/1\.2\. Durée moyenne de traitement par sollicitation : 10/);

  // Deleting a row.
  await first.getByRole('button', { name: /^Supprimer/ }).click();
  await first.getByRole('button', { name: 'Confirmer la suppression' }).click();
  await expect(suivi.historyRows).toHaveCount(1);
  await expect(suivi.page.getByTestId('indicator-count')).toHaveText('1');
});

test('l’import d’un historique Excel signale les lignes rejetées et ajoute les autres', async ({ context, extensionId }) => {
  const suivi = await SuiviPage.open(context, extensionId);
  await suivi.clearAll();
  await suivi.showLastMonth();
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Historique d'appels");
  ws.addRow(['Numéro de téléphone', 'Date (jj/mm/aaaa)', 'Structure', 'Durée de traitement en minutes', 'Niveau', 'Thématique', 'Motif', 'Sous motif', 'Problème résolu ?', 'Escaladé au national ?']);
  const [y, m] = lastMonthDay(1).split('-');
  ws.addRow(['0612345678', `03/${m}/${y}`, 'Import A', 4, 'NIVEAU 1', TH, MOTIF, SM, 'oui', 'non']);
  ws.addRow(['', `04/${m}/${y}`, 'Import B', 6, 'NIVEAU 1', TH, MOTIF, SM, 'en cours', 'oui']);
  ws.addRow(['', '31/02/2025', 'Import C', 6, 'NIVEAU 1', TH, MOTIF, SM, 'oui', 'non']);
  const buffer = Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);

  const report = await suivi.importXlsx('historique.xlsx', buffer);
  await expect(report).toContainText('2 lignes valides, 1 ligne rejetée');
  await expect(report.getByRole('table', { name: 'Lignes rejetées' })).toContainText('date « 31/02/2025 » invalide');
  await suivi.confirmImport(2);
  await expect(suivi.historyRows).toHaveCount(2);
  await expect(suivi.page.getByTestId('indicator-count')).toHaveText('2');
  await expect(suivi.survey).toHaveValue(/1\.4\. Taux d'escalade \(en %\) : 50/);

  // Export back to XLSX: the seed's sheets, the two rows, under our CSP.
  const refused: string[] = [];
  suivi.page.on('console', (msg) => {
    if (/Content Security Policy|Refused to/i.test(msg.text())) refused.push(msg.text());
  });
  const file = await suivi.exportXlsx();
  const out = new ExcelJS.Workbook();
  await out.xlsx.load(file);
  expect(out.worksheets.map((w) => w.name)).toEqual(['Page de garde', "Guide d'utilisation", 'Historique des appels', 'Résultats']);
  const hist = out.getWorksheet('Historique des appels')!;
  expect(hist.rowCount).toBe(3);
  expect([2, 3].map((r) => hist.getRow(r).getCell(3).value).sort()).toEqual(['Import A', 'Import B']);
  expect(refused).toEqual([]);
});

test('« Nouvel appel » dans la fenêtre de l’extension enregistre une ligne visible dans le suivi', async ({ context, extensionId }) => {
  const suivi = await SuiviPage.open(context, extensionId);
  await suivi.clearAll();
  await suivi.showLastMonth();

  const popup = await PopupPage.open(context, extensionId);
  await popup.startCall();
  await popup.fillCaller('0611223344', 'SIAO Appel');
  await popup.chooseSousMotif(TH, MOTIF, SM);
  await popup.endCall();
  await expect(popup.page.getByRole('status').filter({ hasText: 'Appel enregistré : 1 sollicitation' })).toBeVisible();

  await suivi.page.reload();
  await expect(suivi.historyRows).toHaveCount(1);
  const row = suivi.historyRows.first();
  await expect(row).toContainText('Téléphone');
  await expect(row).toContainText('SIAO Appel');
  await expect(row).toContainText('06 •• •• •• 44');
  await expect(row).toContainText(SM);
});
