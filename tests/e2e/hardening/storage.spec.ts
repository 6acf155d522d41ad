// Storage hardening: writes interrupted by a reload or a closed tab lose nothing confirmed, backup → restore gives identical rows.
import type { Page } from '@playwright/test';
import { test, expect } from '../fixtures';
import { SuiviPage } from '../tracking/pages/SuiviPage';
import { z } from 'zod';

/** The extension API seen by the evaluated functions (they run in an extension page). */
declare const chrome: { runtime: { sendMessage(message: unknown, callback: (response?: { res?: { id: number } }) => void): void } };

/**
 * A whole stored row, mirroring lib/tracking/solicitation.ts (which cannot be imported under Playwright's Node loader:
 * its import chain reaches a JSON module without an import attribute).
 */
const storedRowSchema = z.object({
  id: z.number().int(),
  channel: z.enum(['ticket', 'telephone', 'email']),
  ticketKey: z.string().optional(),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}/),
  structure: z.string(),
  durationMinutes: z.number().min(0),
  niveau: z.union([z.literal(1), z.literal(2)]),
  rowId: z.string(),
  thematique: z.string(),
  motif: z.string(),
  sousMotif: z.string(),
  status: z.enum(['oui', 'non', 'en_cours']),
  escalated: z.boolean(),
  note: z.string(),
  visitKey: z.string().optional(),
  createdAt: z.string().min(1),
  updatedAt: z.string().min(1),
});
type SolicitationRow = z.infer<typeof storedRowSchema>;

const CONFIRMED = /^confirmed (\S+) (\d+)$/;

/** Reads every solicitation row straight from the extension's IndexedDB (extension page only). */
async function readRows(page: Page): Promise<unknown[]> {
  return page.evaluate(
    () =>
      new Promise<unknown[]>((resolve, reject) => {
        const req = indexedDB.open('aiguilleur');
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const idb = req.result;
          const all = idb.transaction('solicitations', 'readonly').objectStore('solicitations').getAll();
          all.onsuccess = () => {
            idb.close();
            resolve(all.result as unknown[]);
          };
          all.onerror = () => reject(all.error);
        };
      }),
  );
}

/** Starts firing `count` logSolicitation messages (8 in flight) from the page; each resolved one is logged to the console. */
async function fireLogs(page: Page, run: string, count: number): Promise<void> {
  await page.evaluate(
    ({ run, count }) => {
      const send = (i: number) =>
        new Promise<void>((resolve) => {
          const data = {
            channel: 'ticket', ticketKey: `hubspot:${run}-${i}`, visitKey: `hubspot:${run}-${i}@1`, date: '2026-11-02T10:00:00+01:00',
            structure: 'SIAO 75', durationMinutes: i % 30, niveau: 1, rowId: 'acces.probleme-connexion.acces-compte',
            thematique: 'Accès', motif: 'Problème de connexion', sousMotif: 'Accès compte', status: 'oui', escalated: false, note: `${run}-${i}`,
          };
          chrome.runtime.sendMessage({ id: i, type: 'logSolicitation', data, timestamp: Date.now() }, (r) => {
            if (r?.res) console.log(`confirmed ${run}-${i} ${r.res.id}`);
            resolve();
          });
        });
      let next = 0;
      const lane = async (): Promise<void> => {
        while (next < count) await send(next++);
      };
      for (let k = 0; k < 8; k++) void lane();
    },
    { run, count },
  );
}

function expectValidRows(rows: unknown[]): SolicitationRow[] {
  return rows.map((r, i) => {
    const parsed = storedRowSchema.safeParse(r);
    expect(parsed.success, `ligne ${i} : ${JSON.stringify(r)}`).toBe(true);
    return parsed.data!;
  });
}

for (const interruption of ['reload', 'close'] as const) {
  test(`logs interrupted by a ${interruption === 'reload' ? 'page reload' : 'closed tab'} keep every confirmed row, whole`, async ({ context, extensionId }) => {
    test.setTimeout(120_000);
    const suivi = await SuiviPage.open(context, extensionId);
    await suivi.clearAll();

    const writer = await SuiviPage.open(context, extensionId);
    const confirmed = new Map<string, number>();
    writer.page.on('console', (msg) => {
      const m = CONFIRMED.exec(msg.text());
      if (m) confirmed.set(m[1]!, Number(m[2]));
    });
    const run = `${interruption}${Date.now()}`;
    await fireLogs(writer.page, run, 300);
    await expect.poll(() => confirmed.size, { timeout: 60_000 }).toBeGreaterThanOrEqual(40);
    if (interruption === 'reload') await writer.page.reload();
    else await writer.page.close();
    const seenBefore = new Map(confirmed);
    expect(seenBefore.size).toBeLessThan(300); // the interruption really happened mid-way

    // In-flight writes may still land: read from a fresh Suivi page until every confirmed row is there (or the poll times out).
    let raw: unknown[] = [];
    await expect
      .poll(async () => {
        await suivi.page.reload();
        await suivi.page.getByText(/sollicitations? affichées? sur \d+/).waitFor();
        raw = await readRows(suivi.page);
        const notes = new Set(raw.map((r) => (r as { note?: string }).note));
        return [...seenBefore.keys()].filter((note) => !notes.has(note));
      })
      .toEqual([]);
    const rows = expectValidRows(raw);
    const byNote = new Map(rows.map((r) => [r.note, r]));
    for (const [note, id] of seenBefore) {
      expect(byNote.get(note)?.id, `ligne confirmée ${note}`).toBe(id);
      expect(byNote.get(note)?.ticketKey).toBe(`hubspot:${note}`);
    }
    // Every row is one of ours, once.
    expect(rows.every((r) => r.note.startsWith(`${run}-`))).toBe(true);
    expect(new Set(rows.map((r) => r.note)).size).toBe(rows.length);
    await expect(suivi.page.getByText(`sur ${rows.length}.`)).toBeVisible();
  });
}

test('backup → restore in Suivi gives identical rows, and an interrupted restore leaves the old or the new log whole', async ({ context, extensionId }) => {
  test.setTimeout(120_000);
  const suivi = await SuiviPage.open(context, extensionId);
  await suivi.clearAll();
  const run = `backup${Date.now()}`;
  await fireLogs(suivi.page, run, 60);
  await expect.poll(async () => (await readRows(suivi.page)).length, { timeout: 30_000 }).toBe(60);
  // Vary the rows: edits, a deletion, an accented note.
  const ids = expectValidRows(await readRows(suivi.page)).map((r) => r.id).sort((a, b) => a - b);
  await suivi.page.evaluate(async ([edited, deleted]) => {
    const send = (type: string, data: unknown) =>
      new Promise((resolve) => chrome.runtime.sendMessage({ id: 1, type, data, timestamp: Date.now() }, resolve));
    await send('updateSolicitation', { id: edited, patch: { status: 'en_cours', note: 'À rappeler « vite » ✓', escalated: true, niveau: 2 } });
    await send('deleteSolicitation', deleted);
  }, [ids[2]!, ids[4]!]);
  await suivi.page.reload();
  await suivi.page.getByText(/sollicitations? affichées? sur 59\./).waitFor();
  const before = expectValidRows(await readRows(suivi.page)).sort((a, b) => a.id - b.id);
  expect(before).toHaveLength(59);

  const [download] = await Promise.all([
    suivi.page.waitForEvent('download'),
    suivi.page.getByRole('button', { name: 'Sauvegarder (JSON)' }).click(),
  ]);
  const chunks: Buffer[] = [];
  for await (const c of await download.createReadStream()) chunks.push(c as Buffer);
  const backup = Buffer.concat(chunks);

  await suivi.clearAll();
  expect(await readRows(suivi.page)).toHaveLength(0);
  const input = suivi.page.getByLabel('Sauvegarde JSON du suivi');
  await input.setInputFiles({ name: 'sauvegarde.json', mimeType: 'application/json', buffer: backup });
  await suivi.page.getByRole('region', { name: 'Restauration' }).getByRole('button', { name: 'Remplacer par la sauvegarde' }).click();
  await suivi.page.getByText('Sauvegarde restaurée : 59 sollicitations.').waitFor();
  const after = expectValidRows(await readRows(suivi.page)).sort((a, b) => a.id - b.id);
  expect(after).toEqual(before);

  // A big restore interrupted by a reload: the log is either the old one or the new one, never a mix.
  const big = JSON.parse(backup.toString('utf8')) as { rows: SolicitationRow[] };
  big.rows = Array.from({ length: 3000 }, (_, i) => ({ ...before[i % before.length]!, id: i + 1, note: `big-${i}` }));
  await input.setInputFiles({ name: 'grosse.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(big)) });
  await suivi.page.getByRole('region', { name: 'Restauration' }).getByRole('button', { name: 'Remplacer par la sauvegarde' }).click();
  await suivi.page.reload();
  await suivi.page.getByText(/sollicitations? affichées? sur \d+/).waitFor();
  const end = expectValidRows(await readRows(suivi.page)).sort((a, b) => a.id - b.id);
  if (end.length === 3000) expect(end.every((r, i) => r.note === `big-${i}`)).toBe(true);
  else expect(end).toEqual(before);
});
