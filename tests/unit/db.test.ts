// Dexie upgrades from every earlier version (lib/db.ts): a sample database per version, every row of every table kept (the one migration test).
import { afterEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { AiguilleurDb, DB_VERSION, SCHEMA_V1, SCHEMA_V2 } from '@/lib/db';
import { solicitationRowSchema } from '@/lib/tracking/solicitation';
import { correctionRowSchema } from '@/lib/classify/correction';
import { packCacheRowSchema } from '@/lib/pack/cache';
import { customTemplateRowSchema } from '@/lib/templates/custom';

const names: string[] = [];
afterEach(async () => {
  for (const n of names.splice(0)) await Dexie.delete(n);
});

/** Sample rows of every table, as a version-1 Aiguilleur wrote them (no createdAt/updatedAt/visitKey on solicitations). */
function sampleV1() {
  return {
    solicitations: Array.from({ length: 40 }, (_, i) => ({
      channel: (['ticket', 'telephone', 'email'] as const)[i % 3],
      ...(i % 3 === 0 ? { ticketKey: `hubspot:${1000 + i}`, ticketUrl: `https://app.hubspot.com/help-desk/1/view/1/ticket/${1000 + i}` } : {}),
      date: i % 2 ? `2025-0${(i % 9) + 1}-1${i % 10}` : `2025-0${(i % 9) + 1}-1${i % 10}T09:30:00+01:00`,
      ...(i % 4 === 1 ? { phone: '01 23 45 67 89' } : {}),
      // Old rows may lack the fields that got defaults later.
      ...(i % 5 ? { structure: `Structure ${i}`, note: `note « ${i} » é` } : {}),
      durationMinutes: i * 1.5,
      niveau: ((i % 2) + 1) as 1 | 2,
      rowId: i % 7 ? 'acces.probleme-connexion.acces-compte' : '',
      thematique: 'ACCÈS ET AUTHENTIFICATION',
      motif: 'Problème de connexion au SI SIAO',
      sousMotif: 'Accès au compte',
      ...(i % 6 === 0 ? { templateId: 'rt.acces.probleme-connexion.acces-compte' } : {}),
      status: (['oui', 'non', 'en_cours'] as const)[i % 3],
      escalated: i % 4 === 0,
    })),
    corrections: Array.from({ length: 12 }, (_, i) => ({
      createdAt: `2025-02-0${(i % 9) + 1}T10:00:00Z`,
      text: `Ticket ${i} : mot de passe refusé`,
      rowId: 'acces.probleme-connexion.acces-compte',
      ...(i % 2 ? { suggestedRowId: 'acces.creation-compte.compte-utilisateur' } : {}),
    })),
    packCache: [
      { key: 'current', etag: '"abc"', fetchedAt: '2025-01-01T00:00:00Z', pack: { id: 'sisiao', rows: [1, 2, 3] } },
      { key: 'previous', fetchedAt: '2024-12-01T00:00:00Z', pack: { id: 'sisiao', rows: [] } },
    ],
    customTemplates: Array.from({ length: 6 }, (_, i) => ({
      id: `custom-${i}`,
      ...(i % 2 ? { rowId: 'acces.probleme-connexion.acces-compte' } : {}),
      title: `Modèle ${i}`,
      text: `Bonjour {{usager.prenom}}, ${i}`,
      ...(i % 3 === 0 ? { html: `<p>Bonjour ${i}</p>` } : {}),
      updatedAt: `2025-03-0${i + 1}T08:00:00Z`,
    })),
    escalations: Array.from({ length: 5 }, (_, i) => ({
      ticketKey: `hubspot:${2000 + i}`,
      createdAt: `2025-03-1${i}`,
      rowId: 'acces.probleme-connexion.acces-compte',
      draft: { sujet: `Escalade ${i}`, description: 'Compte bloqué' },
      formUrl: 'https://support.example.org/form',
      ...(i % 2 ? { fill: { at: '2025-03-10T10:00:00Z', filled: ['sujet'], missing: [] } } : {}),
    })),
  };
}

async function writeV1(name: string) {
  const sample = sampleV1();
  const v1 = new Dexie(name);
  v1.version(1).stores(SCHEMA_V1);
  await v1.transaction('rw', v1.tables, async () => {
    await v1.table('solicitations').bulkAdd(sample.solicitations);
    await v1.table('corrections').bulkAdd(sample.corrections);
    await v1.table('packCache').bulkPut(sample.packCache);
    await v1.table('customTemplates').bulkPut(sample.customTemplates);
    await v1.table('escalations').bulkAdd(sample.escalations);
  });
  const before = Object.fromEntries(await Promise.all(v1.tables.map(async (t) => [t.name, await t.toArray()] as const)));
  v1.close();
  return before as Record<keyof ReturnType<typeof sampleV1>, Record<string, unknown>[]>;
}

describe('AiguilleurDb upgrades from every earlier version', () => {
  it('knows every version: the migration chain goes from 1 to DB_VERSION', () => {
    // A new version must come with a sample database here.
    expect(DB_VERSION).toBe(2);
    expect(Object.keys(SCHEMA_V2)).toEqual(['solicitations']);
  });

  it('v1 → current keeps every row of every table, identical apart from the fields version 2 adds', async () => {
    const name = `hardening-v1-${Math.random()}`;
    names.push(name);
    const before = await writeV1(name);

    const db = new AiguilleurDb(name);
    await db.open();
    expect(db.verno).toBe(DB_VERSION);

    const sols = await db.solicitations.orderBy('id').toArray();
    expect(sols).toHaveLength(before.solicitations.length);
    sols.forEach((row, i) => {
      const old = before.solicitations[i]!;
      expect(row).toEqual({
        ...old,
        createdAt: old.date,
        updatedAt: old.date,
        note: old.note ?? '',
        structure: old.structure ?? '',
      });
      // Every upgraded row is a valid row of today's schema, unchanged by parsing.
      expect(solicitationRowSchema.parse(row)).toEqual(row);
    });
    expect(await db.corrections.orderBy('id').toArray()).toEqual(before.corrections);
    expect(await db.packCache.orderBy('key').toArray()).toEqual(before.packCache);
    expect(await db.customTemplates.orderBy('id').toArray()).toEqual(before.customTemplates);
    expect(await db.escalations.orderBy('id').toArray()).toEqual(before.escalations);
    for (const r of await db.corrections.toArray()) correctionRowSchema.parse(r);
    for (const r of await db.packCache.toArray()) packCacheRowSchema.parse(r);
    for (const r of await db.customTemplates.toArray()) customTemplateRowSchema.parse(r);

    // The indexes of version 2 answer on the upgraded rows; new rows continue the id sequence.
    expect(await db.solicitations.where('channel').equals('telephone').count()).toBe(sols.filter((r) => r.channel === 'telephone').length);
    expect(await db.solicitations.where('thematique').equals('ACCÈS ET AUTHENTIFICATION').count()).toBe(40);
    const maxId = Math.max(...sols.map((r) => r.id!));
    const id = await db.solicitations.add({ ...sols[0]!, id: undefined, visitKey: 'hubspot:1@1' });
    expect(id).toBeGreaterThan(maxId);
    expect(await db.solicitations.where('visitKey').equals('hubspot:1@1').count()).toBe(1);
    db.close();
  });

  it('a v1 database with empty tables upgrades, and reopening the current version changes nothing', async () => {
    const name = `hardening-empty-${Math.random()}`;
    names.push(name);
    const v1 = new Dexie(name);
    v1.version(1).stores(SCHEMA_V1);
    await v1.open();
    v1.close();
    const db = new AiguilleurDb(name);
    await db.open();
    expect(db.verno).toBe(DB_VERSION);
    expect(await db.solicitations.count()).toBe(0);
    await db.solicitations.add({
      channel: 'ticket', date: '2025-03-01', structure: '', durationMinutes: 5, niveau: 1, rowId: 'a.b.c',
      thematique: 'T', motif: 'M', sousMotif: 'S', status: 'oui', escalated: false, note: '', createdAt: 'x', updatedAt: 'x',
    });
    const rows = await db.solicitations.toArray();
    db.close();
    const again = new AiguilleurDb(name);
    await again.open();
    expect(await again.solicitations.toArray()).toEqual(rows);
    again.close();
  });
});
