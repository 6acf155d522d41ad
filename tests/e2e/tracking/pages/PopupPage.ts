// Page object of « Nouvel appel »: the extension popup (popup.html opened as a tab), or the same panel in the sidebar.
import type { BrowserContext, Locator, Page } from '@playwright/test';

/** Chrome's largest popup is 800×600; the popup page is 380 px wide. */
export const POPUP_VIEWPORT = { width: 400, height: 600 };

export class PopupPage {
  /** `scope`: where the call panel is (the popup page, or the sidebar's root). */
  constructor(readonly page: Page, readonly scope: Page | Locator = page) {}

  static async open(context: BrowserContext, extensionId: string, viewport?: { width: number; height: number }): Promise<PopupPage> {
    const page = await context.newPage();
    if (viewport) await page.setViewportSize(viewport);
    await page.goto(`chrome-extension://${extensionId}/popup.html`);
    return new PopupPage(page);
  }

  get panel(): Locator {
    return this.scope.getByTestId('call-panel');
  }

  /** The rendered réponse type(s) to read out. */
  get answer(): Locator {
    return this.panel.getByTestId('call-template-text');
  }

  get mailto(): Locator {
    return this.panel.getByRole('link', { name: 'Envoyer par e-mail' });
  }

  async startCall(): Promise<void> {
    await this.panel.getByRole('button', { name: 'Nouvel appel' }).click();
    await this.panel.getByRole('timer', { name: 'Durée de l’appel' }).waitFor();
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
    await this.panel.getByRole('button', { name: 'Terminer l’appel et enregistrer' }).click();
  }
}
