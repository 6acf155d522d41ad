// Unit tests of the template context built from a Ticket, the référent's profile and a KB entry.
import { describe, expect, it } from 'vitest';
import { buildTemplateContext, splitPersonName, templateContextSchema, ticketFills } from '@/lib/templates/context';
import { ticketSchema } from '@/lib/crm/ticket';
import { profilSchema } from '@/lib/settings';

describe('buildTemplateContext', () => {
  it('splits names in the usual forms', () => {
    expect(splitPersonName('Julie Martin')).toEqual({ prenom: 'Julie', nom: 'Martin' });
    expect(splitPersonName('MARTIN Julie')).toEqual({ prenom: 'Julie', nom: 'MARTIN' });
    expect(splitPersonName('Martin, Julie')).toEqual({ prenom: 'Julie', nom: 'Martin' });
    expect(splitPersonName('julie.martin@siao.fr')).toEqual({ prenom: '', nom: '' });
  });

  it('builds a valid context with a signature fallback', () => {
    const ticket = ticketSchema.parse({ source: 'hubspot', key: 'hubspot:9', id: '9', url: 'https://app.hubspot.com/x/9', requester: { name: 'Julie Martin', email: 'j@m.fr' } });
    const profil = profilSchema.parse({ prenom: 'Paul', nom: 'Durand', siao: 'SIAO 75' });
    const c = buildTemplateContext({ ticket, profil, kbEntry: { url: 'https://kb.fr/a', title: 'A', verified: true }, now: new Date(2026, 10, 28) });
    expect(templateContextSchema.parse(c)).toEqual(c);
    expect(c.usager).toEqual({ prenom: 'Julie', nom: 'Martin' });
    expect(c.referent.signature).toBe('Paul Durand\nSIAO 75');
    expect(c.ticket).toEqual({ numero: '9', lien: 'https://app.hubspot.com/x/9' });
    expect(c.kb).toEqual({ lien: 'https://kb.fr/a', titre: 'A' });
    expect(c.date).toBe('28/11/2026');
  });

  it('never puts an unverified KB entry into {{kb.lien}}: the KB home instead', () => {
    const profil = profilSchema.parse({});
    const c = buildTemplateContext({ profil, kbEntry: { url: 'https://kb.fr/search?term=x', title: 'Recherche', verified: false }, kbBaseUrl: 'https://kb.fr' });
    expect(c.kb).toEqual({ lien: 'https://kb.fr' });
  });

  it('falls back to the KB home without an entry', () => {
    const c = buildTemplateContext({ profil: profilSchema.parse({ signature: 'Équipe SIAO' }), kbBaseUrl: 'https://kb.fr' });
    expect(c.kb.lien).toBe('https://kb.fr');
    expect(c.referent.signature).toBe('Équipe SIAO');
    expect(c.ticket.numero).toBe('');
  });
});

describe('ticketFills', () => {
  const ticket = { structure: 'CHRS Le Soleil', phone: '04 78 12 34 56' };
  it('fills a structure label with the structure and a phone label with the phone, accents and case aside', () => {
    expect(ticketFills(['Nom de la structure', 'Téléphone du demandeur', 'N° de TEL'], ticket)).toEqual({
      'Nom de la structure': 'CHRS Le Soleil',
      'Téléphone du demandeur': '04 78 12 34 56',
      'N° de TEL': '04 78 12 34 56',
    });
  });
  it('leaves other labels, and what the ticket does not give, empty', () => {
    expect(ticketFills(['Date de la demande', 'Structure'], { structure: ' ', phone: '' })).toEqual({});
    expect(ticketFills(['Nom de la structure'], null)).toEqual({});
  });
});
