// Background side of escalation: opens the support form, hands its tab the pending draft, records escalations in Dexie.
import { browser } from 'wxt/browser';
import { onMessage } from '@/lib/messaging';
import { loadSettings } from '@/lib/settings';
import { escalationDraftSchema, draftErrorMessage } from '@/lib/escalation';
import { escalationRecordSchema, type EscalationRecord } from '@/lib/escalation/record';
import { escalationStore } from '@/lib/escalation/record-store';
import { fillReportMessageSchema, type OpenSupportFormResult } from '@/lib/escalation/protocol';
import { createPendingStore, memoryArea, type StorageAreaLike } from '@/lib/escalation/pending';

function pendingArea(): StorageAreaLike {
  const session = (browser.storage as { session?: StorageAreaLike } | undefined)?.session;
  return session ?? memoryArea();
}

/** Drafts waiting for their form tab (also reached by the retention purge and « Tout supprimer »). */
export const pending = createPendingStore(pendingArea());

async function captureTab(windowId: number | undefined): Promise<string | undefined> {
  if (windowId === undefined) return undefined;
  try {
    return await browser.tabs.captureVisibleTab(windowId, { format: 'png' });
  } catch {
    return undefined; // no permission on this page: the form is filled without the screenshot
  }
}

async function openSupportForm(raw: unknown, senderTab: { windowId?: number; id?: number } | undefined): Promise<OpenSupportFormResult> {
  const parsed = escalationDraftSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, error: draftErrorMessage(parsed.error) };
  const settings = await loadSettings();
  const draft = { ...parsed.data };
  if (settings.attachScreenshot && !draft.screenshotDataUrl) {
    const shot = await captureTab(senderTab?.windowId);
    if (shot) draft.screenshotDataUrl = shot;
  }
  const createdAt = new Date().toISOString();
  const record: EscalationRecord = escalationRecordSchema.parse({
    ticketKey: draft.ticketKey ?? '',
    createdAt,
    rowId: draft.rowId ?? '',
    // The screenshot stays out of the database: it is only for the form.
    draft: { ...draft, screenshotDataUrl: undefined },
    formUrl: settings.supportFormUrl,
  });
  let recordId: number;
  try {
    recordId = await escalationStore.add(record);
  } catch (e) {
    return { ok: false, error: `Impossible d’enregistrer l’escalade : ${String(e)}` };
  }
  let tab;
  try {
    tab = await browser.tabs.create({
      url: settings.supportFormUrl,
      active: true,
      ...(senderTab?.id !== undefined ? { openerTabId: senderTab.id } : {}),
    });
  } catch (e) {
    await escalationStore.remove(recordId);
    return { ok: false, error: `Impossible d’ouvrir le formulaire de support : ${String(e)}` };
  }
  if (tab.id === undefined) return { ok: false, error: 'Onglet du formulaire sans identifiant.' };
  await pending.put(tab.id, { draft, recordId, createdAt });
  await escalationStore.update(recordId, { tabId: tab.id });
  return { ok: true, record: { ...record, id: recordId, tabId: tab.id } };
}

export function registerEscalationHandlers(): void {
  onMessage('openSupportForm', ({ data, sender }) => openSupportForm(data, sender.tab));
  onMessage('getPendingEscalation', async ({ sender }) => {
    const tabId = sender.tab?.id;
    return tabId === undefined ? null : pending.get(tabId);
  });
  onMessage('reportEscalationFill', async ({ data, sender }) => {
    const report = fillReportMessageSchema.parse(data);
    await escalationStore.update(report.recordId, {
      fill: { at: new Date().toISOString(), filled: report.filled, missing: report.missing },
    });
    // Filled once: a reload of the tab must not overwrite the référent's corrections.
    if (sender.tab?.id !== undefined) await pending.drop(sender.tab.id);
  });
  onMessage('listEscalations', async ({ data }) => escalationStore.listByTicket(String(data)));
  browser.tabs.onRemoved.addListener((tabId) => {
    void pending.drop(tabId);
  });
}
