// Matches the labels typed in a workbook to the pack's nomenclature: exact once accents, case and punctuation are
// dropped, else fuzzy (fuse.js) level by level (thématique, then motif in it, then sous-motif in it), each fuzzy
// step reported as a French note.
import Fuse from 'fuse.js';
import type { NomenclatureRow } from '../pack/schema';

/** Lower case, no accents, single spaces: for matching labels and headers typed by hand. */
export function normalizeLabel(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’']/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

export interface LabelMatch {
  row: NomenclatureRow;
  /** One note per label that was matched approximately (empty when every label matched exactly). */
  fuzzy: string[];
}

export type LabelMatcher = (thematique: string, motif: string, sousMotif: string) => LabelMatch | undefined;

/** Largest fuse.js score accepted (0 = identical, 1 = anything). */
const MAX_SCORE = 0.35;

/** A label reduced to lower-case letters and digits separated by single spaces. */
export function labelKey(s: string): string {
  let k = KEYS.get(s);
  if (k === undefined) {
    k = normalizeLabel(s).replace(/[^a-z0-9]+/g, ' ').trim();
    // Workbooks repeat the same few labels: remember them (bounded, cleared when full).
    if (KEYS.size >= 20_000) KEYS.clear();
    KEYS.set(s, k);
  }
  return k;
}
const KEYS = new Map<string, string>();

interface Level<T> {
  exact: Map<string, { label: string; value: T }>;
  fuse?: Fuse<{ key: string; label: string; value: T }>;
  cache: Map<string, { label: string; value: T } | null>;
}

function level<T>(): Level<T> {
  return { exact: new Map(), cache: new Map() };
}

function add<T>(lv: Level<T>, label: string, make: () => T): T {
  const key = labelKey(label);
  let hit = lv.exact.get(key);
  if (!hit) {
    hit = { label, value: make() };
    lv.exact.set(key, hit);
  }
  return hit.value;
}

/** The entry of a level for a typed label: exact key, else the best fuzzy one close enough (cached). */
function lookup<T>(lv: Level<T>, typed: string): { label: string; value: T; fuzzy: boolean } | undefined {
  const key = labelKey(typed);
  const exact = lv.exact.get(key);
  if (exact) return { ...exact, fuzzy: false };
  if (!key) return undefined;
  let found = lv.cache.get(key);
  if (found === undefined) {
    lv.fuse ??= new Fuse(
      [...lv.exact.entries()].map(([k, v]) => ({ key: k, label: v.label, value: v.value })),
      { keys: ['key'], includeScore: true, threshold: MAX_SCORE, ignoreLocation: true },
    );
    // A close label has about the same length: this keeps a short word from matching inside a long label.
    const best = lv.fuse
      .search(key)
      .find((r) => (r.score ?? 1) <= MAX_SCORE && Math.min(r.item.key.length, key.length) / Math.max(r.item.key.length, key.length) >= 0.6);
    found = best ? { label: best.item.label, value: best.item.value } : null;
    lv.cache.set(key, found);
  }
  return found ? { ...found, fuzzy: true } : undefined;
}

/** A matcher over the pack's rows. */
export function nomenclatureMatcher(rows: readonly NomenclatureRow[]): LabelMatcher {
  const themes = level<Level<Level<NomenclatureRow>>>();
  for (const r of rows) {
    const motifs = add(themes, r.thematique, () => level<Level<NomenclatureRow>>());
    const sous = add(motifs, r.motif, () => level<NomenclatureRow>());
    add(sous, r.sousMotif, () => r);
  }
  const seen = new Map<string, LabelMatch | undefined>();
  return (t, m, s) => {
    const key = `${t}\u0000${m}\u0000${s}`;
    if (seen.has(key)) return seen.get(key);
    const found = matchLabels(t, m, s);
    seen.set(key, found);
    return found;
  };

  function matchLabels(t: string, m: string, s: string): LabelMatch | undefined {
    const theme = lookup(themes, t);
    if (!theme) return undefined;
    const motif = lookup(theme.value, m);
    if (!motif) return undefined;
    const sous = lookup(motif.value, s);
    if (!sous) return undefined;
    const fuzzy: string[] = [];
    const note = (what: string, typed: string, hit: { label: string; fuzzy: boolean }) => {
      if (hit.fuzzy) fuzzy.push(`${what} « ${typed} » lu comme « ${hit.label} » (libellé approché de la nomenclature)`);
    };
    note('thématique', t, theme);
    note('motif', m, motif);
    note('sous-motif', s, sous);
    return { row: sous.value, fuzzy };
  }
}
