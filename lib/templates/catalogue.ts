// Réponses types and KB entries for a sous-motif, and the fuse.js KB search (index built once per pack).
import Fuse from 'fuse.js';
import type { KbEntry, Pack, ResponseTemplate } from '../pack/schema';
import type { CustomTemplateRow } from './custom';
import { textToHtml } from './html';

type TemplatesSource = Pick<Pack, 'templates'>;
type KbSource = Pick<Pack, 'kb' | 'templates'>;

/** Id prefix of custom templates turned into ResponseTemplate values. */
export const CUSTOM_TEMPLATE_PREFIX = 'custom:';

export function customToResponseTemplate(c: CustomTemplateRow, pack?: TemplatesSource): ResponseTemplate {
  const packKb = c.rowId ? pack?.templates.find((t) => t.rowIds.includes(c.rowId as string))?.kb ?? [] : [];
  return {
    id: `${CUSTOM_TEMPLATE_PREFIX}${c.id}`,
    rowIds: c.rowId ? [c.rowId] : [],
    title: c.title,
    text: c.text,
    html: c.html?.trim() ? c.html : textToHtml(c.text),
    kb: packKb,
    // The référent wrote it: no confirmation asked before inserting it.
    review: 'validé',
    source: 'modèle personnel',
  } as ResponseTemplate;
}

export function isCustomTemplate(t: Pick<ResponseTemplate, 'id'>): boolean {
  return t.id.startsWith(CUSTOM_TEMPLATE_PREFIX);
}

/**
 * Templates offered for a row: the référent's own templates for that row first, then the pack's, then the référent's
 * free templates (no sous-motif). With `rowId` null, only free templates.
 */
export function templatesForRow(pack: TemplatesSource, customTemplates: CustomTemplateRow[], rowId: string | null): ResponseTemplate[] {
  const own = rowId ? customTemplates.filter((c) => c.rowId === rowId) : [];
  const free = customTemplates.filter((c) => !c.rowId);
  const fromPack = rowId ? pack.templates.filter((t) => t.rowIds.includes(rowId)) : [];
  return [...own.map((c) => customToResponseTemplate(c, pack)), ...fromPack, ...free.map((c) => customToResponseTemplate(c, pack))];
}

/** KB entries of a row: those its réponse type links to first (in that order), then articles before search links. */
export function kbEntriesForRow(pack: KbSource, rowId: string | null): KbEntry[] {
  if (!rowId) return [];
  const preferred = pack.templates.filter((t) => t.rowIds.includes(rowId)).flatMap((t) => t.kb);
  const byId = new Map(pack.kb.entries.map((e) => [e.id, e]));
  const out: KbEntry[] = [];
  const seen = new Set<string>();
  for (const id of preferred) {
    const e = byId.get(id);
    if (e && !seen.has(e.id)) { out.push(e); seen.add(e.id); }
  }
  const rest = pack.kb.entries.filter((e) => e.rowIds.includes(rowId) && !seen.has(e.id));
  rest.sort((a, b) => Number(a.searchLink) - Number(b.searchLink));
  return [...out, ...rest];
}

/** The first KB entry of a row (first of kbEntriesForRow), verified or not: what the KB panel shows first. */
export function primaryKbEntry(pack: KbSource, rowId: string | null): KbEntry | undefined {
  return kbEntriesForRow(pack, rowId)[0];
}

/** The KB entry `{{kb.lien}}` points to for a row: its first verified one (none: the reply links to the base's home). */
export function replyKbEntry(pack: KbSource, rowId: string | null): KbEntry | undefined {
  return kbEntriesForRow(pack, rowId).find((e) => e.verified);
}

/** Lower case without accents: the index and the query are compared in this form (faster than fuse's ignoreDiacritics). */
function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

interface KbIndex {
  fuse: Fuse<{ title: string; tags: string[] }>;
  entries: readonly KbEntry[];
}

const indexes = new WeakMap<readonly KbEntry[], KbIndex>();

function kbIndex(entries: readonly KbEntry[]): KbIndex {
  let idx = indexes.get(entries);
  if (!idx) {
    const docs = entries.map((e) => ({ title: fold(e.title), tags: e.tags.map(fold) }));
    const fuse = new Fuse(docs, {
      keys: [
        { name: 'title', weight: 0.7 },
        { name: 'tags', weight: 0.3 },
      ],
      ignoreLocation: true,
      threshold: 0.35,
      minMatchCharLength: 2,
    });
    idx = { fuse, entries };
    indexes.set(entries, idx);
  }
  return idx;
}

/** Fuzzy search over KB titles and tags (accents and case ignored); fewer than 2 characters give nothing. */
export function searchKb(pack: Pick<Pack, 'kb'>, query: string, limit = 10): KbEntry[] {
  const q = fold(query.trim());
  if (q.length < 2) return [];
  const { fuse, entries } = kbIndex(pack.kb.entries);
  return fuse.search(q, { limit }).flatMap((r) => {
    const e = entries[r.refIndex];
    return e ? [e] : [];
  });
}
