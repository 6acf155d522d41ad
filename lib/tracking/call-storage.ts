// The call in progress, kept in extension storage so that closing the popup does not lose it (popup and sidebar share it).
import { storage } from 'wxt/utils/storage';
import { callDraftSchema, type CallDraft } from './call';
import { safeUnwatch } from '../safe-unwatch';

export const currentCallItem = storage.defineItem<unknown>('local:currentCall', { fallback: null });

export async function loadCall(): Promise<CallDraft | null> {
  const raw = await currentCallItem.getValue();
  if (!raw) return null;
  const p = callDraftSchema.safeParse(raw);
  return p.success ? p.data : null;
}

export async function saveCall(draft: CallDraft | null): Promise<void> {
  await currentCallItem.setValue(draft);
}

export function watchCall(cb: (draft: CallDraft | null) => void): () => void {
  return safeUnwatch(currentCallItem.watch((v) => {
    const p = callDraftSchema.safeParse(v);
    cb(v && p.success ? p.data : null);
  }));
}
