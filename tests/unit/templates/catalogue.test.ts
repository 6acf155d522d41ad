// Unit tests of templates and KB entries per sous-motif, KB search, and rendering every bundled réponse type.
import { describe, expect, it } from 'vitest';
import { packSchema } from '@/lib/pack/schema';
import bundled from '@/assets/packs/sisiao.fr.json';
import { kbEntriesForRow, replyKbEntry, searchKb, templatesForRow, isCustomTemplate } from '@/lib/templates/catalogue';
import { renderTemplate } from '@/lib/templates/render';
import { buildTemplateContext } from '@/lib/templates/context';
import { profilSchema } from '@/lib/settings';
import type { CustomTemplateRow } from '@/lib/templates/custom';

const pack = packSchema.parse(bundled);
const ROW = 'acces.probleme-connexion.lien-connexion-non-recu';

describe('catalogue', () => {
  it('puts the référent\'s templates for the row first, free ones last', () => {
    const custom: CustomTemplateRow[] = [
      { id: 'a', title: 'Libre', text: 'Texte libre', updatedAt: '2026-01-01' },
      { id: 'b', rowId: ROW, title: 'Le mien', text: 'Bonjour,\n\nhttps://x.fr', updatedAt: '2026-01-01' },
      { id: 'c', rowId: 'autre.ligne', title: 'Autre', text: 'x', updatedAt: '2026-01-01' },
    ];
    const list = templatesForRow(pack, custom, ROW);
    expect(list.map((t) => t.title)).toEqual(['Le mien', 'Lien de connexion ou de réinitialisation non reçu', 'Libre']);
    expect(isCustomTemplate(list[0]!)).toBe(true);
    expect(list[0]!.html).toBe('<p>Bonjour,</p><p><a href="https://x.fr">https://x.fr</a></p>');
    expect(templatesForRow(pack, custom, null).map((t) => t.title)).toEqual(['Libre']);
  });

  it('gives every row a template and at least one KB entry, and renders each cleanly with a verified link only', () => {
    const profil = profilSchema.parse({ prenom: 'Paul', nom: 'Durand' });
    const unverified = pack.kb.entries.filter((e) => !e.verified).map((e) => e.url);
    expect(unverified.length).toBeGreaterThan(0);
    for (const row of pack.nomenclature) {
      const tpls = templatesForRow(pack, [], row.id);
      const kb = kbEntriesForRow(pack, row.id);
      expect(tpls.length, row.id).toBeGreaterThan(0);
      expect(kb.length, row.id).toBeGreaterThan(0);
      const ctx = buildTemplateContext({ profil, kbEntry: replyKbEntry(pack, row.id), kbBaseUrl: pack.kb.baseUrl });
      const link = replyKbEntry(pack, row.id)?.url ?? pack.kb.baseUrl;
      expect(ctx.kb.lien, row.id).toBe(link);
      const r = renderTemplate(tpls[0]!, ctx, { 'Nom de la structure': 'CHU' });
      for (const u of unverified) {
        expect(r.text, row.id).not.toContain(u);
        expect(r.html, row.id).not.toContain(u.replace(/&/g, '&amp;'));
      }
      expect(r.unknownVariables, row.id).toEqual([]);
      expect(r.missingFills, row.id).toEqual([]);
      expect(r.text.startsWith('Bonjour'), row.id).toBe(true);
      expect(r.text, row.id).toContain('Cordialement,\nPaul Durand');
      expect(r.html, row.id).toContain(`href="${link}"`);
      if (row.niveau === 2) expect(r.text, row.id).toContain("transmise à l'assistance nationale");
    }
  });

  it('keeps the seed\'s sample answer for a created account, linking to the KB home', () => {
    const t = templatesForRow(pack, [], 'acces.creation-compte.compte-utilisateur')[0]!;
    expect(t.text).toContain('Votre compte utilisateur a été créé. Vous pourrez vous connecter à l\'aide de votre mail.');
    expect(kbEntriesForRow(pack, 'acces.creation-compte.compte-utilisateur')[0]!.url).toBe('https://basedeconnaissances.sisiao.dihal.gouv.fr/support');
  });

  it('links a reply to the first verified entry of the row, never to a search or guessed address', () => {
    const row = 'acces.probleme-connexion.acces-compte';
    expect(kbEntriesForRow(pack, row)[0]!.verified).toBe(false);
    expect(replyKbEntry(pack, row)?.verified ?? true).toBe(true);
    expect(replyKbEntry(pack, 'acces.creation-compte.compte-utilisateur')?.id).toBe('kb.accueil');
    const marked = { ...pack, kb: { ...pack.kb, entries: pack.kb.entries.map((e) => (e.id === kbEntriesForRow(pack, row)[0]!.id ? { ...e, verified: true } : e)) } };
    expect(replyKbEntry(marked, row)?.id).toBe(kbEntriesForRow(pack, row)[0]!.id);
  });

  it('finds KB entries by fuzzy title or tag, ignoring accents', () => {
    expect(searchKb(pack, 'mot de passe').map((e) => e.id)).toContain('recherche.acces.probleme-connexion.reinitialisation-mot-passe');
    expect(searchKb(pack, 'ephemere').map((e) => e.id)).toContain('recherche.gestion.gestion-groupes-places.gestion-places-ephemeres');
    expect(searchKb(pack, 'doublon')[0]!.id).toBe('recherche.gestion.gestion-menage.fusion-personnes');
    expect(searchKb(pack, ' ')).toEqual([]);
  });
});
