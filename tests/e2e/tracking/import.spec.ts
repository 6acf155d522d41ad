// Suivi page end to end: a workbook filled as the seed shows (title lines, no Niveau column, the seed's spellings,
// « 7 min », a phone number without its 0) is previewed, confirmed, and its rows feed the survey's i.1–i.4 lines;
// importing it again adds nothing.
import { test, expect } from '../fixtures';
import { SuiviPage } from './pages/SuiviPage';
import { SEED_HEADERS, seedWorkbook } from '../../unit/tracking/seed-workbook';

test.describe.configure({ mode: 'serial', timeout: 120_000 });

/** `jj/mm/aaaa` of a day of last month, where the Résultats section looks by default. */
function lastMonth(day: number): { text: string; date: Date } {
  const now = new Date();
  const d = new Date(now.getFullYear(), now.getMonth() - 1, day);
  const text = `${String(day).padStart(2, '0')}/${String(d.getMonth() + 1).padStart(2, '0')}/${d.getFullYear()}`;
  return { text, date: new Date(Date.UTC(d.getFullYear(), d.getMonth(), day)) };
}

const MDP = 'ACCÈS ET AUTHENTIFICATION - Problème de connexion au SI SIAO - Réinitialisation mot de passe';
const INSERTION = "ASSISTANCE TECHNIQUE - Demande d'insertion - Demande d'insertion";

test('un classeur au format du kit est prévisualisé, confirmé, et alimente l’enquête par sous-motif', async ({ context, extensionId }) => {
  const suivi = await SuiviPage.open(context, extensionId);
  await suivi.clearAll();
  await suivi.showLastMonth();
  const buffer = Buffer.from(
    await seedWorkbook({
      departement: '93',
      titleRows: [['EXCEL DE SUIVI DES APPELS DE VOTRE DEPARTEMENT'], []],
      headers: [...SEED_HEADERS, 'Couleur'],
      rows: [
        ['0656844329', lastMonth(5).text, 'CHU', 7, 'ACCES ET AUTHENTIFICATION', 'Problème de connexion au SI SIAO', 'Réinitialisation du mot de passe', 'oui', 'non', 'bleu'],
        [612345678, lastMonth(6).date, 'CHRS', '12 min', 'ASSISTANCE TECHNIQUE', "Demande d'insertion", 'Demande insertion', 'non', 'oui', ''],
        ['', lastMonth(7).text, 'CHU', '5 min', 'acces et authentification', 'probleme de connexion au si siao', 'reinitialisation mot de passe', 'non', 'non', ''],
        ['', '31/02/2025', 'CHU', 4, 'ACCES ET AUTHENTIFICATION', 'Problème de connexion au SI SIAO', 'Accès au compte', 'oui', 'non', ''],
      ],
    }),
  );

  const preview = await suivi.importXlsx('suivi-appels-93.xlsx', buffer);
  await expect(preview.getByTestId('import-summary')).toContainText('3 lignes valides, 1 ligne rejetée');
  await expect(preview.getByRole('table', { name: 'Lignes rejetées' })).toContainText('date « 31/02/2025 » invalide');
  const lines = preview.getByTestId('import-line');
  await expect(lines).toHaveCount(3);
  await expect(lines.nth(0)).toContainText(MDP);
  await expect(lines.nth(0)).toContainText('« Réinitialisation du mot de passe » lu comme « Réinitialisation mot de passe »');
  await expect(lines.nth(1)).toContainText(INSERTION);
  await expect(preview.getByRole('list', { name: 'Remarques sur le fichier' })).toContainText('colonne « Couleur » inconnue : ignorée');
  // Nothing is written before the confirmation.
  await expect(suivi.page.getByTestId('indicator-count')).toHaveText('0');

  await suivi.confirmImport(3);
  await expect(suivi.historyRows).toHaveCount(3);
  await expect(suivi.historyRows.filter({ hasText: 'CHRS' })).toContainText('06 •• •• •• 78');
  await expect(suivi.page.getByTestId('indicator-count')).toHaveText('3');
  await expect(suivi.survey).toHaveValue(/Nombre de sollicitations reçues \(total\) : 3\n/);
  await expect(suivi.survey).toHaveValue(
    new RegExp(
      `\\n${MDP}\\n1\\.1\\. Nombre de sollicitations reçues : 2\\n1\\.2\\. Durée moyenne de traitement par sollicitation : 6\\n` +
        `1\\.3\\. Taux de résolution \\(en %\\) : 50\\n1\\.4\\. Taux d'escalade \\(en %\\) : 0\\n`,
    ),
  );
  await expect(suivi.survey).toHaveValue(
    new RegExp(
      `\\n${INSERTION}\\n2\\.1\\. Nombre de sollicitations reçues : 1\\n2\\.2\\. Durée moyenne de traitement par sollicitation : 12\\n` +
        `2\\.3\\. Taux de résolution \\(en %\\) : 0\\n2\\.4\\. Taux d'escalade \\(en %\\) : 100`,
    ),
  );

  // The same file again: every line is already there, nothing to confirm.
  const again = await suivi.importXlsx('suivi-appels-93.xlsx', buffer);
  await expect(again.getByTestId('import-summary')).toContainText('3 lignes valides, 1 ligne rejetée, 3 déjà présentes dans le suivi (ignorées)');
  await expect(again.getByRole('status')).toHaveText('Aucune ligne nouvelle : le fichier est déjà dans le suivi.');
  await expect(again.getByRole('button', { name: 'Confirmer l’import' })).toHaveCount(0);
  await again.getByRole('button', { name: 'Annuler' }).click();
  await expect(suivi.historyRows).toHaveCount(3);
});
