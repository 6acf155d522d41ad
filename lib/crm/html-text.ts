// Message HTML → clean text: blocks become lines, quoted replies and signatures are dropped only when clearly marked.
import { ELEMENT_NODE, TEXT_NODE } from './dom';

const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'dd', 'div', 'dl', 'dt', 'fieldset', 'figure', 'footer', 'form',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table', 'tr', 'ul',
]);
const SKIPPED = new Set(['script', 'style', 'template', 'noscript', 'head', 'title', 'button', 'svg']);

/** Quoted earlier messages, as mail clients mark them. */
export const QUOTE_SELECTORS = [
  '.gmail_quote',
  'blockquote[type="cite"]',
  '.moz-cite-prefix',
  '.yahoo_quoted',
  '#divRplyFwdMsg',
  '#appendonsend',
  '.hs_reply',
  '[data-test-id*="quoted"]',
];
/** Signatures, as mail clients mark them. */
export const SIGNATURE_SELECTORS = ['.gmail_signature', '[data-smartmail="gmail_signature"]', '.moz-signature', '#Signature', '.signature'];

const FORWARD = /(message transf[ée]r[ée]|forwarded message|message d'origine|original message)/i;

function matchesAny(el: Element, selectors: readonly string[]): boolean {
  return selectors.some((s) => {
    try {
      return el.matches(s);
    } catch {
      return false;
    }
  });
}

function walk(node: Node, out: { text: string; pending: boolean }, drop: (el: Element) => boolean, pre: boolean): void {
  if (node.nodeType === TEXT_NODE) {
    let t = node.textContent ?? '';
    if (!pre) t = t.replace(/[ \t\r\n\u00a0]+/g, ' ');
    if (!t) return;
    if (out.pending && out.text && !out.text.endsWith('\n')) out.text += '\n';
    out.pending = false;
    if (!pre && (out.text === '' || out.text.endsWith('\n') || out.text.endsWith(' '))) t = t.replace(/^ /, '');
    out.text += t;
    return;
  }
  if (node.nodeType !== ELEMENT_NODE) return;
  const el = node as Element;
  const tag = el.tagName.toLowerCase();
  if (SKIPPED.has(tag) || drop(el)) return;
  if (tag === 'br') {
    out.text = out.text.replace(/ $/, '') + '\n';
    out.pending = false;
    return;
  }
  const block = BLOCKS.has(tag);
  if (block) out.pending = true;
  if (tag === 'li' && el.parentElement?.tagName.toLowerCase() === 'ul') {
    if (out.text && !out.text.endsWith('\n')) out.text += '\n';
    out.text += '- ';
    out.pending = false;
  }
  const isPre = pre || tag === 'pre';
  for (const child of Array.from(el.childNodes)) walk(child, out, drop, isPre);
  if (block) out.pending = true;
}

function render(el: Element, drop: (el: Element) => boolean): string {
  const out = { text: '', pending: false };
  walk(el, out, drop, false);
  return tidy(out.text);
}

/** Trims each line, keeps at most one blank line, cuts an RFC 3676 signature (`-- ` line). */
export function tidy(text: string): string {
  const lines = text.split('\n').map((l) => l.trim());
  const sig = lines.findIndex((l) => l === '--');
  const kept = sig > 0 ? lines.slice(0, sig) : lines;
  return kept.join('\n').replace(/\n{3,}/g, '\n\n').trim();
}

/**
 * Clean text of a message body. Quotes are dropped only when the message has its own text besides them and they are
 * not a forwarded message (whose content IS the request); marked signatures are dropped.
 */
export function htmlToText(el: Element): string {
  const isSignature = (e: Element) => matchesAny(e, SIGNATURE_SELECTORS);
  const isQuote = (e: Element) => matchesAny(e, QUOTE_SELECTORS) && !FORWARD.test(e.textContent ?? '');
  const withoutQuotes = render(el, (e) => isSignature(e) || isQuote(e));
  if (withoutQuotes.length > 0) return withoutQuotes;
  return render(el, isSignature);
}

/** Clean text of an HTML string, parsed in `doc` (never attached to the page, scripts never run). */
export function htmlStringToText(doc: Document, html: string): string {
  const tpl = doc.createElement('template');
  tpl.innerHTML = html;
  const div = doc.createElement('div');
  div.appendChild(tpl.content.cloneNode(true));
  return htmlToText(div);
}
