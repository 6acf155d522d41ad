// The demo tickets (tests/fixtures/tickets) stay consistent with the nomenclature the classifier and the sidebar use.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DEMO_TICKETS, demoThreadId, demoTicketByThread } from '../../fixtures/tickets/index';

interface Row {
  id: string;
  niveau: number;
  thematique: string;
  motif: string;
  sousMotif: string;
}
const rows = (JSON.parse(readFileSync(resolve(__dirname, '../../../assets/packs/parts/nomenclature.json'), 'utf8')) as { rows: Row[] }).rows;

describe('demo tickets', () => {
  it('are at least 20, unique, both niveaux', () => {
    expect(DEMO_TICKETS.length).toBeGreaterThanOrEqual(20);
    expect(new Set(DEMO_TICKETS.map((t) => t.id)).size).toBe(DEMO_TICKETS.length);
    expect(new Set(DEMO_TICKETS.map((t) => t.expected.niveau))).toEqual(new Set([1, 2]));
  });

  it('expect existing sous-motif rows with the right niveau', () => {
    for (const t of DEMO_TICKETS) {
      const row = rows.find((r) => r.id === t.expected.rowId);
      expect(row, t.id).toBeDefined();
      expect(row!.niveau, t.id).toBe(t.expected.niveau);
    }
  });

  it('use the nomenclature labels exactly for the requester choice; some disagree with the expected row', () => {
    let disagreements = 0;
    for (const t of DEMO_TICKETS) {
      const c = t.requesterChoice;
      if (!c) continue;
      const row = rows.find((r) => r.thematique === c.thematique && r.motif === c.motif && r.sousMotif === c.sousMotif);
      expect(row, t.id).toBeDefined();
      if (row!.id !== t.expected.rowId) disagreements++;
    }
    expect(disagreements).toBeGreaterThanOrEqual(2);
  });

  it('pair each ticket with one conversation thread', () => {
    for (const t of DEMO_TICKETS) expect(demoTicketByThread(demoThreadId(t.id))?.id).toBe(t.id);
  });
});
