// Base page object of the demo CRMs: everything read through `window.__demo` (the editor's own model) and the composer.
import type { Locator, Page } from '@playwright/test';
import type { DemoSelection, DemoSent } from '../../fixtures/tickets/demo-api';

export abstract class DemoCrm {
  constructor(readonly page: Page) {}

  /** The editable element of the current ticket's reply editor. */
  abstract editor(): Locator;
  /** The current ticket's send button. */
  abstract sendButton(): Locator;
  /** The ticket subject as displayed. */
  abstract subject(): Locator;

  /** Waits until `ticketId` is the current ticket and its editor is ready. */
  async waitForTicket(ticketId: string): Promise<void> {
    await this.page.waitForFunction((id) => window.__demo?.currentTicketId() === id && window.__demo.editorReady(), ticketId);
  }

  /** Client-side navigation through `window.__demo.goTo` (history.pushState). */
  async goToProgrammatically(ticketId: string): Promise<void> {
    await this.page.evaluate((id) => window.__demo!.goTo(id), ticketId);
    await this.waitForTicket(ticketId);
  }

  currentTicketId(): Promise<string> {
    return this.page.evaluate(() => window.__demo!.currentTicketId());
  }

  /** Text of the editor's MODEL (blocks joined by `\n`). */
  editorText(): Promise<string> {
    return this.page.evaluate(() => window.__demo!.editorText());
  }

  /** HTML serialised from the editor's model. */
  editorHtml(): Promise<string> {
    return this.page.evaluate(() => window.__demo!.editorHtml());
  }

  /** The model's selection with the text before / after it. */
  selection(): Promise<DemoSelection | null> {
    return this.page.evaluate(() => window.__demo!.selectionAfterText());
  }

  /** True when the caret is collapsed right after `text` in the model. */
  caretAfter(text: string): Promise<boolean> {
    return this.page.evaluate((t) => window.__demo!.caretAfter(t), text);
  }

  sendEnabled(): Promise<boolean> {
    return this.sendButton().isEnabled();
  }

  async focusEditor(): Promise<void> {
    await this.editor().click();
  }

  /** Types into the editor with real key events. */
  async type(text: string): Promise<void> {
    await this.focusEditor();
    await this.page.keyboard.type(text);
  }

  async send(): Promise<void> {
    await this.sendButton().click();
  }

  /** Replies sent from the composer since the page loaded. */
  sent(): Promise<DemoSent[]> {
    return this.page.evaluate(() => window.__demo!.sent());
  }
}
