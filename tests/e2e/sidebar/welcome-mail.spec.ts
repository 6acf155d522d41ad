// Sidebar good practices end to end: « Nouvel utilisateur » inserts the welcome mail; a vague subject offers the explicit-subject paragraph.
import { test, expect } from '../fixtures';
import { SidebarPage } from './sidebar.page';
import { DEMO_TICKETS } from '../../fixtures/tickets/index';

const ticket = DEMO_TICKETS[0]!;

test('« Nouvel utilisateur » insère le mail de bienvenue dans la réponse', async ({ context }) => {
  const { crm, sidebar } = await SidebarPage.onHubSpotTicket(context, ticket.id);
  const panel = sidebar.root.getByTestId('welcome-mail');
  await panel.getByRole('button', { name: 'Nouvel utilisateur' }).click();
  const text = panel.getByTestId('welcome-text');
  const firstName = ticket.requester.name.split(' ')[0]!;
  await expect(text).toHaveValue(new RegExp(`^Bonjour ${firstName},\\n\\nBienvenue sur le SI SIAO`));
  // The seed's three elements: videos on connection and account, the training space, the knowledge base.
  await expect(text).toHaveValue(/Vidéos tutorielles sur la connexion et la gestion de votre compte/);
  await expect(text).toHaveValue(/Espace de formation/);
  await expect(text).toHaveValue(/Base de connaissances du SI SIAO/);

  await panel.getByRole('button', { name: 'Insérer le mail de bienvenue' }).click();
  await expect(panel.getByTestId('welcome-status')).toContainText('insérée');
  await expect.poll(() => crm.editorText()).toContain('Bienvenue sur le SI SIAO');
  expect(await crm.editorText()).toContain('Espace de formation, pour vous entraîner');
});

test('un objet vague (« mdp ») propose le paragraphe sur les objets explicites, inséré dans la réponse', async ({ context }) => {
  const { crm, sidebar } = await SidebarPage.onHubSpotTicket(context, '31000003');
  const hint = sidebar.root.getByRole('region', { name: 'Objet peu explicite' });
  await expect(hint).toContainText('Objet peu explicite (« mdp »)');
  await hint.getByRole('button', { name: 'Insérer le paragraphe' }).click();
  await expect(hint.getByRole('status')).toContainText('insérée');
  await expect.poll(() => crm.editorText()).toContain('plutôt que « mdp »');

  // An explicit subject gets no such paragraph.
  await crm.goTo(ticket.id);
  await sidebar.waitForTicket(`hubspot:${ticket.id}`);
  await expect(sidebar.root.getByTestId('vague-subject')).toHaveCount(0);
});
