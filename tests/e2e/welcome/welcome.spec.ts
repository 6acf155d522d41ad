// First run: the welcome page saves the référent's profile (keyboard only), reports errors in French, lists the real shortcuts.
import type { BrowserContext } from '@playwright/test';
import { test, expect } from '../fixtures';
import { WelcomePage } from './pages/WelcomePage';
import { builtExtensionPages } from '../a11y/pages/extension-pages';

test.skip(!builtExtensionPages().includes('welcome.html'), 'welcome.html absente de la construction');

async function storedSettings(context: BrowserContext): Promise<Record<string, unknown>> {
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker');
  return worker.evaluate(async () => {
    type Local = { get(key: string): Promise<Record<string, unknown>> };
    const { chrome } = globalThis as unknown as { chrome: { storage: { local: Local } } };
    const got = await chrome.storage.local.get('settings');
    return (got.settings ?? {}) as Record<string, unknown>;
  });
}

test('le profil saisi au clavier est enregistré et marque la première utilisation comme faite', async ({ context, extensionId }) => {
  const welcome = await WelcomePage.open(context, extensionId);
  await welcome.typeWithKeyboard('fieldPrenom', 'Camille');
  await welcome.typeWithKeyboard('fieldNom', 'Martin');
  await welcome.typeWithKeyboard('fieldEmail', 'camille.martin@siao75.fr');
  await welcome.typeWithKeyboard('fieldSiao', 'SIAO 75');
  await welcome.typeWithKeyboard('fieldDepartement', '75 - Paris');
  await welcome.typeWithKeyboard('fieldSignature', 'Camille Martin');
  await welcome.submit().focus();
  await welcome.page.keyboard.press('Enter');
  await expect(welcome.status()).toHaveText(welcome.text('profileSaved'));

  const settings = await storedSettings(context);
  expect(settings.onboarded).toBe(true);
  expect(settings.profil).toMatchObject({
    prenom: 'Camille',
    nom: 'Martin',
    email: 'camille.martin@siao75.fr',
    siao: 'SIAO 75',
    departement: '75 - Paris',
    profil: 'Référent SI SIAO',
    signature: 'Camille Martin',
  });

  // Reopened, the page shows the saved profile.
  const again = await WelcomePage.open(context, extensionId);
  await expect(again.field('fieldPrenom')).toHaveValue('Camille');
});

test('un profil incomplet est refusé avec un résumé des erreurs qui prend le focus', async ({ context, extensionId }) => {
  const before = await storedSettings(context);
  const welcome = await WelcomePage.open(context, extensionId);
  await welcome.field('fieldPrenom').fill('');
  await welcome.field('fieldNom').fill('');
  await welcome.field('fieldEmail').fill('camille.martin');
  await welcome.submit().click();

  const summary = welcome.errorSummary();
  await expect(summary).toBeFocused();
  await expect(summary).toContainText(welcome.text('profileErrorsTitle', '3'));
  await expect(summary).toContainText(welcome.text('errEmailInvalid'));
  await expect(welcome.field('fieldPrenom')).toHaveAttribute('aria-invalid', 'true');
  await expect(welcome.field('fieldEmail')).toHaveAccessibleDescription(welcome.text('errEmailInvalid'));

  // The summary's links lead to the fields.
  await summary.getByRole('link', { name: new RegExp(welcome.text('fieldNom')) }).click();
  await expect(welcome.field('fieldNom')).toBeFocused();
  // Nothing was saved.
  expect(await storedSettings(context)).toEqual(before);
});

test('les raccourcis affichés sont ceux du navigateur', async ({ context, extensionId }) => {
  const welcome = await WelcomePage.open(context, extensionId);
  const table = welcome.shortcutsTable();
  await expect(table.getByRole('row', { name: new RegExp(welcome.text('commandToggleSidebar')) })).toContainText('Alt+Shift+S');
  await expect(welcome.page.getByText(welcome.text('thingOpenText', 'Alt+Shift+S'))).toBeVisible();
});

test('sur petit écran, le menu s’ouvre et se ferme au clavier', async ({ context, extensionId }) => {
  const welcome = await WelcomePage.open(context, extensionId);
  await welcome.page.setViewportSize({ width: 375, height: 800 });
  const menu = welcome.page.getByRole('button', { name: welcome.text('layoutMenuOpen'), exact: true });
  const nav = welcome.page.getByRole('navigation', { name: welcome.text('layoutNavLabel') });
  await expect(nav).toBeHidden();
  await menu.focus();
  await welcome.page.keyboard.press('Enter');
  await expect(nav).toBeVisible();
  await expect(welcome.page.getByRole('button', { name: welcome.text('layoutMenuClose') })).toBeFocused();
  await welcome.page.keyboard.press('Escape');
  await expect(nav).toBeHidden();
  await expect(menu).toBeFocused();
});
