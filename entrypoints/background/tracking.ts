// Background side of tracking: the log of solicitations in the Dexie database, and the retention purge.
import { z } from 'zod';
import { browser } from 'wxt/browser';
import { onMessage } from '@/lib/messaging';
import { loadSettings } from '@/lib/settings';
import { solicitationInputSchema, solicitationPatchSchema } from '@/lib/tracking/solicitation';
import { solicitationStore } from '@/lib/tracking/store';
import { localPersonalStores } from '@/lib/tracking/personal-store';
import { clearPersonal, countPersonal, purgePersonal, PURGE_EVERY_MS, type PersonalCounts, type PersonalStores } from '@/lib/tracking/retention';
import { currentCallItem, loadCall } from '@/lib/tracking/call-storage';
import { clearMemory } from '@/lib/sidebar/ticket-memory';
import { pending } from './escalation';
import { reloadCorrections } from './classify';

const PURGE_ALARM = 'aiguilleur-tracking-purge';
let lastPurge = 0;

function personalStores(): PersonalStores {
  return localPersonalStores({ call: { load: loadCall, clear: () => currentCallItem.setValue(null) }, pending, ticketMemory: { clear: clearMemory } });
}

/** Purges every personal store; the classifier forgets purged corrections. */
async function purgeAll(months?: number): Promise<PersonalCounts> {
  const gone = await purgePersonal(personalStores(), months ?? (await loadSettings()).retentionMonths);
  if (gone.corrections > 0) reloadCorrections();
  return gone;
}

/** Purges rows past the retention period (at start-up, then daily through an alarm; at most once a day on use). */
async function purgeIfDue(force = false): Promise<void> {
  if (!force && Date.now() - lastPurge < PURGE_EVERY_MS) return;
  lastPurge = Date.now();
  try {
    await purgeAll();
  } catch (err) {
    console.warn('Aiguilleur : purge du suivi impossible', err);
  }
}

export function registerTrackingHandlers(): void {
  onMessage('logSolicitation', async ({ data }) => {
    void purgeIfDue();
    return solicitationStore.log(solicitationInputSchema.parse(data));
  });
  onMessage('updateSolicitation', async ({ data }) => {
    const { id, patch } = z.object({ id: z.number().int(), patch: solicitationPatchSchema }).parse(data);
    return solicitationStore.update(id, patch);
  });
  onMessage('deleteSolicitation', async ({ data }) => {
    await solicitationStore.remove(z.number().int().parse(data));
  });
  onMessage('personalDataCounts', () => countPersonal(personalStores()));
  onMessage('purgePersonalData', async ({ data }) => {
    const { months } = z.object({ months: z.number().int().min(1).max(120).optional() }).parse(data ?? {});
    return purgeAll(months);
  });
  onMessage('clearPersonalData', async () => {
    const gone = await clearPersonal(personalStores());
    reloadCorrections();
    return gone;
  });
  void purgeIfDue(true);
  // MV3 service workers sleep: a daily alarm wakes the background for the purge.
  void browser.alarms.create(PURGE_ALARM, { periodInMinutes: PURGE_EVERY_MS / 60_000 });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === PURGE_ALARM) void purgeIfDue(true);
  });
}
