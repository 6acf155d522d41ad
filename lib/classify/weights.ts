// Compact storage of the sparse weight table: int16 blocks in base64 (portable: atob/btoa, no Node Buffer).
export interface SparseTable {
  /** Feature name → feature index. */
  index: Map<string, number>;
  /** Entries of feature f are offsets[f] … offsets[f+1]-1. */
  offsets: Uint32Array;
  cls: Uint16Array;
  w: Float32Array;
}

export function encodeWeights(columns: Array<{ name: string; entries: Array<[number, number]> }>): { featureNames: string[]; weightData: string } {
  let total = 0;
  for (const c of columns) total += 1 + 2 * c.entries.length;
  const data = new Int16Array(total);
  let k = 0;
  for (const c of columns) {
    data[k++] = c.entries.length;
    for (const [cls, q] of c.entries) {
      data[k++] = cls;
      data[k++] = Math.max(-32768, Math.min(32767, q));
    }
  }
  const bytes = new Uint8Array(data.buffer);
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return { featureNames: columns.map((c) => c.name), weightData: btoa(bin) };
}

export function decodeWeights(featureNames: string[], weightData: string, scale: number, classCount: number): SparseTable {
  const bin = atob(weightData);
  const bytes = new Uint8Array(bin.length & ~1);
  for (let i = 0; i < bytes.length; i++) bytes[i] = bin.charCodeAt(i);
  const data = new Int16Array(bytes.buffer);
  const index = new Map<string, number>();
  const offsets = new Uint32Array(featureNames.length + 1);
  const cls = new Uint16Array(data.length >> 1);
  const w = new Float32Array(data.length >> 1);
  let k = 0;
  let e = 0;
  for (let f = 0; f < featureNames.length; f++) {
    index.set(featureNames[f]!, f);
    offsets[f] = e;
    const n = k < data.length ? data[k++]! : 0;
    for (let j = 0; j < n && k + 1 < data.length; j++) {
      const c = data[k++]!;
      const q = data[k++]!;
      if (c < 0 || c >= classCount) continue;
      cls[e] = c;
      w[e] = q * scale;
      e++;
    }
  }
  offsets[featureNames.length] = e;
  return { index, offsets, cls: cls.subarray(0, e), w: w.subarray(0, e) };
}
