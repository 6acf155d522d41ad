// #13 point 6 in real Chromium: the popup fits Chrome's 600 px (the call scrolls inside), in Marianne; the réponse type to
// read out is rendered (no {{…}}, paragraphs kept) with an « Envoyer par e-mail » mailto: link; the sidebar opens the same call.
import { test, expect } from '../fixtures';
import { PopupPage, POPUP_VIEWPORT } from './pages/PopupPage';
import { SidebarPage } from '../sidebar/sidebar.page';
import { DEMO_TICKETS } from '../../fixtures/tickets/index';

const TH = 'ACCÈS ET AUTHENTIFICATION';
const MOTIF = 'Problème de connexion au SI SIAO';
const SM = 'Réinitialisation mot de passe';
const SENTENCE = 'Pour réinitialiser votre mot de passe, cliquez sur « Mot de passe oublié »';

test.describe.configure({ timeout: 90_000 });

test('le popup tient en 600 px, en Marianne, et la réponse à lire est rendue avec « Envoyer par e-mail »', async ({ context, extensionId }) => {
  const popup = await PopupPage.open(context, extensionId, POPUP_VIEWPORT);
  await popup.startCall();
  await popup.fillCaller('0611223344', 'CHU Test');
  await popup.panel.getByLabel('Ce que dit l’appelant').fill('Elle a oublié son mot de passe et ne peut plus se connecter');
  await popup.chooseSousMotif(TH, MOTIF, SM);

  const answer = popup.answer.first();
  await answer.scrollIntoViewIfNeeded();
  await expect(answer).toBeVisible();
  await expect(answer).toContainText(SENTENCE);
  await expect(answer).not.toContainText('{{');
  // Paragraphs kept; the caller's name is not known: « Bonjour, »; {{kb.lien}} is a link.
  const paragraphs = answer.locator('p');
  expect(await paragraphs.count()).toBeGreaterThanOrEqual(4);
  await expect(paragraphs.first()).toHaveText('Bonjour,');
  await expect(answer.locator('a[href^="https://"]').first()).toBeVisible();

  const href = (await popup.mailto.first().getAttribute('href'))!;
  expect(href.startsWith('mailto:')).toBe(true);
  expect(href).toContain(encodeURIComponent(SENTENCE));
  expect(href).toContain(`subject=${encodeURIComponent('Réinitialisation du mot de passe')}`);
  expect(decodeURIComponent(href)).not.toContain('{{');

  // Chrome caps popups at 600 px: the page does not grow past it, the call form scrolls inside.
  const size = await popup.page.evaluate(() => ({
    doc: document.documentElement.scrollHeight,
    body: document.body.scrollHeight,
    inner: document.querySelector<HTMLElement>('[data-testid="popup-body"]')!.scrollHeight,
    innerVisible: document.querySelector<HTMLElement>('[data-testid="popup-body"]')!.clientHeight,
  }));
  expect(size.doc).toBeLessThanOrEqual(POPUP_VIEWPORT.height);
  expect(size.body).toBeLessThanOrEqual(POPUP_VIEWPORT.height);
  expect(size.inner, 'le formulaire défile dans le popup').toBeGreaterThan(size.innerVisible);
  await expect(popup.page.getByRole('link', { name: 'Ouvrir le suivi' })).toBeInViewport();

  // Marianne is loaded and used (the popup does not load the DSFR).
  await expect
    .poll(() => popup.page.evaluate(async () => {
      await document.fonts.ready;
      return [...document.fonts].some((f) => f.family.includes('Marianne') && f.status === 'loaded');
    }))
    .toBe(true);
  expect(await popup.page.evaluate(() => getComputedStyle(document.querySelector('.ag-popup')!).fontFamily)).toContain('Marianne');

  await popup.page.screenshot({ path: 'tests/e2e/screenshots/popup-call.png' });
  await popup.panel.getByRole('button', { name: 'Abandonner l’appel' }).click();
});

test('« Appel téléphonique » ouvre le même appel dans la barre latérale', async ({ context }) => {
  const { page, sidebar } = await SidebarPage.onHubSpotTicket(context, DEMO_TICKETS[0]!.id);
  await page.setViewportSize({ width: 1366, height: 768 });
  const toggle = sidebar.root.getByRole('button', { name: 'Appel téléphonique' });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');

  const call = new PopupPage(page, sidebar.root);
  await call.startCall();
  await call.fillCaller('0611223344', 'CHU Test');
  await call.chooseSousMotif(TH, MOTIF, SM);
  await expect(call.answer.first()).toContainText(SENTENCE);
  await expect(call.answer.first()).not.toContainText('{{');
  expect(await call.mailto.first().getAttribute('href')).toMatch(/^mailto:\?subject=.+&body=.*Bonjour%2C/);
  await call.answer.first().scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'tests/e2e/screenshots/sidebar-call-1366x768.png' });
  await call.endCall();
  await expect(call.panel.getByRole('status').filter({ hasText: 'Appel enregistré : 1 sollicitation' })).toBeVisible();
});
