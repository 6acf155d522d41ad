// Tests of the confidence thresholds fitted on held-out writers: each writer weighs the same.
import { describe, expect, it } from 'vitest';
import { fitThresholds, thresholdFor } from '@/lib/classify/cross';

const preds = (n: number, p: (i: number) => number, ok: (i: number) => boolean) => Array.from({ length: n }, (_, i) => ({ p: p(i), ok1: ok(i) }));

describe('thresholdFor', () => {
  // A large writer always right, and a small one right only above 0.9.
  const big = preds(1000, (i) => 0.5 + (i % 50) / 100, () => true);
  const small = preds(100, (i) => 0.5 + (i % 50) / 100, (i) => 0.5 + (i % 50) / 100 >= 0.9);

  it('does not let a large, easy writer set the threshold for the others', () => {
    const pooled = thresholdFor([[...big, ...small]], 0.97);
    const perWriter = thresholdFor([big, small], 0.97);
    expect(pooled).toBeLessThan(perWriter);
    expect(perWriter).toBeGreaterThanOrEqual(0.85);
  });

  it('never says « élevée » when no threshold reaches the target', () => {
    expect(thresholdFor([preds(50, () => 0.9, (i) => i % 2 === 0)], 0.97)).toBe(1);
  });

  it('keeps « moyenne » at or below « élevée »', () => {
    const c = fitThresholds([big, small], { temperature: 1, elevee: 0.7, moyenne: 0.4, aQualifier: 0.2 });
    expect(c.moyenne).toBeLessThanOrEqual(c.elevee);
    expect(c.aQualifier).toBeLessThanOrEqual(c.moyenne);
  });
});
