// Page object of the Suivi extension page (suivi.html).
import { expect, type BrowserContext, type Locator, type Page } from '@playwright/test';

export interface EntryValues {
  date: string;
  duration: number;
  phone?: string;
  structure: string;
  thematique: string;
  motif: string;
  sousMotif: string;
  status: 'Oui' | 'Non' | 'En cours';
  escalated?: boolean;
}

export class SuiviPage {
  constructor(readonly page: Page) {}

  /** Opens suivi.html in a new tab, or in `page` (e.g. one whose clock a test has set). */
  static async open(context: BrowserContext, extensionId: string, existing?: Page): Promise<SuiviPage> {
    const page = existing ?? (await context.newPage());
    await page.goto(`chrome-extension://${extensionId}/suivi.html`);
    const suivi = new SuiviPage(page);
    await suivi.page.getByRole('heading', { level: 1, name: 'Suivi' }).waitFor();
    return suivi;
  }

  /** The survey's month (the page opens on the current one). */
  async showLastMonth(): Promise<void> {
    await this.page.getByRole('button', { name: 'Mois dernier' }).click();
    const d = new Date();
    const last = new Date(d.getFullYear(), d.getMonth() - 1, 1).toLocaleDateString('fr-FR', { month: 'long' });
    await expect(this.page.getByTestId('period-label')).toContainText(last);
  }

  get history(): Locator {
    return this.page.getByRole('table', { name: 'Historique des sollicitations' });
  }
  get historyRows(): Locator {
    return this.page.getByTestId('history-row');
  }
  get survey(): Locator {
    return this.page.getByRole('textbox', { name: 'Réponses à l’enquête mensuelle' });
  }

  /** Deletes every row through « Tout supprimer » (no-op when empty). */
  async clearAll(): Promise<void> {
    await this.page.getByText(/sollicitations? affichées? sur \d+/).waitFor();
    const button = this.page.getByRole('button', { name: 'Tout supprimer' });
    if (await button.isDisabled()) return;
    await button.click();
    await this.page.getByRole('button', { name: 'Oui, tout supprimer' }).click();
    await this.page.getByText('Toutes les sollicitations ont été supprimées.').waitFor();
  }

  async addEntry(v: EntryValues): Promise<void> {
    await this.page.getByRole('button', { name: 'Ajouter une sollicitation' }).click();
    const form = this.page.getByRole('form', { name: 'Nouvelle sollicitation' });
    await form.getByLabel('Date').fill(v.date);
    await form.getByLabel('Durée de traitement (minutes)').fill(String(v.duration));
    if (v.phone) await form.getByLabel(/Numéro de téléphone/).fill(v.phone);
    await form.getByLabel('Structure').fill(v.structure);
    await form.getByLabel('Thématique').selectOption(v.thematique);
    await form.getByLabel('Motif', { exact: true }).selectOption(v.motif);
    const select = form.getByLabel('Sous-motif');
    const value = await select.locator('option', { hasText: v.sousMotif }).first().getAttribute('value');
    await select.selectOption(value!);
    await form.getByRole('radio', { name: v.status }).check();
    if (v.escalated) await form.getByLabel('Escaladé au national').check();
    await form.getByRole('button', { name: 'Enregistrer la sollicitation' }).click();
    await this.page.getByText('Sollicitation ajoutée.').waitFor();
  }

  async setPeriod(from: string, toInclusive: string): Promise<void> {
    const form = this.page.getByRole('form', { name: 'Période des résultats' });
    await form.getByLabel('Du').fill(from);
    await form.getByLabel('Au (inclus)').fill(toInclusive);
  }

  /** Clicks « Exporter en Excel » and returns the downloaded file. */
  async exportXlsx(): Promise<ArrayBuffer> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByRole('button', { name: 'Exporter en Excel (.xlsx)' }).click(),
    ]);
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const c of stream) chunks.push(c as Buffer);
    const buf = Buffer.concat(chunks);
    return buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer;
  }

  /** Chooses a workbook in « Importer un historique Excel » and returns the preview (nothing written yet). */
  async importXlsx(name: string, buffer: Buffer): Promise<Locator> {
    await this.page.getByLabel('Fichier Excel (.xlsx) avec les colonnes de l’historique des appels').setInputFiles({
      name,
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer,
    });
    const preview = this.importPreview;
    await preview.waitFor();
    return preview;
  }

  get importPreview(): Locator {
    return this.page.getByRole('region', { name: 'Aperçu de l’import' });
  }

  /** « Confirmer l’import » in the preview, then waits for the written count. */
  async confirmImport(count: number): Promise<void> {
    await this.importPreview.getByRole('button', { name: 'Confirmer l’import' }).click();
    await this.page.getByText(`${count} sollicitation${count > 1 ? 's' : ''} importée${count > 1 ? 's' : ''}.`).waitFor();
  }
}
