// Page object of the Zendesk demo (agent workspace, several ticket tabs in the DOM) served under aiguilleur-demo.zendesk.com.
import type { Locator } from '@playwright/test';
import { DEMO_TICKETS } from '../../fixtures/tickets/index';
import { DemoCrm } from './DemoCrm';

export const ZENDESK_ORIGIN = 'https://aiguilleur-demo.zendesk.com';

export class ZendeskDemo extends DemoCrm {
  /** Opens `/agent/tickets/{id}` (two other tickets are already open in tabs) and waits for its CKEditor. */
  async open(ticketId: string = DEMO_TICKETS[0]!.id): Promise<void> {
    await this.page.goto(`${ZENDESK_ORIGIN}/agent/tickets/${ticketId}`);
    await this.waitForTicket(ticketId);
  }

  /** Client-side navigation by clicking the ticket in the views list (opens or selects its tab). */
  async goTo(ticketId: string): Promise<void> {
    await this.page.locator(`.zd-views a[data-ticket-id="${ticketId}"]`).click();
    await this.waitForTicket(ticketId);
  }

  /** Selects an already open tab. */
  async selectTab(ticketId: string): Promise<void> {
    await this.tab(ticketId).locator('[data-test-id="header-tab-title"]').click();
    await this.waitForTicket(ticketId);
  }

  tab(ticketId: string): Locator {
    return this.page.locator(`[data-test-id="header-tab"][data-entity-id="${ticketId}"]`);
  }

  /** Workspace of the selected ticket. */
  workspace(): Locator {
    return this.page.locator('[data-test-id="ticket-workspace"]:not([hidden])');
  }

  editor(): Locator {
    return this.workspace().locator('.ck-editor__editable[data-test-id="omnicomposer-rich-text-ckeditor"]');
  }

  sendButton(): Locator {
    return this.workspace().locator('[data-test-id="submit_button-button"]');
  }

  subject(): Locator {
    return this.workspace().locator('input[data-test-id="omni-header-subject"]');
  }
}
