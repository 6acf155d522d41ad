// Data of the Suivi charts (pure): requests per week by niveau, mean duration per week.
import type { IndicatorRow, Period } from './indicators';
import { inPeriod } from './indicators';
import { addDays, dayOf, weekStart } from './dates';

export interface WeekPoint {
  /** Monday of the week, `YYYY-MM-DD`. */
  week: string;
  niveau1: number;
  niveau2: number;
  meanDurationMinutes: number;
}

/** One point per week of the period (empty weeks included, from the first to the last week with rows). */
export function weeklySeries(rows: readonly IndicatorRow[], period?: Period): WeekPoint[] {
  const keep = inPeriod(period);
  const byWeek = new Map<string, { n1: number; n2: number; total: number }>();
  for (const r of rows) {
    if (period && !keep(r.date)) continue;
    const w = weekStart(dayOf(r.date));
    const g = byWeek.get(w) ?? { n1: 0, n2: 0, total: 0 };
    if (r.niveau === 1) g.n1++;
    else g.n2++;
    g.total += r.durationMinutes;
    byWeek.set(w, g);
  }
  if (byWeek.size === 0) return [];
  const weeks = [...byWeek.keys()].sort();
  const out: WeekPoint[] = [];
  for (let w = weeks[0]!; w <= weeks[weeks.length - 1]!; w = addDays(w, 7)) {
    const g = byWeek.get(w);
    const n = g ? g.n1 + g.n2 : 0;
    out.push({ week: w, niveau1: g?.n1 ?? 0, niveau2: g?.n2 ?? 0, meanDurationMinutes: n ? g!.total / n : 0 });
  }
  return out;
}
