// DOM helpers shared by the CRM adapters: first-match queries over fallback selectors, clean text, e-mail and name parsing.

/** Node type numbers, so that lib code needs no browser globals. */
export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

/** First element matching one of `selectors`, tried in order, with the selector that matched (a bad selector is skipped, never thrown). */
export function queryFirstHook<E extends Element = HTMLElement>(root: ParentNode, selectors: readonly string[]): { el: E; selector: string } | null {
  for (const sel of selectors) {
    try {
      const el = root.querySelector<E & Element>(sel);
      if (el) return { el, selector: sel };
    } catch {
      // Invalid selector in this DOM implementation: try the next one.
    }
  }
  return null;
}

/** First element matching one of `selectors`, tried in order (a bad selector is skipped, never thrown). */
export function queryFirst<E extends Element = HTMLElement>(root: ParentNode, selectors: readonly string[]): E | null {
  return queryFirstHook<E>(root, selectors)?.el ?? null;
}

/** Every element matching one of `selectors`, for the first selector that matches anything, with that selector. */
export function queryAllFirstHook<E extends Element = HTMLElement>(root: ParentNode, selectors: readonly string[]): { els: E[]; selector: string | null } {
  for (const sel of selectors) {
    try {
      const els = root.querySelectorAll<E & Element>(sel);
      if (els.length > 0) return { els: Array.from(els), selector: sel };
    } catch {
      // Invalid selector: next one.
    }
  }
  return { els: [], selector: null };
}

/** Every element matching one of `selectors`, for the first selector that matches anything. */
export function queryAllFirst<E extends Element = HTMLElement>(root: ParentNode, selectors: readonly string[]): E[] {
  return queryAllFirstHook<E>(root, selectors).els;
}

/** Text content with whitespace collapsed. */
export function cleanText(s: string | null | undefined): string {
  return (s ?? '').replace(/[\s\u00a0\u200b]+/g, ' ').trim();
}

/** The value a form control or a display element shows. */
export function valueOf(el: Element): string {
  const tag = el.tagName.toLowerCase();
  if (tag === 'select') {
    const sel = el as HTMLSelectElement;
    const opt = sel.options[sel.selectedIndex];
    return cleanText(opt ? opt.text : sel.value);
  }
  if (tag === 'input' || tag === 'textarea') return cleanText((el as HTMLInputElement).value);
  return cleanText(el.textContent);
}

/** Values a help desk shows for an empty field. */
const EMPTY_VALUES = new Set(['', '-', '--', '—', '–', 'null', 'undefined', 'non renseigné', 'non renseignée', 'aucun', 'aucune', 'aucune valeur', 'n/a', 'none']);

export function emptyToBlank(s: string): string {
  return EMPTY_VALUES.has(s.trim().toLowerCase()) ? '' : s.trim();
}

const EMAIL = /[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/;

export function findEmail(s: string | null | undefined): string {
  return (EMAIL.exec(s ?? '')?.[0] ?? '').toLowerCase();
}

/** Splits `Jeanne Dupont <jeanne@x.fr>` (or `jeanne@x.fr`, or `Jeanne Dupont (jeanne@x.fr)`) into name and e-mail. */
export function parseNameEmail(s: string | null | undefined): { name: string; email: string } {
  const text = cleanText(s);
  const email = findEmail(text);
  let name = text;
  if (email) name = text.replace(new RegExp(`[<(\\[]?\\s*${email.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*[>)\\]]?`, 'i'), '');
  name = cleanText(name.replace(/^(de|from)\s*:\s*/i, '').replace(/^["']|["']$/g, ''));
  return { name, email };
}

/** Lower case without accents or final punctuation: the form label matching works on. */
export function normalizeLabel(s: string | null | undefined): string {
  return cleanText(s)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\s*:?]+$/g, '')
    .replace(/\s+/g, ' ');
}
