// Template language: the `{{…}}` marks (variables, fill-ins, caret) and the analysis of a template's source; part of the pack format (pack-check reports unknown marks), rendered by lib/templates.

/** Variables a réponse type may use; their values come from the TemplateContext. */
export const KNOWN_VARIABLES = [
  'usager.prenom',
  'usager.nom',
  'referent.prenom',
  'referent.nom',
  'referent.signature',
  'ticket.numero',
  'ticket.lien',
  'kb.lien',
  'kb.titre',
  'siao.nom',
  'siao.email',
  'date',
] as const;
export type KnownVariable = (typeof KNOWN_VARIABLES)[number];

export const CARET_MARK = 'curseur';
export const FILL_IN_PREFIX = 'saisie:';

const KNOWN = new Set<string>(KNOWN_VARIABLES);

/** One `{{…}}` mark of a template, with its position in the source. */
export type TemplateToken =
  | { kind: 'text'; value: string }
  | { kind: 'variable'; name: string; raw: string }
  | { kind: 'fillIn'; label: string; raw: string }
  | { kind: 'caret'; raw: string }
  | { kind: 'unknown'; name: string; raw: string };

const MARK = /\{\{\s*([^{}]*?)\s*\}\}/g;

export function isKnownVariable(name: string): name is KnownVariable {
  return KNOWN.has(name);
}

/** Splits a template source into text and marks (never throws; an unclosed `{{` stays text). */
export function tokenize(source: string): TemplateToken[] {
  const out: TemplateToken[] = [];
  let last = 0;
  for (const m of source.matchAll(MARK)) {
    const start = m.index ?? 0;
    if (start > last) out.push({ kind: 'text', value: source.slice(last, start) });
    const raw = m[0];
    const inner = (m[1] ?? '').trim();
    if (inner === CARET_MARK) out.push({ kind: 'caret', raw });
    else if (inner.startsWith(FILL_IN_PREFIX)) {
      const label = inner.slice(FILL_IN_PREFIX.length).trim();
      if (label) out.push({ kind: 'fillIn', label, raw });
      else out.push({ kind: 'unknown', name: inner, raw });
    } else if (isKnownVariable(inner)) out.push({ kind: 'variable', name: inner, raw });
    else out.push({ kind: 'unknown', name: inner, raw });
    last = start + raw.length;
  }
  if (last < source.length) out.push({ kind: 'text', value: source.slice(last) });
  return out;
}

export interface TemplateAnalysis {
  /** Known variables used, in order of first use. */
  variables: string[];
  /** Fill-in labels (`{{saisie:Label}}`), in order of first use. */
  fillIns: string[];
  /** Marks that are neither a known variable, a fill-in nor the caret. */
  unknown: string[];
  hasCaret: boolean;
}

function pushOnce(list: string[], v: string): void {
  if (!list.includes(v)) list.push(v);
}

/** Lists what a template uses: the sidebar asks for the fill-ins, pack-check reports the unknown marks. */
export function analyzeTemplate(source: string): TemplateAnalysis {
  const a: TemplateAnalysis = { variables: [], fillIns: [], unknown: [], hasCaret: false };
  for (const t of tokenize(source)) {
    if (t.kind === 'variable') pushOnce(a.variables, t.name);
    else if (t.kind === 'fillIn') pushOnce(a.fillIns, t.label);
    else if (t.kind === 'unknown') pushOnce(a.unknown, t.name);
    else if (t.kind === 'caret') a.hasCaret = true;
  }
  return a;
}
