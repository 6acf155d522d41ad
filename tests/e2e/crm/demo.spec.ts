// Smoke test of the demo CRMs (no sidebar needed): client-side navigation between tickets and the real editors' models.
import { test, expect } from '../fixtures';
import { HubSpotDemo, hubspotUrl } from '../pages/HubSpotDemo';
import { ZendeskDemo } from '../pages/ZendeskDemo';
import { FreshdeskDemo } from '../pages/FreshdeskDemo';
import { DEMO_TICKETS, demoThreadId } from '../../fixtures/tickets/index';

const [first, second] = [DEMO_TICKETS[0]!, DEMO_TICKETS[14]!];

// The demos' editor bundles (ProseMirror, CKEditor 5, Froala) are built on first request: give each test more time.
test.beforeEach(() => test.slow());

test.describe('HubSpot demo', () => {
  test('landing redirects to the first ticket of the Help Desk', async ({ context }) => {
    const hs = new HubSpotDemo(await context.newPage());
    await hs.openLanding();
    expect(new URL(hs.page.url()).pathname).toMatch(new RegExp(`/help-desk/\\d+/view/\\d+/ticket/${first.id}$`));
    await expect(hs.subject()).toHaveText(first.subject);
  });

  test('ProseMirror model: typing, send button, caret, undo, send', async ({ context }) => {
    const hs = new HubSpotDemo(await context.newPage());
    await hs.open(first.id);
    expect(await hs.sendEnabled()).toBe(false);
    await hs.type('Bonjour Camille,');
    await hs.page.keyboard.press('Enter');
    await hs.page.keyboard.type('Voici la procédure.');
    expect(await hs.editorText()).toBe('Bonjour Camille,\nVoici la procédure.');
    expect(await hs.editorHtml()).toBe('<p>Bonjour Camille,</p><p>Voici la procédure.</p>');
    expect(await hs.caretAfter('procédure.')).toBe(true);
    expect(await hs.sendEnabled()).toBe(true);
    await hs.page.keyboard.press('Control+z');
    expect(await hs.editorText()).not.toContain('Voici la procédure.');
    await hs.page.keyboard.press('Control+Shift+z');
    expect(await hs.editorText()).toContain('Voici la procédure.');
    await hs.send();
    expect(await hs.editorText()).toBe('');
    expect(await hs.sendEnabled()).toBe(false);
    expect((await hs.sent()).map((s) => s.ticketId)).toEqual([first.id]);
    await expect(hs.page.locator('[data-test-id="thread-message"]').last()).toContainText('Voici la procédure.');
  });

  test('client-side navigation between tickets, without a page load', async ({ context }) => {
    const hs = new HubSpotDemo(await context.newPage());
    await hs.open(first.id);
    await hs.type('brouillon');
    await hs.page.evaluate(() => ((window as unknown as { __marker: number }).__marker = 42));
    await hs.goTo(second.id);
    expect(new URL(hs.page.url()).pathname).toMatch(new RegExp(`/ticket/${second.id}$`));
    await expect(hs.subject()).toHaveText(second.subject);
    expect(await hs.editorText()).toBe('');
    expect(await hs.page.evaluate(() => (window as unknown as { __marker?: number }).__marker)).toBe(42);
    await hs.page.goBack();
    await hs.waitForTicket(first.id);
    await expect(hs.subject()).toHaveText(first.subject);
  });

  test('record and Inbox screens carry the ticket and a composer', async ({ context }) => {
    const hs = new HubSpotDemo(await context.newPage());
    await hs.open(second.id, { screen: 'record' });
    await expect(hs.page.locator('[data-selenium-test="highlightTitle"]')).toHaveText(second.subject);
    await hs.open(second.id, { screen: 'inbox' });
    expect(hs.page.url()).toContain(`/inbox/${demoThreadId(second.id)}`);
    await expect(hs.page.locator('[data-test-id="associated-ticket-link"]')).toContainText(second.id);
    await hs.goTo(first.id);
    await expect(hs.page.locator('[data-test-id="thread-subject"]')).toHaveText(first.subject);
    await hs.type('ok');
    expect(await hs.editorText()).toBe('ok');
  });

  test('the broken variant renders without the title and message-body hooks', async ({ context }) => {
    const page = await context.newPage();
    await page.goto(hubspotUrl(first.id, { broken: true }));
    const hs = new HubSpotDemo(page);
    await hs.waitForTicket(first.id);
    await expect(page.locator('.ticket-title-v2')).toHaveText(first.subject);
    await expect(page.locator('[data-test-id="ticket-header-name-link"]')).toHaveCount(0);
    await expect(page.locator('[data-test-id="primary-message-body-content"]')).toHaveCount(0);
    await hs.goTo(second.id);
    expect(page.url()).toContain('broken=1');
  });
});

test.describe('Zendesk demo', () => {
  test('tabs stay in the DOM, CKEditor 5 model per ticket, navigation without a page load', async ({ context }) => {
    const zd = new ZendeskDemo(await context.newPage());
    await zd.open(first.id);
    expect(await zd.page.locator('[data-test-id="ticket-workspace"]').count()).toBeGreaterThanOrEqual(2);
    await expect(zd.page.locator('header div[data-selected="true"]')).toHaveAttribute('data-entity-id', first.id);
    expect(await zd.sendEnabled()).toBe(false);
    await zd.type('Bonjour,');
    await zd.page.keyboard.press('Enter');
    await zd.page.keyboard.type('Voici.');
    expect(await zd.editorText()).toBe('Bonjour,\nVoici.');
    expect(await zd.caretAfter('Voici.')).toBe(true);
    expect(await zd.sendEnabled()).toBe(true);
    await zd.page.evaluate(() => ((window as unknown as { __marker: number }).__marker = 7));
    await zd.goTo(second.id);
    await expect(zd.subject()).toHaveValue(second.subject);
    await expect(zd.page.locator('header div[data-selected="true"]')).toHaveAttribute('data-entity-id', second.id);
    expect(await zd.editorText()).toBe('');
    await zd.selectTab(first.id);
    expect(await zd.editorText()).toBe('Bonjour,\nVoici.');
    expect(await zd.page.evaluate(() => (window as unknown as { __marker?: number }).__marker)).toBe(7);
    await zd.focusEditor();
    await zd.page.keyboard.press('Control+z');
    expect(await zd.editorText()).not.toContain('Voici.');
  });
});

test.describe('Freshdesk demo', () => {
  test('Froala model, send button and navigation without a page load', async ({ context }) => {
    const fd = new FreshdeskDemo(await context.newPage());
    await fd.open(first.id);
    await expect(fd.subject()).toHaveText(first.subject);
    expect(await fd.sendEnabled()).toBe(false);
    await fd.type('Bonjour,');
    await fd.page.keyboard.press('Enter');
    await fd.page.keyboard.type('Voici.');
    expect(await fd.editorText()).toBe('Bonjour,\nVoici.');
    expect(await fd.caretAfter('Voici.')).toBe(true);
    expect(await fd.sendEnabled()).toBe(true);
    await fd.send();
    expect(await fd.editorText()).toBe('');
    expect((await fd.sent()).map((x) => x.text)).toEqual(['Bonjour,\nVoici.']);
    await fd.page.evaluate(() => ((window as unknown as { __marker: number }).__marker = 9));
    await fd.goTo(second.id);
    expect(new URL(fd.page.url()).pathname).toBe(`/a/tickets/${second.id}`);
    await expect(fd.subject()).toHaveText(second.subject);
    expect(await fd.page.evaluate(() => (window as unknown as { __marker?: number }).__marker)).toBe(9);
  });
});
