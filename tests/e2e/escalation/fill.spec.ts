// E2E: fillSupportForm run in the page's main world fills the React fixture forms of both HubSpot generations; nothing is submitted.
import { test, expect } from '../fixtures';
import { SupportFormPage, TINY_PNG } from './pages/support-form';
import { DRAFT_ACCES, DRAFT_EVOLUTION } from './drafts';

test.describe('fillSupportForm on the fixture forms', () => {
  // The machine is shared and slow: the first request bundles the fixture form.
  test.describe.configure({ timeout: 120_000 });

  test('the fixture is React-controlled: a value set without events is lost', async ({ context }) => {
    const form = new SupportFormPage(await context.newPage());
    await form.goto('legacy');
    await form.waitForForm();
    await form.page.evaluate(() => {
      (document.querySelector('input[name=firstname]') as HTMLInputElement).value = 'Perdu';
    });
    await form.waitForRerenders();
    expect((await form.state())!.firstname).toBe('');
    await expect(form.page.locator('input[name=firstname]')).toHaveValue('');
  });

  test('legacy form: every field in React state, dependent selects, screenshot attached, not submitted', async ({ context }) => {
    const form = new SupportFormPage(await context.newPage());
    await form.goto('legacy', '?delay=1200');
    const report = await form.fillWithHarness({ ...DRAFT_ACCES, screenshotDataUrl: TINY_PNG });
    test.info().annotations.push({ type: 'figure', description: `remplissage formulaire classique : ${report.elapsedMs} ms` });
    expect(report.missing).toEqual([]);
    const s = (await form.state())!;
    expect(s).toMatchObject({
      firstname: 'Anne',
      lastname: 'Martin',
      email: 'anne.martin@siao75.fr',
      profil: 'Référent SI SIAO',
      departement: '75 - Paris',
      subject: 'Connexion impossible',
      description: DRAFT_ACCES.description,
      thematique: 'Accès et authentification',
      motif: 'Problème de connexion au SI SIAO',
      sousMotif: 'Accès au compte',
      consentRetourEmail: true,
      consentCommunications: false,
      files: ['capture-ticket.png'],
    });
    // Values survive the form's periodic re-render.
    await form.waitForRerenders();
    expect((await form.state())!.sousMotif).toBe('Accès au compte');
    await expect(form.page.locator('[data-aiguilleur=filled]').first()).toBeVisible();
    expect(await form.submitted()).toBe(false);
  });

  test('multi-step v4 form: custom dropdowns, Suivant, apostrophes and case, not submitted', async ({ context }) => {
    const form = new SupportFormPage(await context.newPage());
    await form.goto('v4');
    const report = await form.fillWithHarness(DRAFT_EVOLUTION);
    test.info().annotations.push({ type: 'figure', description: `remplissage formulaire en deux étapes : ${report.elapsedMs} ms` });
    expect(report.missing).toEqual([]);
    const s = (await form.state())!;
    expect(s).toMatchObject({
      step: 2,
      firstname: 'Anne',
      lastname: 'Martin',
      email: 'anne.martin@siao75.fr',
      profil: 'Administrateur départemental',
      departement: '93 - Seine-Saint-Denis',
      subject: 'Connexion impossible',
      description: DRAFT_EVOLUTION.description,
      thematique: 'Proposition d’évolutions',
      motif: 'Demande d’hébergement d’urgence',
      sousMotif: 'Demande d’hébergement d’urgence',
      consentRetourEmail: true,
      consentCommunications: true,
    });
    await expect(form.page.getByRole('button', { name: 'Soumettre' })).toBeVisible();
    expect(await form.submitted()).toBe(false);
  });

  test('legacy form inside an iframe', async ({ context }) => {
    const form = new SupportFormPage(await context.newPage());
    await form.goto('iframe');
    const report = await form.fillWithHarness(DRAFT_ACCES);
    expect(report.missing).toEqual([]);
    const s = (await form.state())!;
    expect(s).toMatchObject({ firstname: 'Anne', departement: '75 - Paris', sousMotif: 'Accès au compte', consentRetourEmail: true });
    expect(await form.submitted()).toBe(false);
  });

  test('what cannot be filled is reported in French', async ({ context }) => {
    const form = new SupportFormPage(await context.newPage());
    await form.goto('legacy');
    const report = await form.fillWithHarness({ ...DRAFT_ACCES, departement: '2C', sousMotif: 'Sous-motif inconnu' }, { settleMs: 800 });
    expect(report.missing).toEqual(['Quel est votre département ?', 'Sélectionnez votre sous-motif']);
    expect(report.details.join('\n')).toContain('aucune option ne correspond à « 2C »');
    expect((await form.state())!.firstname).toBe('Anne');
    expect(await form.submitted()).toBe(false);
  });
});
