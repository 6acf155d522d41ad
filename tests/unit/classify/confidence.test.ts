// Tests of the confidence word shown by the sidebar and the CLI.
import { describe, expect, it } from 'vitest';
import { confidenceLabel, DEFAULT_THRESHOLDS } from '@/lib/classify/confidence';

describe('confidenceLabel', () => {
  const t = { elevee: 0.8, moyenne: 0.45 };
  it('follows the calibrated thresholds, bounds included', () => {
    expect(confidenceLabel(0.95, t)).toBe('élevée');
    expect(confidenceLabel(0.8, t)).toBe('élevée');
    expect(confidenceLabel(0.79, t)).toBe('moyenne');
    expect(confidenceLabel(0.45, t)).toBe('moyenne');
    expect(confidenceLabel(0.44, t)).toBe('à qualifier');
  });
  it('says « à qualifier » for nothing classified or a broken number', () => {
    expect(confidenceLabel(0, t)).toBe('à qualifier');
    expect(confidenceLabel(Number.NaN, t)).toBe('à qualifier');
  });
  it('falls back to cautious defaults without a model', () => {
    expect(confidenceLabel(DEFAULT_THRESHOLDS.elevee, undefined)).toBe('élevée');
    expect(confidenceLabel(DEFAULT_THRESHOLDS.elevee - 0.01, undefined)).toBe('moyenne');
  });
});
