// Zendesk and Freshdesk, once allowed: the sidebar is registered on their pages, reads the selected ticket and inserts into CKEditor 5 / Froala.
import { test, expect } from '../fixtures';
import { ZendeskDemo } from '../pages/ZendeskDemo';
import { FreshdeskDemo } from '../pages/FreshdeskDemo';
import type { DemoCrm } from '../pages/DemoCrm';
import type { Page } from '@playwright/test';
import { SidebarPage } from './sidebar.page';
import { DEMO_TICKETS } from '../../fixtures/tickets/index';

test.describe.configure({ timeout: 120_000 });

const desks: { name: string; source: string; make: (p: Page) => DemoCrm & { open(id?: string): Promise<void>; goTo(id: string): Promise<void> } }[] = [
  { name: 'Zendesk', source: 'zendesk', make: (p) => new ZendeskDemo(p) },
  { name: 'Freshdesk', source: 'freshdesk', make: (p) => new FreshdeskDemo(p) },
];

const first = DEMO_TICKETS.find((t) => t.expected.rowId === 'acces.probleme-connexion.reinitialisation-mot-passe')!;
const second = DEMO_TICKETS.find((t) => t.expected.rowId === 'prise-en-main.gestion-notifications')!;

for (const desk of desks) {
  test(`${desk.name}: suggestion, insertion into the editor's model, next ticket`, async ({ context }) => {
    const page = await context.newPage();
    const crm = desk.make(page);
    const sidebar = new SidebarPage(page);
    await crm.open(first.id);
    // The référent places the caret in the reply, then opens the sidebar (which overlays the right of the page).
    await sidebar.close();
    await crm.focusEditor();
    await sidebar.open();
    await sidebar.waitForTicket(`${desk.source}:${first.id}`);
    await expect(sidebar.root.getByTestId('ticket-subject')).toHaveText(first.subject);
    expect(await sidebar.topRowId()).toBe(first.expected.rowId);

    expect(await sidebar.insert()).toContain('insérée');
    const firstName = first.requester.name.split(' ')[0]!;
    await expect.poll(() => crm.editorText()).toContain(`Bonjour ${firstName},`);

    await crm.goTo(second.id);
    await sidebar.waitForTicket(`${desk.source}:${second.id}`);
    await expect(sidebar.root.getByTestId('ticket-subject')).toHaveText(second.subject);
  });
}
