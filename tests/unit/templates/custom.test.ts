// Unit tests of custom templates: Dexie storage (fake IndexedDB) and the "Proposer au national" text and file.
import { afterEach, describe, expect, it } from 'vitest';
import { AiguilleurDb } from '@/lib/db';
import { deleteCustomTemplate, listCustomTemplates, saveCustomTemplate } from '@/lib/templates/custom-store';
import { buildTemplateProposal, proposalFileName, proposalText, templateProposalSchema } from '@/lib/templates/custom';
import { packSchema } from '@/lib/pack/schema';
import bundled from '@/assets/packs/sisiao.fr.json';

const pack = packSchema.parse(bundled);
let n = 0;
let database: AiguilleurDb;
afterEach(async () => { await database?.delete(); });

describe('custom templates', () => {
  it('creates, updates, lists (latest first) and deletes', async () => {
    database = new AiguilleurDb(`custom-${n++}`);
    const a = await saveCustomTemplate(database, { title: ' A ', text: 'Texte A' }, new Date('2026-01-01'));
    const b = await saveCustomTemplate(database, { rowId: 'offre.module-offre', title: 'B', text: 'Texte B' }, new Date('2026-01-02'));
    expect(a.title).toBe('A');
    expect((await listCustomTemplates(database)).map((r) => r.id)).toEqual([b.id, a.id]);
    await saveCustomTemplate(database, { id: a.id, title: 'A2', text: 'Texte A2' }, new Date('2026-01-03'));
    const list = await listCustomTemplates(database);
    expect(list.map((r) => r.title)).toEqual(['A2', 'B']);
    await deleteCustomTemplate(database, b.id);
    expect((await listCustomTemplates(database)).map((r) => r.id)).toEqual([a.id]);
  });

  it('refuses an empty title with a French message', async () => {
    database = new AiguilleurDb(`custom-${n++}`);
    await expect(saveCustomTemplate(database, { title: '  ', text: 'x' })).rejects.toThrow('Le titre est obligatoire.');
    expect(await listCustomTemplates(database)).toEqual([]);
  });

  it('proposes a template to the national team with its sous-motif', () => {
    const row = pack.nomenclature.find((r) => r.id === 'offre.module-offre');
    const p = buildTemplateProposal({
      template: { id: 'x', rowId: 'offre.module-offre', title: 'Offre', text: 'Bonjour,\nVoici.', updatedAt: '2026-01-01' },
      row,
      packVersion: pack.version,
      auteur: { nom: 'Paul Durand', siao: 'SIAO 75' },
      now: new Date('2026-11-28T10:00:00Z'),
    });
    expect(templateProposalSchema.parse(JSON.parse(JSON.stringify(p)))).toEqual(p);
    const text = proposalText(p);
    expect(text).toContain('Niveau 2 — MODULE OFFRE › Module offre › Module offre (identifiant : offre.module-offre)');
    expect(text).toContain('--- Texte du modèle ---\nBonjour,\nVoici.\n--- Fin du modèle ---');
    expect(text).toContain('Paul Durand — SIAO 75');
    expect(proposalFileName(p)).toBe('proposition-modele-offre.module-offre-2026-11-28.json');
    const free = buildTemplateProposal({ template: { id: 'y', title: 'T', text: 'x', updatedAt: '' } });
    expect(proposalText(free)).toContain('Modèle libre (sans sous-motif)');
  });
});
