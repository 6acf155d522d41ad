// Tests of the seeded generator and shuffle used by training and simulations.
import { describe, expect, it } from 'vitest';
import { rng, shuffled } from '@/lib/classify/random';

describe('rng', () => {
  it('repeats for a seed and differs between seeds', () => {
    const a = rng(3);
    const b = rng(3);
    const c = rng(4);
    const xs = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(xs);
    expect([c(), c(), c()]).not.toEqual(xs);
    for (const x of xs) expect(x >= 0 && x < 1).toBe(true);
  });
});

describe('shuffled', () => {
  it('permutes a copy deterministically', () => {
    const xs = Array.from({ length: 20 }, (_, i) => i);
    const s = shuffled(xs, 5);
    expect(s).toEqual(shuffled(xs, 5));
    expect(s).not.toEqual(xs);
    expect([...s].sort((a, b) => a - b)).toEqual(xs);
    expect(xs[0]).toBe(0);
  });
});
