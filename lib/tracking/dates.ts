// Calendar helpers of the log: local ISO date-times, jj/mm/aaaa, months and weeks (no time-zone library).
const pad = (n: number, w = 2): string => String(Math.trunc(Math.abs(n))).padStart(w, '0');

/** ISO 8601 date-time with the local offset, e.g. `2025-03-26T10:15:00+01:00` (its first 10 characters are the local day). */
export function localIsoDateTime(d: Date): string {
  const off = -d.getTimezoneOffset();
  const sign = off >= 0 ? '+' : '-';
  return (
    `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}` +
    `${sign}${pad(off / 60)}:${pad(off % 60)}`
  );
}

/** Local calendar day `YYYY-MM-DD` of a date. */
export function localDay(d: Date): string {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The calendar day of an ISO date or date-time (its first 10 characters). */
export function dayOf(iso: string): string {
  return iso.slice(0, 10);
}

/** `2025-03-26` → `26/03/2025`. */
export function toFrenchDate(iso: string): string {
  const [y, m, d] = dayOf(iso).split('-');
  return `${d}/${m}/${y}`;
}

/** Checks that `YYYY-MM-DD` is a real calendar day. */
export function isValidDay(day: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

/** `26/03/2025` (or `26/3/25`, `26-03-2025`) → `2025-03-26`; null when it is not a real day. */
export function parseFrenchDate(text: string): string | null {
  const m = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})\s*$/.exec(text);
  if (!m) return null;
  const y = m[3]!.length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
  const day = `${pad(y, 4)}-${pad(Number(m[2]))}-${pad(Number(m[1]))}`;
  return isValidDay(day) ? day : null;
}

/** Adds months to a `YYYY-MM` month. */
export function addMonths(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const idx = y * 12 + (m - 1) + n;
  return `${pad(Math.floor(idx / 12), 4)}-${pad((idx % 12) + 1)}`;
}

/** The month before the one containing `now`, as `YYYY-MM`. */
export function previousMonth(now: Date): string {
  return addMonths(`${now.getFullYear()}-${pad(now.getMonth() + 1)}`, -1);
}

/** First and (exclusive) last day of a month: `{ from: '2025-03-01', to: '2025-04-01' }`. */
export function monthBounds(month: string): { from: string; to: string } {
  return { from: `${month}-01`, to: `${addMonths(month, 1)}-01` };
}

/** Monday of the ISO week of a `YYYY-MM-DD` day. */
export function weekStart(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d));
  const dow = (t.getUTCDay() + 6) % 7;
  t.setUTCDate(t.getUTCDate() - dow);
  return t.toISOString().slice(0, 10);
}

/** Adds days to a `YYYY-MM-DD` day. */
export function addDays(day: string, n: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
}

const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
/** `2025-03` → `mars 2025`. */
export function frenchMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return `${MONTHS[m - 1] ?? '?'} ${y}`;
}
