// The confidence word shown to the référent (sidebar) and printed by the CLI (`confidenceLabel`): one function for both.
import type { Classification, ConfidenceLevel } from './types';

export type ConfidenceLabel = 'élevée' | 'moyenne' | 'faible' | 'à qualifier';

export const LEVEL_WORDS: Record<ConfidenceLevel, ConfidenceLabel> = { elevee: 'élevée', moyenne: 'moyenne', faible: 'faible' };

/** « à qualifier » when nothing fits well enough, else the calibrated level in words. */
export function confidenceLabel(c: Pick<Classification, 'level' | 'aQualifier'>): ConfidenceLabel {
  return c.aQualifier ? 'à qualifier' : LEVEL_WORDS[c.level];
}
