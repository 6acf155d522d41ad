// Helpers for benchmark output: percentiles and one line per figure with its target.
export function percentile(values: number[], p: number): number {
  const s = [...values].sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
}

export function median(values: number[]): number {
  return percentile(values, 50);
}

/** Prints `label: value unit (cible ≤ target unit) OK|HORS CIBLE` and returns whether it is within target. */
export function figure(label: string, value: number, unit: string, target?: number): boolean {
  const ok = target === undefined || value <= target;
  const t = target === undefined ? '' : ` (cible ≤ ${target} ${unit}) ${ok ? 'OK' : 'HORS CIBLE'}`;
  console.log(`  ${label}: ${Number.isFinite(value) ? value.toFixed(value < 10 ? 2 : 1) : value} ${unit}${t}`);
  return ok;
}
