// Page object of the Freshdesk demo (ticket details with a Froala reply editor) served under aiguilleur-demo.freshdesk.com.
import type { Locator } from '@playwright/test';
import { DEMO_TICKETS } from '../../fixtures/tickets/index';
import { DemoCrm } from './DemoCrm';

export const FRESHDESK_ORIGIN = 'https://aiguilleur-demo.freshdesk.com';

export class FreshdeskDemo extends DemoCrm {
  async open(ticketId: string = DEMO_TICKETS[0]!.id): Promise<void> {
    await this.page.goto(`${FRESHDESK_ORIGIN}/a/tickets/${ticketId}`);
    await this.waitForTicket(ticketId);
  }

  /** Client-side navigation by clicking the ticket in the list. */
  async goTo(ticketId: string): Promise<void> {
    await this.page.locator(`.fd-list a[data-ticket-id="${ticketId}"]`).click();
    await this.waitForTicket(ticketId);
  }

  editor(): Locator {
    return this.page.locator('[data-test-id="reply-editor"] div.fr-element.fr-view[contenteditable]');
  }

  sendButton(): Locator {
    return this.page.locator('[data-test-id="reply-editor"] [data-test-id="send-button"]');
  }

  subject(): Locator {
    return this.page.locator('[data-testid="ticket-subject"]');
  }
}
