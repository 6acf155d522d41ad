// Tolerant text matching for the support form: labels and option texts compared without case, accents or punctuation.

/** Lower case, no accents, apostrophes and punctuation turned into spaces, single spaces, trimmed. */
export function normalizeText(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

function tokens(s: string): string[] {
  return normalizeText(s).split(' ').filter(Boolean);
}

/** Words that carry no meaning when comparing option labels. */
const STOP = new Set(['de', 'du', 'des', 'la', 'le', 'les', 'l', 'd', 'a', 'au', 'aux', 'et', 'un', 'une', 'en', 'sur', 'pour']);

/**
 * How well an option text matches the wanted value, from 0 (no match) to 1 (same text once normalised).
 * Partial matches count: "75" matches "75 - Paris", "Paris" matches "75 - Paris", "Référent SI" matches "Référent SI SIAO".
 */
export function optionScore(optionText: string, wanted: string): number {
  const o = normalizeText(optionText);
  const w = normalizeText(wanted);
  if (!o || !w) return 0;
  if (o === w) return 1;
  // One is a whole-word prefix / part of the other ("75" in "75 paris", "acces au compte" in "acces au compte utilisateur").
  const padded = (x: string) => ` ${x} `;
  if (padded(o).startsWith(padded(w)) || padded(w).startsWith(padded(o))) return 0.9;
  if (padded(o).includes(padded(w)) || padded(w).includes(padded(o))) return 0.8;
  // Word overlap, ignoring small words.
  const ot = tokens(optionText).filter((t) => !STOP.has(t));
  const wt = tokens(wanted).filter((t) => !STOP.has(t));
  if (!ot.length || !wt.length) return 0;
  const oset = new Set(ot);
  const common = wt.filter((t) => oset.has(t)).length;
  const recall = common / wt.length;
  const precision = common / ot.length;
  if (recall === 0) return 0;
  const f = (2 * recall * precision) / (recall + precision);
  return f >= 0.6 ? 0.5 + f * 0.25 : 0;
}

/** The best option for a wanted value, or null when nothing is close enough. Ties keep the first option. */
export function bestOption<T>(options: readonly T[], wanted: string, text: (o: T) => string): T | null {
  let best: T | null = null;
  let bestScore = 0;
  for (const o of options) {
    const s = optionScore(text(o), wanted);
    if (s > bestScore) {
      best = o;
      bestScore = s;
    }
  }
  return best;
}

/** True when a field label matches one of the patterns (normalised substrings; a leading `^` anchors at the start). */
export function labelMatches(label: string, patterns: readonly string[]): boolean {
  const l = normalizeText(label);
  if (!l) return false;
  return patterns.some((p) => (p.startsWith('^') ? l.startsWith(normalizeText(p.slice(1))) : l.includes(normalizeText(p))));
}
