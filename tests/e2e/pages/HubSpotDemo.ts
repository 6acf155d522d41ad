// Page object of the HubSpot demo (Help Desk, ticket record, Inbox) served under app.hubspot.com by the fixture server.
import type { Locator, Page } from '@playwright/test';
import { DEMO_PORTAL_ID, DEMO_TICKETS, DEMO_VIEW_ID, demoThreadId } from '../../fixtures/tickets/index';
import type { DemoSelection, DemoSent } from '../../fixtures/tickets/demo-api';

export type HubSpotScreen = 'helpdesk' | 'record' | 'inbox';

export interface HubSpotOpenOptions {
  screen?: HubSpotScreen;
  /** Renders without the title and message-body hooks (the adapter must degrade to manual classification). */
  broken?: boolean;
  /** Simulated loading time before the ticket renders (ms). */
  delayMs?: number;
}

export const HUBSPOT_ORIGIN = 'https://app.hubspot.com';

export function hubspotUrl(ticketId: string, opts: HubSpotOpenOptions = {}): string {
  const screen = opts.screen ?? 'helpdesk';
  const path =
    screen === 'record'
      ? `/contacts/${DEMO_PORTAL_ID}/record/0-5/${ticketId}`
      : screen === 'inbox'
        ? `/live-messages/${DEMO_PORTAL_ID}/inbox/${demoThreadId(ticketId)}`
        : `/help-desk/${DEMO_PORTAL_ID}/view/${DEMO_VIEW_ID}/ticket/${ticketId}`;
  const q = new URLSearchParams();
  if (opts.broken) q.set('broken', '1');
  if (opts.delayMs) q.set('delay', String(opts.delayMs));
  const qs = q.toString();
  return `${HUBSPOT_ORIGIN}${path}${qs ? `?${qs}` : ''}`;
}

export class HubSpotDemo {
  constructor(readonly page: Page) {}

  /** Opens a ticket (the first demo ticket by default) and waits for its composer editor. */
  async open(ticketId: string = DEMO_TICKETS[0]!.id, opts: HubSpotOpenOptions = {}): Promise<void> {
    await this.page.goto(hubspotUrl(ticketId, opts));
    await this.waitForTicket(ticketId);
  }

  /** Opens `https://app.hubspot.com/`, which redirects client-side to the first ticket. */
  async openLanding(): Promise<void> {
    await this.page.goto(`${HUBSPOT_ORIGIN}/`);
    await this.waitForTicket(DEMO_TICKETS[0]!.id);
  }

  /** Client-side navigation by clicking the ticket in the list (Help Desk and Inbox screens). */
  async goTo(ticketId: string): Promise<void> {
    await this.page.locator(`.list a[data-ticket-id="${ticketId}"]`).click();
    await this.waitForTicket(ticketId);
  }

  /** Client-side navigation through `window.__demo.goTo` (works on every screen, including the record). */
  async goToProgrammatically(ticketId: string): Promise<void> {
    await this.page.evaluate((id) => window.__demo!.goTo(id), ticketId);
    await this.waitForTicket(ticketId);
  }

  async waitForTicket(ticketId: string): Promise<void> {
    await this.page.waitForFunction((id) => window.__demo?.currentTicketId() === id && !!document.querySelector('.ProseMirror'), ticketId);
  }

  currentTicketId(): Promise<string> {
    return this.page.evaluate(() => window.__demo!.currentTicketId());
  }

  /** The ProseMirror editable element of the composer. */
  editor(): Locator {
    return this.page.locator('[data-test-id="composer"] .ProseMirror');
  }

  sendButton(): Locator {
    return this.page.locator('[data-test-id="composer-send-button"]');
  }

  /** Text of the ProseMirror document STATE (blocks joined by `\n`). */
  editorText(): Promise<string> {
    return this.page.evaluate(() => window.__demo!.editorText());
  }

  editorHtml(): Promise<string> {
    return this.page.evaluate(() => window.__demo!.editorHtml());
  }

  /** The state's selection, with the text before and after it. */
  selection(): Promise<DemoSelection | null> {
    return this.page.evaluate(() => window.__demo!.selectionAfterText());
  }

  /** True when the caret is collapsed right after `text` in the ProseMirror state. */
  caretAfter(text: string): Promise<boolean> {
    return this.page.evaluate((t) => window.__demo!.caretAfter(t), text);
  }

  sendEnabled(): Promise<boolean> {
    return this.sendButton().isEnabled();
  }

  async focusEditor(): Promise<void> {
    await this.editor().click();
  }

  /** Types into the editor with the keyboard (real key events). */
  async type(text: string): Promise<void> {
    await this.focusEditor();
    await this.page.keyboard.type(text);
  }

  async send(): Promise<void> {
    await this.sendButton().click();
  }

  /** Texts sent from the composer since the page loaded. */
  sent(): Promise<DemoSent[]> {
    return this.page.evaluate(() => window.__demo!.sent());
  }

  subject(): Locator {
    return this.page.locator('[data-test-id="ticket-header-name-link"], [data-selenium-test="highlightTitle"], [data-test-id="thread-subject"]');
  }
}
