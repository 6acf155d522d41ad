// Tests of the naive Bayes part: counts become sparse log-odds, a ticket's words pick their class, storage round-trips.
import { describe, expect, it } from 'vitest';
import { decodeBayes, isBayesFeature, scoreBayes, trainBayes } from '@/lib/classify/bayes';

const doc = (names: string[], y: number, weight = 1) => ({ features: new Map(names.map((n) => [n, 1])), y, weight });

describe('naive Bayes', () => {
  const part = trainBayes(
    [doc(['w:zorglub', 'w:plant', 'q:n-neplus'], 0), doc(['w:zorglub', 'b:zorglub_plant'], 0), doc(['w:bidul', 'w:corrig'], 1), doc(['w:bidul', 'c: bid'], 1)],
    3,
    0.1,
    0.001,
  );
  const m = decodeBayes({ ...part, weight: 1 }, 0.001, 3);

  it('reads words, word pairs and cues, not character n-grams', () => {
    expect(isBayesFeature('w:zorglub')).toBe(true);
    expect(isBayesFeature('b:a_b')).toBe(true);
    expect(isBayesFeature('q:n-neplus')).toBe(true);
    expect(isBayesFeature('c: bid')).toBe(false);
    expect(part.featureNames).not.toContain('c: bid');
  });

  it('scores a ticket for the class whose words it shares', () => {
    const s = scoreBayes(m, new Map([['w:zorglub', 0.5], ['w:inconnu', 1]]));
    expect(s[0]).toBeGreaterThan(s[1]!);
    expect(s[0]).toBeGreaterThan(s[2]!);
    const t = scoreBayes(m, new Map([['w:bidul', 1]]));
    expect(t[1]).toBeGreaterThan(t[0]!);
  });

  it('gives nothing to a ticket it knows no word of', () => {
    expect(Array.from(scoreBayes(m, new Map([['w:inconnu', 1]])))).toEqual([0, 0, 0]);
  });

  it('weighs documents', () => {
    const heavy = decodeBayes({ ...trainBayes([doc(['w:x'], 0, 1), doc(['w:y'], 0, 1), doc(['w:x'], 1, 5), doc(['w:y'], 1, 1)], 2, 0.1, 0.001), weight: 1 }, 0.001, 2);
    const s = scoreBayes(heavy, new Map([['w:x', 1]]));
    expect(s[1]).toBeGreaterThan(s[0]!);
  });
});
