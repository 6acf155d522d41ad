// The confidence word the sidebar and the CLI show, from the calibrated probability and the pack's thresholds.
import type { Calibration } from '../pack/model-schema';

export const CONFIDENCE_LABELS = ['élevée', 'moyenne', 'à qualifier'] as const;
export type ConfidenceLabel = (typeof CONFIDENCE_LABELS)[number];

export type ConfidenceThresholds = Pick<Calibration, 'elevee' | 'moyenne'>;

/** Thresholds used when the pack has no trained model (uncalibrated: cautious). */
export const DEFAULT_THRESHOLDS: ConfidenceThresholds = { elevee: 0.9, moyenne: 0.5 };

/** « élevée » from `elevee` up (fitted so that it is right ≥ 97 % on held-out writers), « moyenne » from `moyenne`, else « à qualifier ». */
export function confidenceLabel(confidence: number, thresholds: ConfidenceThresholds | undefined = DEFAULT_THRESHOLDS): ConfidenceLabel {
  const t = thresholds ?? DEFAULT_THRESHOLDS;
  if (!(confidence > 0)) return 'à qualifier';
  if (confidence >= t.elevee) return 'élevée';
  if (confidence >= t.moyenne) return 'moyenne';
  return 'à qualifier';
}
