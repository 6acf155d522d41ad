// Checks a pack: schema errors (French, with JSON paths) and cross-references (rows, templates, KB, variables, links).
import { z } from 'zod';
import { packSchema, type Pack } from './schema';
import { formatPath, type PackProblem } from './problems';
import { analyzeTemplate } from './template-language';
import { isSafeHref } from './safe-href';

const frenchErrors = z.locales.fr().localeError;

/** Schema validation only; zod messages in French. */
function schemaProblems(raw: unknown): { pack?: Pack; problems: PackProblem[] } {
  const r = packSchema.safeParse(raw, { error: frenchErrors });
  if (r.success) return { pack: r.data, problems: [] };
  return {
    problems: r.error.issues.map((i) => ({ path: formatPath(i.path), message: i.message, severity: 'error' as const })),
  };
}

const ALLOWED_TAGS = new Set(['p', 'a', 'strong', 'em', 'b', 'i', 'u', 'ul', 'ol', 'li', 'br']);

function htmlProblems(html: string, path: string): PackProblem[] {
  const out: PackProblem[] = [];
  for (const m of html.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g)) {
    const tag = (m[1] ?? '').toLowerCase();
    if (!ALLOWED_TAGS.has(tag)) {
      out.push({ path, message: `balise non autorisée <${tag}> (autorisées : ${[...ALLOWED_TAGS].join(', ')})`, severity: 'error' });
      continue;
    }
    const attrs = m[2] ?? '';
    if (tag === 'a' && !m[0].startsWith('</')) {
      const href = /href\s*=\s*(?:"([^"]*)"|'([^']*)')/i.exec(attrs);
      const value = href ? (href[1] ?? href[2] ?? '') : '';
      const templated = /^\s*\{\{[^{}]+\}\}\s*$/.test(value);
      if (!href) out.push({ path, message: 'lien <a> sans adresse (href)', severity: 'error' });
      else if (!templated && !isSafeHref(value.trim())) {
        out.push({ path, message: `adresse de lien refusée « ${value} » (http, https ou mailto seulement)`, severity: 'error' });
      }
    } else if (/\S/.test(attrs.replace(/\s*\/\s*$/, ''))) {
      out.push({ path, message: `attribut non autorisé sur <${tag}> : ${attrs.trim()}`, severity: 'warning' });
    }
  }
  return out;
}

function variableProblems(source: string, path: string): PackProblem[] {
  return analyzeTemplate(source).unknown.map((name) => ({
    path,
    message: `variable inconnue {{${name}}}`,
    severity: 'error' as const,
  }));
}

function duplicates<T>(items: readonly T[], key: (t: T) => string, path: (i: number) => string, what: string): PackProblem[] {
  const seen = new Map<string, number>();
  const out: PackProblem[] = [];
  items.forEach((it, i) => {
    const k = key(it);
    const first = seen.get(k);
    if (first !== undefined) out.push({ path: path(i), message: `${what} en double « ${k} » (déjà à l'indice ${first})`, severity: 'error' });
    else seen.set(k, i);
  });
  return out;
}

/** Cross-reference checks of a schema-valid pack. */
function crossProblems(pack: Pack): PackProblem[] {
  const out: PackProblem[] = [];
  const rowIds = new Set(pack.nomenclature.map((r) => r.id));
  const kbIds = new Set(pack.kb.entries.map((e) => e.id));
  const sectionIds = new Set(pack.kb.sections.map((s) => s.id));

  out.push(...duplicates(pack.nomenclature, (r) => r.id, (i) => `nomenclature[${i}].id`, 'identifiant'));
  out.push(
    ...duplicates(
      pack.nomenclature,
      (r) => `${r.thematique} › ${r.motif} › ${r.sousMotif}`,
      (i) => `nomenclature[${i}].sousMotif`,
      'sous-motif',
    ),
  );
  out.push(...duplicates(pack.templates, (t) => t.id, (i) => `templates[${i}].id`, 'identifiant de modèle'));
  out.push(...duplicates(pack.kb.entries, (e) => e.id, (i) => `kb.entries[${i}].id`, 'identifiant d\u2019article'));
  out.push(...duplicates(pack.kb.sections, (s) => s.id, (i) => `kb.sections[${i}].id`, 'identifiant de section'));

  pack.templates.forEach((t, i) => {
    t.rowIds.forEach((id, j) => {
      if (!rowIds.has(id)) out.push({ path: `templates[${i}].rowIds[${j}]`, message: `sous-motif inconnu « ${id} »`, severity: 'error' });
    });
    t.kb.forEach((id, j) => {
      if (!kbIds.has(id)) out.push({ path: `templates[${i}].kb[${j}]`, message: `article de la base de connaissances inconnu « ${id} »`, severity: 'error' });
    });
    const firstKb = pack.kb.entries.find((e) => e.id === t.kb[0]);
    if (t.review === 'validé' && firstKb && !firstKb.verified && /\{\{\s*kb\.lien\s*\}\}/.test(t.text + t.html)) {
      out.push({ path: `templates[${i}].kb[0]`, message: `modèle validé dont le lien « ${firstKb.id} » n\u2019est pas vérifié : {{kb.lien}} donnera l\u2019accueil de la base`, severity: 'warning' });
    }
    out.push(...variableProblems(t.text, `templates[${i}].text`));
    out.push(...variableProblems(t.html, `templates[${i}].html`));
    out.push(...htmlProblems(t.html, `templates[${i}].html`));
    if (/<[a-z]/i.test(t.text)) out.push({ path: `templates[${i}].text`, message: 'le texte brut contient des balises HTML', severity: 'warning' });
  });

  let baseHost = '';
  try { baseHost = new URL(pack.kb.baseUrl).host; } catch { /* schema already checked */ }
  pack.kb.entries.forEach((e, i) => {
    if (!sectionIds.has(e.section)) out.push({ path: `kb.entries[${i}].section`, message: `section inconnue « ${e.section} »`, severity: 'error' });
    e.rowIds.forEach((id, j) => {
      if (!rowIds.has(id)) out.push({ path: `kb.entries[${i}].rowIds[${j}]`, message: `sous-motif inconnu « ${id} »`, severity: 'error' });
    });
    let host = '';
    try { host = new URL(e.url).host; } catch { /* schema already checked */ }
    if (baseHost && host !== baseHost) {
      out.push({ path: `kb.entries[${i}].url`, message: `adresse hors de la base de connaissances (${baseHost})`, severity: 'warning' });
    }
  });

  const withTemplate = new Set(pack.templates.flatMap((t) => t.rowIds));
  const withKb = new Set(pack.kb.entries.flatMap((e) => e.rowIds));
  pack.nomenclature.forEach((r, i) => {
    if (!withTemplate.has(r.id)) out.push({ path: `nomenclature[${i}]`, message: `aucune réponse type pour « ${r.sousMotif} » (${r.id})`, severity: 'error' });
    if (!withKb.has(r.id)) out.push({ path: `nomenclature[${i}]`, message: `aucun lien vers la base de connaissances pour « ${r.sousMotif} » (${r.id})`, severity: 'error' });
  });

  const owner = new Map<string, string>();
  for (const field of ['thematique', 'motif', 'sousMotif'] as const) {
    pack.crmFields[field].labels.forEach((label, i) => {
      const key = label.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().trim();
      const other = owner.get(key);
      if (other && other !== field) out.push({ path: `crmFields.${field}.labels[${i}]`, message: `libellé « ${label} » déjà donné à ${other}`, severity: 'error' });
      else owner.set(key, field);
    });
  }

  for (const k of ['text', 'html'] as const) out.push(...variableProblems(pack.welcomeMail[k], `welcomeMail.${k}`));
  out.push(...htmlProblems(pack.welcomeMail.html, 'welcomeMail.html'));
  return out;
}

/** What `pack:check` reports about content that reaches users: template review status and KB link kinds. */
export interface PackReviewSummary {
  templates: { valide: number; aRelire: number };
  /** verified: known article; search: a KB search standing in for an article; guessed: an article address nobody checked. */
  kb: { verified: number; search: number; guessed: number };
}

export function reviewSummary(pack: Pick<Pack, 'templates' | 'kb'>): PackReviewSummary {
  const valide = pack.templates.filter((t) => t.review === 'validé').length;
  const verified = pack.kb.entries.filter((e) => e.verified).length;
  const search = pack.kb.entries.filter((e) => !e.verified && e.searchLink).length;
  return {
    templates: { valide, aRelire: pack.templates.length - valide },
    kb: { verified, search, guessed: pack.kb.entries.length - verified - search },
  };
}

/** The summary in French, one line per kind (printed by `npm run pack:check`). */
export function formatReviewSummary(s: PackReviewSummary): string {
  return [
    `réponses types : ${s.templates.valide} validée(s), ${s.templates.aRelire} à relire`,
    `liens de la base de connaissances : ${s.kb.verified} article(s) vérifié(s), ${s.kb.search} recherche(s), ${s.kb.guessed} adresse(s) supposée(s) non vérifiée(s)`,
  ].join('\n');
}

/** Every problem of a raw pack (schema first; cross-references only when the schema passes). */
export function checkPack(raw: unknown): { pack?: Pack; problems: PackProblem[] } {
  const s = schemaProblems(raw);
  if (!s.pack) return s;
  return { pack: s.pack, problems: crossProblems(s.pack) };
}
