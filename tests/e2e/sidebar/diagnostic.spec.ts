// Diagnostic view end to end: the fields the HubSpot adapter read (hooks, lengths, copy without content), and a subject taught by pointing at it, kept across a reload.
import type { BrowserContext } from '@playwright/test';
import { test, expect } from '../fixtures';
import { HubSpotDemo } from '../pages/HubSpotDemo';
import { OptionsPage } from '../pack/pages/OptionsPage';
import { SidebarPage } from './sidebar.page';
import { blockingViolations, describeViolations } from '../a11y/pages/axe';
import { DEMO_TICKETS } from '../../fixtures/tickets/index';
import { READ_FIELDS } from '../../../lib/crm/report';

const first = DEMO_TICKETS[0]!;
const HOST = 'app.hubspot.com';

async function forgetLearnt(context: BrowserContext): Promise<void> {
  const [worker] = context.serviceWorkers();
  await worker?.evaluate(() => (globalThis as unknown as { chrome: { storage: { local: { remove(k: string): Promise<void> } } } }).chrome.storage.local.remove('learntSelectors'));
}

test.beforeEach(async ({ context }) => forgetLearnt(context));

test('the diagnostic lists every field of the demo HubSpot ticket with its hook, and copies no ticket content', async ({ context }, testInfo) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: `https://${HOST}` });
  const page = await context.newPage();
  await page.setViewportSize({ width: 1366, height: 768 });
  const { sidebar } = { sidebar: new SidebarPage(page) };
  await new HubSpotDemo(page).open(first.id);
  await sidebar.open();
  await sidebar.waitForTicket(`hubspot:${first.id}`);
  await sidebar.openDiagnostic();

  for (const field of READ_FIELDS) await expect(sidebar.diagnosticRow(field), field).toHaveAttribute('data-found', 'true');
  await expect(sidebar.diagnosticRow('subject')).toContainText(`${first.subject.length} caractères`);
  await expect(sidebar.diagnosticRow('subject')).toContainText('[data-test-id="ticket-header-name-link"]');
  await expect(sidebar.diagnosticRow('sendButton')).toContainText('composer-send-button');
  // Lengths only: the subject itself is not in the view.
  await expect(sidebar.diagnostic()).not.toContainText(first.subject);
  await expect(sidebar.diagnostic().getByRole('button', { name: 'Montrer sur la page' })).toHaveCount(0);

  await page.screenshot({ path: testInfo.outputPath('diagnostic-1366x768.png') });
  const violations = await blockingViolations(page, 'aiguilleur-sidebar');
  expect(violations, describeViolations(violations)).toEqual([]);

  const copied = await sidebar.copyDiagnostic();
  expect(copied).toContain(`Hôte : ${HOST}`);
  expect(copied).toContain('Adaptateur : HubSpot (hubspot)');
  expect(copied).toMatch(/^Version : \d+\.\d+\.\d+$/m);
  expect(copied).toContain(`Objet : ${first.subject.length} caractères`);
  for (const secret of [first.subject, first.requester.name, first.requester.email]) expect(copied).not.toContain(secret);
});

test('a subject the adapter cannot find is taught by pointing at it, read after a reload, listed and reset in the options', async ({ context, extensionId }, testInfo) => {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1366, height: 768 });
  const crm = new HubSpotDemo(page);
  const sidebar = new SidebarPage(page);
  await crm.open(first.id, { broken: true });
  await sidebar.open();
  await expect(sidebar.root.getByTestId('ticket-missing')).toContainText('objet');
  await sidebar.openDiagnostic();
  await expect(sidebar.diagnosticRow('subject')).toHaveAttribute('data-found', 'false');
  await expect(sidebar.diagnosticRow('subject')).toContainText('non trouvé');
  await page.screenshot({ path: testInfo.outputPath('diagnostic-not-found-1366x768.png') });

  // Escape cancels the picker: nothing learnt.
  await sidebar.startTeaching('subject');
  await page.keyboard.press('Escape');
  await expect(sidebar.diagnosticStatus()).toContainText('annulée');
  await expect(page.locator('[data-aiguilleur-picker]')).toHaveCount(0);

  // Hover highlights, click chooses.
  await sidebar.startTeaching('subject');
  await crm.brokenSubject().hover();
  await expect(page.locator('[data-aiguilleur-picker-box]')).toBeVisible();
  await crm.brokenSubject().click();
  await expect(sidebar.diagnosticStatus()).toContainText('Objet appris');
  await expect(sidebar.diagnosticRow('subject')).toHaveAttribute('data-found', 'true');
  await expect(sidebar.diagnosticRow('subject')).toContainText('appris');
  // The click went to the picker, not to the page (the page did not navigate).
  expect(new URL(page.url()).searchParams.get('broken')).toBe('1');

  await page.reload();
  await crm.waitForTicket(first.id);
  await sidebar.root.waitFor();
  await expect(sidebar.root.getByTestId('ticket-subject')).toHaveText(first.subject);
  await expect(sidebar.root.getByTestId('ticket-missing')).not.toContainText('objet');

  const options = await OptionsPage.open(context, extensionId);
  await expect(options.learntEntry(HOST, 'subject')).toContainText('ticket-title-v2');
  await options.resetLearnt(HOST, 'subject');
  await expect(options.page.getByTestId('learnt-empty')).toBeVisible();

  await page.bringToFront();
  await page.reload();
  await crm.waitForTicket(first.id);
  await sidebar.root.waitFor();
  await expect(sidebar.root.getByTestId('ticket-missing')).toContainText('objet');
});


test('a HubSpot page the adapter cannot read takes the selected text instead, with a clear message until then', async ({ context }) => {
  const page = await context.newPage();
  const crm = new HubSpotDemo(page);
  const sidebar = new SidebarPage(page);
  await crm.open(first.id, { broken: true });
  await sidebar.open();
  await expect(sidebar.root.getByTestId('ticket-missing')).toContainText('Sélectionnez sur la page le texte de la demande');
  await crm.brokenSubject().selectText();
  await expect(sidebar.root.getByTestId('ticket-subject')).toHaveText(first.subject);
  await sidebar.waitForTicket(`hubspot:${first.id}`);
  await sidebar.openDiagnostic();
  await expect(sidebar.diagnosticRow('subject')).toContainText('texte sélectionné');
});
