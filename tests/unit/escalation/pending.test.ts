// Unit tests of the pending-draft store: per tab, validated, expiring.
import { describe, expect, it } from 'vitest';
import { createPendingStore, memoryArea, PENDING_TTL_MS } from '@/lib/escalation/pending';
import type { EscalationDraft } from '@/lib/escalation/schema';

const draft: EscalationDraft = {
  prenom: 'Anne',
  nom: 'Martin',
  email: 'a@b.fr',
  profil: 'Référent SI SIAO',
  departement: '75',
  thematique: 'RGPD',
  motif: 'Intervention',
  sousMotif: 'Intervention',
  description: 'x',
  consentRetourEmail: true,
  consentCommunications: false,
};

describe('createPendingStore', () => {
  it('keeps one draft per tab and drops it on demand', async () => {
    const store = createPendingStore(memoryArea());
    await store.put(7, { draft, recordId: 1, createdAt: new Date().toISOString() });
    expect((await store.get(7))?.draft.nom).toBe('Martin');
    expect(await store.get(8)).toBeNull();
    await store.drop(7);
    expect(await store.get(7)).toBeNull();
  });

  it('forgets expired or invalid drafts', async () => {
    let now = Date.parse('2026-11-28T10:00:00Z');
    const area = memoryArea();
    const store = createPendingStore(area, () => now);
    await store.put(1, { draft, recordId: 1, createdAt: new Date(now).toISOString() });
    now += PENDING_TTL_MS + 1;
    expect(await store.get(1)).toBeNull();
    await area.set({ 'escalation:pending:2': { draft: { nom: '' }, recordId: 2, createdAt: new Date(now).toISOString() } });
    expect(await store.get(2)).toBeNull();
    expect(await area.get('escalation:pending:2')).toEqual({});
  });
});

describe('pending store, retention side', () => {
  it('counts, purges expired drafts and clears all, leaving other keys alone', async () => {
    const area = memoryArea();
    await area.set({ other: 1 });
    let clock = 1_000_000_000_000;
    const store = createPendingStore(area, () => clock);
    await store.put(1, { draft, recordId: 1, createdAt: new Date(clock).toISOString() });
    clock += PENDING_TTL_MS + 1;
    await store.put(2, { draft, recordId: 2, createdAt: new Date(clock).toISOString() });
    expect(await store.count()).toBe(2);
    expect(await store.purgeExpired()).toBe(1);
    expect(await store.count()).toBe(1);
    expect(await store.clear()).toBe(1);
    expect(await store.count()).toBe(0);
    expect(await area.get('other')).toEqual({ other: 1 });
  });
});
