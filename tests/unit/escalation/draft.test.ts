// Unit tests of the escalation draft: error message extraction, description content, identity and consents, internal note.
import { describe, expect, it } from 'vitest';
import {
  buildEscalationDraft,
  composeDescription,
  extractCacheCleared,
  extractErrorMessage,
  extractOthersAffected,
  extractProfilUsed,
  internalNoteText,
} from '@/lib/escalation/draft';
import { escalationDraftSchema } from '@/lib/escalation/schema';
import { ticketSchema } from '@/lib/crm/ticket';
import { defaultSettings, profilSchema, settingsSchema } from '@/lib/settings';
import type { NomenclatureRow } from '@/lib/pack/schema';

const row: NomenclatureRow = {
  id: 'assistance-technique.menage.menage',
  niveau: 2,
  thematique: 'ASSISTANCE TECHNIQUE',
  motif: 'Ménage',
  sousMotif: 'Ménage',
  exemples: [],
  vocabulaire: [],
};

const ticket = ticketSchema.parse({
  source: 'hubspot',
  key: 'hubspot:4242',
  id: '4242',
  url: 'https://app.hubspot.com/contacts/1/record/0-5/4242',
  subject: 'Impossible d’enregistrer la fiche ménage',
  requester: { name: 'Julien Dupont', email: 'julien.dupont@example.org' },
  structure: 'CHRS Les Tilleuls',
  firstMessage:
    'Bonjour, je suis travailleur social. En validant la fiche ménage, le message « Erreur technique : la demande n’a pas pu être enregistrée (code 500) » s’affiche. Mes collègues ont le même problème. J’ai vidé le cache du navigateur sans succès.',
});

const profil = profilSchema.parse({ prenom: 'Anne', nom: 'Martin', email: 'anne.martin@siao75.fr', siao: 'SIAO 75', departement: '' });

describe('extractErrorMessage', () => {
  it('takes the quoted text next to an error word', () => {
    expect(extractErrorMessage(ticket.firstMessage)).toBe('Erreur technique : la demande n’a pas pu être enregistrée (code 500)');
  });
  it('takes a labelled error line', () => {
    expect(extractErrorMessage('Quand je clique, j’ai le message d’erreur : Accès refusé à la ressource\nMerci')).toBe(
      'Accès refusé à la ressource',
    );
  });
  it('takes an HTTP error code', () => {
    expect(extractErrorMessage('La page affiche 403 Forbidden depuis ce matin.')).toBe('403 Forbidden');
  });
  it('returns null when no error is quoted', () => {
    expect(extractErrorMessage('Bonjour, comment créer un compte « formation » ?')).toBeNull();
    expect(extractErrorMessage('')).toBeNull();
  });
});

describe('what the form asks', () => {
  it('reads the profil, the other users and the cache from the ticket', () => {
    expect(extractProfilUsed(ticket.firstMessage)).toBe('travailleur social');
    expect(extractOthersAffected(ticket.firstMessage)).toBe('oui');
    expect(extractOthersAffected('Pas d’incident chez d’autres utilisateurs à ma connaissance')).toBe('non');
    expect(extractCacheCleared(ticket.firstMessage)).toBe('oui');
    expect(extractCacheCleared('Rien de particulier')).toBeNull();
  });
});

describe('composeDescription', () => {
  const text = composeDescription(ticket, row, profil);
  it('carries the ticket number and link, the requester and the structure', () => {
    expect(text).toContain('n° 4242');
    expect(text).toContain(ticket.url);
    expect(text).toContain('Julien Dupont <julien.dupont@example.org>');
    expect(text).toContain('CHRS Les Tilleuls');
  });
  it('answers each question of the form', () => {
    expect(text).toContain('Actions effectuées jusqu’au blocage');
    expect(text).toContain('« Erreur technique : la demande n’a pas pu être enregistrée (code 500) »');
    expect(text).toMatch(/Profil utilisé dans le SI SIAO : travailleur social/);
    expect(text).toMatch(/autres utilisateurs : oui/);
    expect(text).toMatch(/Vidage des caches du navigateur : oui/);
    expect(text).toContain('ASSISTANCE TECHNIQUE > Ménage > Ménage');
  });
  it('says what is unknown instead of inventing it', () => {
    const bare = ticketSchema.parse({ source: 'generic', key: '', url: '', firstMessage: 'Ça ne marche pas.' });
    const t = composeDescription(bare, row, profil);
    expect(t).toContain('aucun message d’erreur cité');
    expect(t).toMatch(/Vidage des caches du navigateur : à préciser/);
    expect(t).toContain('n° non disponible');
  });
});

describe('buildEscalationDraft', () => {
  it('takes the identity from the profile, the labels from the row, consents from settings', () => {
    const settings = settingsSchema.parse({ ...defaultSettings, consentCommunications: true });
    const d = buildEscalationDraft({ ticket, row, profil, settings });
    expect(d).toMatchObject({
      prenom: 'Anne',
      nom: 'Martin',
      email: 'anne.martin@siao75.fr',
      profil: 'Référent SI SIAO',
      departement: '75',
      thematique: 'ASSISTANCE TECHNIQUE',
      motif: 'Ménage',
      sousMotif: 'Ménage',
      consentRetourEmail: true,
      consentCommunications: true,
      ticketKey: 'hubspot:4242',
      rowId: row.id,
    });
    expect(escalationDraftSchema.safeParse(d).success).toBe(true);
    const off = buildEscalationDraft({ ticket, row, profil, settings: defaultSettings });
    expect(off.consentCommunications).toBe(false);
  });
  it('prefers the profile’s département label', () => {
    const d = buildEscalationDraft({ ticket, row, profil: { ...profil, departement: '93 - Seine-Saint-Denis' }, settings: defaultSettings });
    expect(d.departement).toBe('93 - Seine-Saint-Denis');
  });
});

describe('internalNoteText', () => {
  it('gives the date and the motif', () => {
    const d = buildEscalationDraft({ ticket, row, profil, settings: defaultSettings });
    const note = internalNoteText({ createdAt: new Date(2026, 10, 5, 10).toISOString(), draft: d });
    expect(note).toBe("Escaladé à l'assistance nationale le 05/11/2026, motif ASSISTANCE TECHNIQUE > Ménage > Ménage.");
  });
});
