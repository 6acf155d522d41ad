// Background: first run — opens the welcome page when Aiguilleur is installed (not on updates or browser restarts).
import { browser } from 'wxt/browser';
import '@/lib/zod-config';

export const WELCOME_PAGE = '/welcome.html';

type InstalledDetails = { reason: string; temporary?: boolean };

/** What to do for an onInstalled event: only a fresh install opens the welcome page. */
export function shouldOpenWelcome(details: InstalledDetails): boolean {
  return details.reason === 'install';
}

async function openWelcomePage(): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PAGE) });
}

export function registerInstallHandlers(): void {
  browser.runtime.onInstalled.addListener((details) => {
    if (!shouldOpenWelcome(details)) return;
    openWelcomePage().catch((err: unknown) => console.error('Aiguilleur : la page de bienvenue n’a pas pu s’ouvrir.', err));
  });
}
