// Background side of classification: runs the classifier over the pack in use, with the stored corrections.
import { onMessage } from '@/lib/messaging';
import { createClassifier, type Classifier } from '@/lib/classify/index';
import type { CorrectionRow } from '@/lib/classify/correction';
import { correctionStore } from '@/lib/classify/correction-store';
import { classifyInputSchema, correctionInputSchema } from '@/lib/classify/types';
import type { Pack } from '@/lib/pack/schema';
import { requesterRow } from '@/lib/sidebar/requester-choice';
import { currentPack, onPackChange } from './pack';

// The classifier and the pack it was built from: a worker woken by a message sees its pack « change » to the same
// object (PackManager.setSource on start-up), which must not build the model a second time.
let built: { pack: Pack; classifier: Promise<Classifier> } | undefined;

async function storedCorrections(): Promise<CorrectionRow[]> {
  try {
    return await correctionStore.list();
  } catch {
    return [];
  }
}

// Read as the worker starts, while the pack loads: a woken worker's first build does not wait for IndexedDB afterwards.
let prefetched: Promise<CorrectionRow[]> | undefined;

async function build(pack: Pack): Promise<Classifier> {
  const rows = prefetched ?? storedCorrections();
  prefetched = undefined;
  return createClassifier(pack, await rows);
}

function forPack(pack: Pack): Promise<Classifier> {
  if (built?.pack !== pack) built = { pack, classifier: build(pack) };
  return built.classifier;
}

function get(): Promise<Classifier> {
  return currentPack().then(forPack);
}

/** Rebuilds the classifier from the stored corrections (after a purge or « Tout supprimer »). */
export function reloadCorrections(): void {
  built = undefined;
  prefetched = undefined;
  void get();
}

export function registerClassifyHandlers(): void {
  prefetched = storedCorrections();
  onPackChange((pack) => void forPack(pack));
  onMessage('classify', async ({ data }) => {
    const input = classifyInputSchema.safeParse(data ?? {});
    // Unreadable input: the classifier's own empty answer (« à qualifier », no suggestion).
    if (!input.success) return (await get()).classify({});
    const { requesterChoice, ...rest } = input.data;
    // The requester's own choice is a prior (requesters are often wrong), never the answer.
    const requesterRowId = rest.requesterRowId ?? (requesterChoice ? requesterRow((await currentPack()).nomenclature, requesterChoice)?.id : undefined);
    return (await get()).classify({ ...rest, ...(requesterRowId ? { requesterRowId } : {}) });
  });
  onMessage('recordCorrection', async ({ data }) => {
    const input = correctionInputSchema.safeParse(data ?? {});
    if (!input.success) throw new Error('Correction invalide : sujet, texte et ligne de nomenclature attendus.');
    const row: CorrectionRow = {
      createdAt: new Date().toISOString(),
      text: [input.data.subject, input.data.body].filter((s) => s.trim()).join('\n'),
      rowId: input.data.rowId,
      ...(input.data.suggestedRowId ? { suggestedRowId: input.data.suggestedRowId } : {}),
    };
    if (await correctionStore.add(row)) (await get()).addCorrection(row);
  });
}
