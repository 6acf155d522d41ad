// Page object of the options page (Profil, Modèles, Pack de données).
import type { BrowserContext, Locator, Page } from '@playwright/test';

export class OptionsPage {
  constructor(readonly page: Page) {}

  static async open(context: BrowserContext, extensionId: string): Promise<OptionsPage> {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    await page.getByRole('heading', { level: 1, name: 'Options' }).waitFor();
    return new OptionsPage(page);
  }

  // Profil
  /** A profile field by its name: prenom, nom, email, siao, departement, profil, signature. */
  profileField(name: string): Locator {
    return this.page.getByTestId('profile-form').locator(`[name="${name}"]`);
  }
  async saveProfile(): Promise<void> {
    await this.page.getByRole('button', { name: 'Enregistrer le profil' }).click();
  }
  profileStatus(): Locator {
    return this.page.getByTestId('profile-status');
  }

  // Modèles
  async newTemplate(title: string, sousMotifLabel: string | null, text: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Nouveau modèle' }).click();
    const editor = this.page.getByTestId('template-editor');
    await editor.getByLabel('Titre du modèle').fill(title);
    if (sousMotifLabel) await editor.getByLabel('Sous-motif').selectOption({ label: sousMotifLabel });
    await editor.getByLabel('Texte du modèle').fill(text);
  }
  editor(): Locator {
    return this.page.getByTestId('template-editor');
  }
  async saveTemplate(): Promise<void> {
    await this.page.getByRole('button', { name: 'Enregistrer le modèle' }).click();
  }
  customTemplate(title: string): Locator {
    return this.page.getByTestId('custom-templates').locator('li', { hasText: title });
  }

  // Pack
  version(): Locator {
    return this.page.getByTestId('pack-version');
  }
  result(): Locator {
    return this.page.getByTestId('pack-result');
  }
  async useUrl(url: string): Promise<void> {
    await this.page.getByRole('radio', { name: 'Adresse (URL)' }).check();
    await this.page.getByLabel('Adresse du pack').fill(url);
    await this.page.getByRole('button', { name: "Enregistrer l'adresse" }).click();
  }
  async update(): Promise<void> {
    await this.page.getByRole('button', { name: 'Mettre à jour' }).click();
  }
  async useBundled(): Promise<void> {
    await this.page.getByRole('radio', { name: "Pack intégré à l'extension" }).check();
  }

  // Repères appris
  learntEntry(host: string, field: string): Locator {
    return this.page.getByTestId(`learnt-${host}-${field}`);
  }
  async resetLearnt(host: string, field: string): Promise<void> {
    await this.learntEntry(host, field).getByRole('button', { name: 'Réinitialiser' }).click();
    await this.learntEntry(host, field).waitFor({ state: 'detached' });
  }
}
