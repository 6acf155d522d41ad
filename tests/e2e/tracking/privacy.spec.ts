// Privacy end to end: the Suivi page lists each personal store with its count, and « Tout supprimer » empties them all.
import type { BrowserContext } from '@playwright/test';
import { test, expect } from '../fixtures';
import { SuiviPage } from './pages/SuiviPage';

test.describe.configure({ mode: 'serial', timeout: 90_000 });

/** Writes a correction (full ticket text), an escalation and a call draft, as the sidebar and the popup would. */
async function seedPersonalData(context: BrowserContext): Promise<void> {
  const [worker] = context.serviceWorkers();
  await worker!.evaluate(async () => {
    const g = globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } }; indexedDB: IDBFactory };
    await g.chrome.storage.local.set({ currentCall: { startedAt: Date.now(), phone: '0611223344', structure: 'CHU', text: 'mot de passe', requests: [] } });
    // The sidebar's memory of a ticket it logged (not counted in the list, but emptied by « Tout supprimer »).
    await g.chrome.storage.local.set({
      ticketMemory: { 'hubspot:1': { ticketKey: 'hubspot:1', visitKey: 'hubspot:1@1', openedAt: Date.now(), logged: { rowId: 'x' }, status: 'en_cours', loggedId: 1, updatedAt: Date.now() } },
    });
    await new Promise<void>((resolve, reject) => {
      const open = g.indexedDB.open('aiguilleur');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const tx = open.result.transaction(['corrections', 'escalations'], 'readwrite');
        tx.objectStore('corrections').add({ createdAt: new Date().toISOString(), text: 'mdp\nJean Dupont, 0611223344', rowId: 'x' });
        tx.objectStore('escalations').add({
          ticketKey: 'hubspot:1', createdAt: new Date().toISOString(), rowId: 'x', formUrl: '',
          draft: { prenom: 'Jean', nom: 'Dupont', email: 'j@d.fr', profil: 'Référent SI SIAO', departement: '75', thematique: 't', motif: 'm', sousMotif: 's', description: 'd', consentRetourEmail: true, consentCommunications: false },
        });
        tx.oncomplete = () => {
          open.result.close();
          resolve();
        };
        tx.onerror = () => reject(tx.error);
      };
    });
  });
}

/** What the sidebar remembers per ticket, read in the background. */
async function ticketMemory(context: BrowserContext): Promise<unknown> {
  const [worker] = context.serviceWorkers();
  return worker!.evaluate(async () => {
    const g = globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } };
    return (await g.chrome.storage.local.get('ticketMemory')).ticketMemory;
  });
}

test('la section Confidentialité compte chaque donnée personnelle et « Tout supprimer » les efface toutes', async ({ context, extensionId }) => {
  const suivi = await SuiviPage.open(context, extensionId);
  await suivi.clearAll();
  await seedPersonalData(context);
  await suivi.page.reload();
  const stores = suivi.page.getByTestId('personal-stores');
  await expect(stores.getByTestId('count-corrections')).toHaveText('1');
  await expect(stores.getByTestId('count-escalations')).toHaveText('1');
  await expect(stores.getByTestId('count-call')).toHaveText('1');
  await expect(stores.getByTestId('count-solicitations')).toHaveText('0');

  // « Tout supprimer » is offered even with an empty log, since other personal data is kept.
  await suivi.page.getByRole('button', { name: 'Tout supprimer' }).click();
  await expect(suivi.page.getByRole('alertdialog')).toContainText('3 éléments');
  await suivi.page.getByRole('button', { name: 'Oui, tout supprimer' }).click();
  await expect(suivi.page.getByRole('status').filter({ hasText: 'Données personnelles effacées : 1 correction, 1 escalade, 1 appel en cours.' })).toBeVisible();
  for (const key of ['solicitations', 'corrections', 'escalations', 'call', 'pending']) await expect(stores.getByTestId(`count-${key}`)).toHaveText('0');
  expect(await ticketMemory(context)).toEqual({});

  // The options page lists the same stores.
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.getByTestId('personal-stores').getByTestId('count-corrections')).toHaveText('0');
  await expect(options.getByTestId('personal-stores')).toContainText('Escalades en attente du formulaire');
});
