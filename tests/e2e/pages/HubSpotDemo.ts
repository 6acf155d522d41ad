// Page object of the HubSpot demo (Help Desk, ticket record, Inbox) served under app.hubspot.com by the fixture server.
import type { Locator } from '@playwright/test';
import { DEMO_PORTAL_ID, DEMO_TICKETS, DEMO_VIEW_ID, demoThreadId } from '../../fixtures/tickets/index';
import { DemoCrm } from './DemoCrm';

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

export class HubSpotDemo extends DemoCrm {
  /** Opens a ticket (the first demo ticket by default) and waits for its composer editor. */
  async open(ticketId: string = DEMO_TICKETS[0]!.id, opts: HubSpotOpenOptions = {}): Promise<void> {
    await this.page.goto(hubspotUrl(ticketId, opts));
    await this.waitForTicket(ticketId);
  }

  /** Opens `https://app.hubspot.com/`, which redirects client-side to the first ticket of the Help Desk. */
  async openLanding(): Promise<void> {
    await this.page.goto(`${HUBSPOT_ORIGIN}/`);
    await this.waitForTicket(DEMO_TICKETS[0]!.id);
  }

  /** Client-side navigation by clicking the ticket in the list (Help Desk and Inbox screens). */
  async goTo(ticketId: string): Promise<void> {
    await this.page.locator(`.list a[data-ticket-id="${ticketId}"]`).click();
    await this.waitForTicket(ticketId);
  }

  /** The ProseMirror editable element of the composer. */
  editor(): Locator {
    return this.page.locator('[data-test-id="composer"] .ProseMirror');
  }

  sendButton(): Locator {
    return this.page.locator('[data-test-id="composer-send-button"]');
  }

  subject(): Locator {
    return this.page.locator('[data-test-id="ticket-header-name-link"], [data-selenium-test="highlightTitle"], [data-test-id="thread-subject"]');
  }

  /** The title of the `broken` rendering (no hook the adapter knows). */
  brokenSubject(): Locator {
    return this.page.locator('h1.ticket-title-v2');
  }
}
