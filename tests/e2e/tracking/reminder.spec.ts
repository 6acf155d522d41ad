// Survey reminder end to end with a mocked clock: the Suivi banner shows on the 1st of a month and goes once « Enquête envoyée » is ticked.
import type { BrowserContext } from '@playwright/test';
import { test, expect } from '../fixtures';
import { SuiviPage } from './pages/SuiviPage';

test.describe.configure({ mode: 'serial', timeout: 90_000 });

async function clearSent(context: BrowserContext): Promise<void> {
  const [worker] = context.serviceWorkers();
  await worker!.evaluate(() => (globalThis as unknown as { chrome: { storage: { local: { remove(k: string): Promise<void> } } } }).chrome.storage.local.remove('surveySent'));
}

test('le 1er du mois, le bandeau rappelle l’enquête du mois précédent jusqu’à ce qu’elle soit cochée envoyée', async ({ context, extensionId }) => {
  await clearSent(context);
  const page = await context.newPage();
  await page.clock.setFixedTime(new Date(2026, 11, 1, 9, 0));
  await page.setViewportSize({ width: 1366, height: 768 });
  const suivi = await SuiviPage.open(context, extensionId, page);
  const banner = suivi.page.getByRole('region', { name: 'Rappel de l’enquête mensuelle' });
  await expect(banner).toContainText('Enquête mensuelle de novembre 2026 à envoyer à la DIHAL');
  await expect(banner).toContainText('avant le 21/12/2026 (encore 21 jours)');
  if (process.env.AIGUILLEUR_SHOTS) await suivi.page.screenshot({ path: process.env.AIGUILLEUR_SHOTS });

  // The banner goes as soon as the tick is saved: click (check() would wait on a removed box).
  await banner.getByLabel('Enquête envoyée (novembre 2026)').click();
  await expect(banner).toHaveCount(0);
  await expect(suivi.page.getByRole('status').filter({ hasText: 'Enquête de novembre 2026 notée comme envoyée.' })).toBeVisible();
  const log = suivi.page.getByTestId('survey-sent');
  await expect(log.getByRole('listitem')).toHaveText(['novembre 2026 — cochée le 01/12/2026']);
  await expect(log.getByLabel('Enquête envoyée (novembre 2026)')).toBeChecked();

  // Still gone after a reload: the month sent is kept.
  await suivi.page.reload();
  await suivi.page.getByTestId('survey-sent').getByRole('listitem').first().waitFor();
  await expect(suivi.page.getByTestId('survey-reminder')).toHaveCount(0);
  await clearSent(context);
});

test('après trois semaines, plus de bandeau même sans envoi', async ({ context, extensionId }) => {
  await clearSent(context);
  const page = await context.newPage();
  await page.clock.setFixedTime(new Date(2026, 11, 22, 9, 0));
  const suivi = await SuiviPage.open(context, extensionId, page);
  await expect(suivi.page.getByTestId('survey-sent')).toContainText('aucune pour l’instant');
  await expect(suivi.page.getByTestId('survey-reminder')).toHaveCount(0);
});
