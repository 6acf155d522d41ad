// Unit tests of the pack schema: defaults, ids, URLs, versions.
import { describe, expect, it } from 'vitest';
import { kbEntrySchema, nomenclatureRowSchema, packSchema, responseTemplateSchema, rowIdSchema } from '@/lib/pack/schema';
import { freshPack } from './_pack';

describe('pack schema', () => {
  it('parses the bundled pack', () => {
    const p = packSchema.parse(freshPack());
    expect(p.format).toBe('aiguilleur-pack');
    expect(p.nomenclature.every((r) => r.niveau === 1 || r.niveau === 2)).toBe(true);
  });

  it('fills defaults', () => {
    expect(nomenclatureRowSchema.parse({ id: 'a.b', niveau: 1, thematique: 'T', motif: 'M', sousMotif: 'S' })).toMatchObject({ exemples: [], vocabulaire: [] });
    expect(kbEntrySchema.parse({ id: 'k', title: 'K', url: 'https://kb.fr/a', section: 's', verified: false })).toMatchObject({ rowIds: [], profils: [], tags: [], searchLink: false });
    expect(responseTemplateSchema.parse({ id: 't', rowIds: ['a.b'], title: 'T', text: 'x', html: '<p>x</p>', review: 'à relire', source: 'projet' }).kb).toEqual([]);
  });

  it('wants a review status and a source on templates, and verified on KB entries, with French messages', () => {
    const tpl = { id: 't', rowIds: ['a.b'], title: 'T', text: 'x', html: '<p>x</p>' };
    const noReview = responseTemplateSchema.safeParse({ ...tpl, source: 'projet' });
    expect(noReview.error?.issues[0]).toMatchObject({ path: ['review'], message: expect.stringMatching(/« validé » ou « à relire »/) });
    expect(responseTemplateSchema.safeParse({ ...tpl, source: 'projet', review: 'ok' }).success).toBe(false);
    expect(responseTemplateSchema.safeParse({ ...tpl, review: 'validé' }).error?.issues[0]?.path).toEqual(['source']);
    const kb = kbEntrySchema.safeParse({ id: 'k', title: 'K', url: 'https://kb.fr/a', section: 's' });
    expect(kb.error?.issues[0]).toMatchObject({ path: ['verified'], message: expect.stringMatching(/verified/) });
  });

  it('refuses bad ids, non-http URLs, templates without rows', () => {
    expect(rowIdSchema.safeParse('acces.probleme-connexion.acces-compte').success).toBe(true);
    expect(rowIdSchema.safeParse('Accès au compte').success).toBe(false);
    expect(kbEntrySchema.safeParse({ id: 'k', title: 'K', url: 'javascript:alert(1)', section: 's' }).success).toBe(false);
    expect(responseTemplateSchema.safeParse({ id: 't', rowIds: [], title: 'T', text: 'x', html: 'x' }).success).toBe(false);
  });

  it('wants an x.y.z version', () => {
    const p = freshPack();
    p.version = '2026.11';
    expect(packSchema.safeParse(p).success).toBe(false);
  });
});
