// Tests of the compact weight table encoding.
import { describe, expect, it } from 'vitest';
import { decodeWeights, encodeWeights } from '@/lib/classify/weights';

describe('weights encoding', () => {
  it('round-trips sparse columns', () => {
    const { featureNames, weightData } = encodeWeights([
      { name: 'w:mot', entries: [[0, 150], [3, -20]] },
      { name: 'b:mot_pass', entries: [[2, 7]] },
    ]);
    const t = decodeWeights(featureNames, weightData, 0.01, 4);
    const f = t.index.get('w:mot')!;
    expect(Array.from(t.cls.subarray(t.offsets[f], t.offsets[f + 1]))).toEqual([0, 3]);
    expect(t.w[t.offsets[f]!]).toBeCloseTo(1.5);
    expect(t.w[t.offsets[f]! + 1]).toBeCloseTo(-0.2);
    const g = t.index.get('b:mot_pass')!;
    expect(t.cls[t.offsets[g]!]).toBe(2);
  });

  it('drops entries whose class is out of range', () => {
    const { featureNames, weightData } = encodeWeights([{ name: 'w:x', entries: [[9, 100]] }]);
    const t = decodeWeights(featureNames, weightData, 0.01, 4);
    expect(t.cls.length).toBe(0);
  });
});
