// « Nouvel utilisateur » end to end: the pack's welcome mail, filled with the requester's first name, lands in the HubSpot reply editor.
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
