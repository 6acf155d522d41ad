// Nearest-neighbour memory of the référent's corrections: similar tickets get the corrected row at once.
import { wordCosine, type SparseVector } from './features';
import { MAX_CORRECTIONS } from './correction';

export interface MemoryItem {
  rowId: string;
  features: SparseVector;
}

export class CorrectionMemory {
  private items: MemoryItem[] = [];

  add(item: MemoryItem): void {
    if (item.features.size === 0) return;
    this.items.push(item);
    // Bounded memory: the oldest corrections go first.
    if (this.items.length > MAX_CORRECTIONS) this.items.shift();
  }

  get size(): number {
    return this.items.length;
  }

  /** Best similarity per row id among stored corrections at or above the threshold. */
  nearest(features: SparseVector, threshold: number): Map<string, number> {
    const best = new Map<string, number>();
    for (const it of this.items) {
      const s = wordCosine(features, it.features);
      if (s >= threshold && s > (best.get(it.rowId) ?? 0)) best.set(it.rowId, s);
    }
    return best;
  }
}
