// Helpers of the benchmarks: timing runs, percentiles and one line per figure with its target.
/** Runs `fn` `n` times (with the run's index) and returns each run's time in ms. */
export function timeRuns(n: number, fn: (i: number) => void): number[] {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    fn(i);
    out.push(performance.now() - t);
  }
  return out;
}

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
