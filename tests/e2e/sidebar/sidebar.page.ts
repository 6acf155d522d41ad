// Page object of the Aiguilleur sidebar (inside its open shadow root, which Playwright locators pierce).
import type { BrowserContext, Locator, Page } from '@playwright/test';
import { HubSpotDemo } from '../pages/HubSpotDemo';

export class SidebarPage {
  readonly launcher: Locator;
  readonly root: Locator;
  readonly suggestions: Locator;

  constructor(readonly page: Page) {
    this.launcher = page.getByTestId('launcher');
    this.root = page.getByTestId('sidebar');
    this.suggestions = page.getByTestId('suggestions');
  }

  /** Opens a HubSpot demo ticket in a new tab with the sidebar open on it. */
  static async onHubSpotTicket(context: BrowserContext, ticketId: string): Promise<{ page: Page; crm: HubSpotDemo; sidebar: SidebarPage }> {
    const page = await context.newPage();
    const crm = new HubSpotDemo(page);
    const sidebar = new SidebarPage(page);
    await crm.open(ticketId);
    await sidebar.open();
    await sidebar.waitForTicket(`hubspot:${ticketId}`);
    return { page, crm, sidebar };
  }

  async open(): Promise<void> {
    await this.launcher.waitFor();
    if ((await this.launcher.getAttribute('aria-expanded')) !== 'true') await this.launcher.click();
    await this.root.waitFor();
  }

  async close(): Promise<void> {
    await this.launcher.waitFor();
    if ((await this.launcher.getAttribute('aria-expanded')) === 'true') await this.launcher.click();
    await this.root.waitFor({ state: 'detached' });
  }

  suggestion(index: number): Locator {
    return this.suggestions.locator('button.ag-suggestion').nth(index);
  }

  /** Row id of the selected suggestion or requalified row. */
  async topRowId(): Promise<string | null> {
    return this.suggestion(0).getAttribute('data-row-id');
  }

  /** Waits until the suggestions belong to the given ticket key. */
  async waitForTicket(key: string): Promise<void> {
    await this.page.locator(`[data-testid="suggestions"][data-ticket-key="${key}"]`).waitFor();
  }

  templateText(): Locator {
    return this.root.getByTestId('template-text');
  }

  /** The « à relire » confirmation a draft template asks for before its first insertion of the day. */
  reviewConfirm(): Locator {
    return this.root.getByTestId('review-confirm');
  }

  /** Clicks Insérer; a draft template's confirmation is accepted unless `confirmDraft` is false (then '' is returned). */
  async insert({ confirmDraft = true }: { confirmDraft?: boolean } = {}): Promise<string> {
    await this.root.getByTestId('insert').click();
    return this.insertOutcome({ confirmDraft });
  }

  /** After Insérer (button or command): accepts a draft's confirmation if it is asked, then returns the status text. */
  async insertOutcome({ confirmDraft = true }: { confirmDraft?: boolean } = {}): Promise<string> {
    const status = this.root.getByTestId('insert-status');
    const confirm = this.reviewConfirm();
    await status.or(confirm).first().waitFor();
    if (await confirm.isVisible()) {
      if (!confirmDraft) return '';
      await confirm.getByTestId('review-confirm-ok').click();
      await confirm.waitFor({ state: 'detached' });
    }
    await status.waitFor();
    return (await status.textContent()) ?? '';
  }

  insertButton(): Locator {
    return this.root.getByTestId('insert');
  }

  requalifyToggle(): Locator {
    return this.root.getByTestId('requalify-toggle');
  }

  /** The shadow root's focused element's test id, data-row-id or tag (null when the focus is outside the sidebar). */
  focusedInside(): Promise<string | null> {
    return this.page.evaluate(() => {
      const host = document.querySelector('[data-aiguilleur-host]');
      if (!host || document.activeElement !== host) return null;
      const el = host.shadowRoot?.activeElement;
      return el ? (el.getAttribute('data-testid') ?? el.getAttribute('data-row-id') ?? el.tagName.toLowerCase()) : 'host';
    });
  }

  /** Runs a browser keyboard command (manifest `commands`) through the E2E build's runner in the service worker. */
  /** The sidebar width kept in the extension's storage (`local:sidebarWidth`), or null when none is saved yet. */
  async storedWidth(): Promise<number | null> {
    const [worker] = this.page.context().serviceWorkers();
    if (!worker) throw new Error('service worker introuvable');
    return worker.evaluate(async () => {
      const storage = (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome.storage;
      const got = await storage.local.get('sidebarWidth');
      return typeof got.sidebarWidth === 'number' ? got.sidebarWidth : null;
    });
  }

  async runCommand(name: 'toggle-sidebar' | 'insert-answer'): Promise<void> {
    await this.page.bringToFront();
    const [worker] = this.page.context().serviceWorkers();
    if (!worker) throw new Error('service worker introuvable');
    await worker.evaluate(
      (n) => (globalThis as unknown as { __aiguilleurRunCommand(c: string): Promise<void> }).__aiguilleurRunCommand(n),
      name,
    );
  }

  pickerSearch(): Locator {
    return this.root.getByRole('combobox', { name: 'Rechercher dans la nomenclature' });
  }

  // Diagnostic view (footer toggle).
  diagnostic(): Locator {
    return this.root.getByTestId('diagnostic');
  }

  async openDiagnostic(): Promise<void> {
    if ((await this.root.getByTestId('diagnostic-toggle').getAttribute('aria-expanded')) !== 'true') await this.root.getByTestId('diagnostic-toggle').click();
    await this.diagnostic().waitFor();
  }

  /** The diagnostic row of a field (subject, requester, firstMessage, requesterChoice, structure, phone, editor, sendButton). */
  diagnosticRow(field: string): Locator {
    return this.diagnostic().getByTestId(`diag-${field}`);
  }

  diagnosticStatus(): Locator {
    return this.diagnostic().getByTestId('diagnostic-status');
  }

  /** « Montrer sur la page » for a field, then waits for the picker banner on the page. */
  async startTeaching(field: string): Promise<void> {
    await this.diagnosticRow(field).getByRole('button', { name: 'Montrer sur la page' }).click();
    await this.page.locator('[data-aiguilleur-picker-banner]').waitFor();
  }

  /** Copies the diagnostic and returns the clipboard text (the context must grant clipboard-read on the page origin). */
  async copyDiagnostic(): Promise<string> {
    await this.diagnostic().getByTestId('diagnostic-copy').click();
    await this.diagnosticStatus().waitFor();
    return this.page.evaluate(() => navigator.clipboard.readText());
  }
}
