// #13 point 1, at 1366×768: the suggestions are compact lines and the réponse type with Insérer is on screen without
// scrolling, even with a ticket pending above it; requalification is folded (R); keys 1/2/3 pick; Escape closes; the
// browser commands focus and insert.
import { test, expect } from '../fixtures';
import { SidebarPage } from './sidebar.page';
import { expectReachable } from '../pages/visibility';
import { DEMO_TICKETS } from '../../fixtures/tickets/index';

const LAPTOP = { width: 1366, height: 768 };
const first = DEMO_TICKETS[0]!;
const earlier = DEMO_TICKETS[1]!;

test('answer first at 1366×768, keys and commands', async ({ context }) => {
  // A day's state on purpose: an earlier ticket answered with Insérer and left without « Résolu » is pending.
  const { page, crm, sidebar } = await SidebarPage.onHubSpotTicket(context, earlier.id);
  await page.setViewportSize(LAPTOP);
  await crm.focusEditor();
  await sidebar.insert();
  await expect(sidebar.root.getByTestId('logged-status')).toHaveText('en cours');
  await crm.goTo(first.id);
  await sidebar.waitForTicket(`hubspot:${first.id}`);
  const pending = sidebar.root.getByTestId('pending-tickets');
  await expect(pending).toContainText('À confirmer');

  // Three suggestions, one line each.
  const lines = sidebar.suggestions.locator('button.ag-suggestion');
  await expect(lines).toHaveCount(3);
  for (let i = 0; i < 3; i++) {
    const box = (await lines.nth(i).boundingBox())!;
    expect(box.height, `suggestion ${i + 1} sur une ligne`).toBeLessThan(40);
  }
  await expect(lines.first()).toContainText(/N[12]/);
  await expect(lines.first()).toContainText(/Confiance/);

  // Requalification is folded behind one control.
  await expect(sidebar.pickerSearch()).toHaveCount(0);
  await expect(sidebar.requalifyToggle()).toHaveAttribute('aria-expanded', 'false');

  // The answer and Insérer are visible and clickable without scrolling.
  for (const [name, target] of [['Insérer', sidebar.insertButton()], ['réponse type', sidebar.templateText()], ['suggestion 1', lines.first()]] as const) {
    await expectReachable(target, name);
  }
  await page.screenshot({ path: 'tests/e2e/screenshots/sidebar-answer-first-1366x768.png' });
  // Opened, the pending list drops over the body; folded again, the answer is back as it was.
  await pending.locator('summary').click();
  await expect(pending.getByTestId('pending-ticket').first()).toBeVisible();
  await pending.locator('summary').click();
  await expectReachable(sidebar.insertButton(), 'Insérer, liste « À confirmer » repliée');

  // Key 2 picks the second suggestion and its answer is brought into view.
  await lines.first().focus();
  await page.keyboard.press('2');
  await expect(lines.nth(1)).toHaveAttribute('aria-pressed', 'true');
  await expectReachable(sidebar.insertButton(), 'Insérer après le choix');
  await page.keyboard.press('1');
  await expect(lines.first()).toHaveAttribute('aria-pressed', 'true');

  // R unfolds requalification and focuses its search field.
  await page.keyboard.press('r');
  await expect(sidebar.pickerSearch()).toBeFocused();
  await expect(sidebar.requalifyToggle()).toHaveAttribute('aria-expanded', 'true');
  // Typing in the field is not a shortcut: « 2 » goes into the field.
  await page.keyboard.type('2');
  await expect(sidebar.pickerSearch()).toHaveValue('2');
  await expect(lines.first()).toHaveAttribute('aria-pressed', 'true');

  // Escape closes the sidebar and gives the focus back to the page.
  await sidebar.pickerSearch().fill('');
  await sidebar.insertButton().focus();
  await page.keyboard.press('Escape');
  await sidebar.root.waitFor({ state: 'detached' });
  expect(await sidebar.focusedInside()).toBeNull();

  // Alt+Shift+S (the browser command) opens it with the focus inside.
  await sidebar.runCommand('toggle-sidebar');
  await sidebar.root.waitFor();
  await expect.poll(() => sidebar.focusedInside()).not.toBeNull();

  // Alt+Shift+I inserts the réponse type into the reply editor.
  await sidebar.waitForTicket(`hubspot:${first.id}`);
  const template = await sidebar.templateText().inputValue();
  await crm.focusEditor();
  await sidebar.runCommand('insert-answer');
  // A draft « à relire » asks, from the command too, for the same once-a-day confirmation as the button.
  expect(await sidebar.insertOutcome()).toContain('insérée');
  await expect.poll(() => crm.editorText()).toContain(template.split('\n')[0]!);
});
