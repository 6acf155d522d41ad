// Page object of the extension popup (popup.html) opened as a tab: « Nouvel appel ».
import type { BrowserContext, Locator, Page } from '@playwright/test';

export class PopupPage {
  constructor(readonly page: Page) {}

  static async open(context: BrowserContext, extensionId: string): Promise<PopupPage> {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/popup.html`);
    return new PopupPage(page);
  }

  get panel(): Locator {
    return this.page.getByTestId('call-panel');
  }

  async startCall(): Promise<void> {
    await this.page.getByRole('button', { name: 'Nouvel appel' }).click();
    await this.page.getByRole('timer', { name: 'Durée de l’appel' }).waitFor();
  }

  async fillCaller(phone: string, structure: string): Promise<void> {
    await this.panel.getByLabel('Numéro de téléphone').fill(phone);
    await this.panel.getByLabel('Structure').fill(structure);
  }

  async chooseSousMotif(thematique: string, motif: string, sousMotif: string): Promise<void> {
    await this.panel.getByLabel('Thématique').selectOption(thematique);
    await this.panel.getByLabel('Motif', { exact: true }).selectOption(motif);
    const select = this.panel.getByLabel('Sous-motif');
    const value = await select.locator('option', { hasText: sousMotif }).first().getAttribute('value');
    await select.selectOption(value!);
  }

  async endCall(): Promise<void> {
    await this.page.getByRole('button', { name: 'Terminer l’appel et enregistrer' }).click();
  }
}
