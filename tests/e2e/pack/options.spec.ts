// Options page: profile saved without reload, custom templates CRUD + "Proposer au national", pack from a URL (install, refuse, 304, downgrade).
import { readFileSync } from 'node:fs';
import type { Route } from '@playwright/test';
import { test, expect } from '../fixtures';
import { OptionsPage } from './pages/OptionsPage';

const PACK_URL = 'https://basedeconnaissances.sisiao.dihal.gouv.fr/e2e/pack-test.json';
const bundled = JSON.parse(readFileSync('assets/packs/sisiao.fr.json', 'utf8'));

function packWith(version: string, mutate?: (p: typeof bundled) => void): string {
  const p = JSON.parse(JSON.stringify(bundled));
  p.version = version;
  mutate?.(p);
  return JSON.stringify(p);
}

test('profil: saved and still there after reopening', async ({ context, extensionId }) => {
  const o = await OptionsPage.open(context, extensionId);
  await o.profileField('prenom').fill('Camille');
  await o.profileField('nom').fill('Leroy');
  await o.profileField('email').fill('camille.leroy@siao.example');
  await o.profileField('signature').fill('Camille Leroy\nSIAO 33');
  await o.saveProfile();
  await expect(o.profileStatus()).toContainText('Profil enregistré');
  const again = await OptionsPage.open(context, extensionId);
  await expect(again.profileField('prenom')).toHaveValue('Camille');
  await expect(again.profileField('signature')).toHaveValue('Camille Leroy\nSIAO 33');
});

test('profil: a missing e-mail is refused with a French message', async ({ context, extensionId }) => {
  const o = await OptionsPage.open(context, extensionId);
  await o.profileField('email').fill('pas-un-email');
  await o.saveProfile();
  await expect(o.profileField('email')).toHaveAttribute('aria-invalid', 'true');
  await expect(o.page.getByTestId('profile-form').locator('.ag-error-text')).not.toHaveCount(0);
  await expect(o.profileStatus()).not.toContainText('Profil enregistré');
});

test('modèles: create, warn on unknown variable, propose to the national team, delete', async ({ context, extensionId }) => {
  const o = await OptionsPage.open(context, extensionId);
  await o.newTemplate('Offre e2e', 'N2 · Module offre', 'Bonjour {{usager.prenom}},\n\nVoir {{kb.lien}} {{inconnue}}\n\nCordialement,\n{{referent.signature}}');
  await expect(o.page.getByTestId('template-unknown')).toContainText('{{inconnue}}');
  await o.editor().getByLabel('Texte du modèle').fill('Bonjour {{usager.prenom}},\n\nVoir {{kb.lien}}\n\nCordialement,\n{{referent.signature}}');
  await expect(o.page.getByTestId('template-unknown')).toHaveCount(0);
  await o.saveTemplate();
  await expect(o.customTemplate('Offre e2e')).toContainText('MODULE OFFRE › Module offre');

  await o.customTemplate('Offre e2e').getByRole('button', { name: 'Proposer au national' }).click();
  const text = o.page.getByTestId('proposal-text');
  await expect(text).toHaveValue(/Niveau 2 — MODULE OFFRE › Module offre › Module offre \(identifiant : offre\.module-offre\)/);
  await expect(text).toHaveValue(/--- Texte du modèle ---\nBonjour \{\{usager\.prenom\}\},/);
  const download = o.page.waitForEvent('download');
  await o.page.getByRole('link', { name: 'Télécharger le fichier (JSON)' }).click();
  expect((await download).suggestedFilename()).toMatch(/^proposition-modele-offre\.module-offre-\d{4}-\d{2}-\d{2}\.json$/);
  await o.page.getByRole('button', { name: 'Fermer' }).click();

  o.page.once('dialog', (d) => void d.accept());
  await o.customTemplate('Offre e2e').getByRole('button', { name: 'Supprimer' }).click();
  await expect(o.customTemplate('Offre e2e')).toHaveCount(0);
});

test('pack: installs from a URL, refuses a bad pack keeping the old one, 304, downgrade asks first', async ({ context, extensionId }) => {
  const o = await OptionsPage.open(context, extensionId);
  await expect(o.version()).toHaveText(bundled.version);
  let served = { body: packWith('2099.1.0'), etag: '"a"' };
  const seen: (string | undefined)[] = [];
  // The background is the only fetcher of the pack URL: route the whole context (its service worker included).
  const serve = async (route: Route) => {
    const inm = route.request().headers()['if-none-match'];
    seen.push(inm);
    if (inm && inm === served.etag) return route.fulfill({ status: 304, headers: { ETag: served.etag } });
    return route.fulfill({ status: 200, contentType: 'application/json', headers: { ETag: served.etag }, body: served.body });
  };
  await context.route(PACK_URL, serve);

  await o.useUrl(PACK_URL);
  await expect(o.result()).toHaveAttribute('data-status', 'installed');
  await expect(o.version()).toHaveText('2099.1.0');

  // 304: the same ETag comes back.
  await o.update();
  await expect(o.result()).toHaveAttribute('data-status', 'not-modified');
  expect(seen.at(-1)).toBe('"a"');

  // A pack failing validation is refused, with the bad field named, and 2099.1.0 stays.
  served = { body: packWith('2099.2.0', (p) => { p.templates[0].rowIds = ['ligne.inconnue']; }), etag: '"b"' };
  await o.update();
  await expect(o.result()).toHaveAttribute('data-status', 'refused');
  await expect(o.result()).toContainText('templates[0].rowIds[0]');
  await expect(o.page.getByTestId('pack-last-error')).toContainText('Pack refusé');
  await expect(o.version()).toHaveText('2099.1.0');

  // An older version asks first.
  served = { body: packWith('2000.1.0'), etag: '"c"' };
  await o.update();
  await expect(o.result()).toHaveAttribute('data-status', 'downgrade');
  await expect(o.version()).toHaveText('2099.1.0');
  o.page.once('dialog', (d) => void d.accept());
  await o.result().getByRole('button', { name: /Installer quand même/ }).click();
  await expect(o.result()).toHaveAttribute('data-status', 'installed');
  await expect(o.version()).toHaveText('2000.1.0');

  // Back to the bundled pack for the other tests.
  await o.useBundled();
  await expect(o.version()).toHaveText(bundled.version);
  await context.unroute(PACK_URL, serve);
});
