// HTML helpers of the template renderer: escaping, safe links, plain text → simple HTML, and an allow-list sanitizer.
import { isSafeHref } from '../pack/safe-href';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function unescapeHtml(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, ent: string) => {
    if (ent[0] === '#') {
      const code = ent[1] === 'x' || ent[1] === 'X' ? parseInt(ent.slice(2), 16) : parseInt(ent.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : '';
    }
    return NAMED[ent.toLowerCase()] ?? all;
  });
}


const URL_IN_TEXT = /\b(https?:\/\/[^\s<>"']+[^\s<>"'.,;:!?)])/g;

/** Escaped text with its http(s) addresses turned into links. */
function linkify(escapedLine: string): string {
  return escapedLine.replace(URL_IN_TEXT, (url) => {
    const target = unescapeHtml(url);
    return isSafeHref(target) ? `<a href="${escapeHtml(target)}">${url}</a>` : url;
  });
}

/** Plain text → simple HTML: blank lines make paragraphs, single newlines `<br>`, addresses become links. Input is escaped. */
export function textToHtml(text: string): string {
  const paragraphs = text.replace(/\r\n?/g, '\n').split(/\n{2,}/).filter((p) => p.trim() !== '');
  return paragraphs
    .map((p) => `<p>${p.split('\n').map((l) => linkify(escapeHtml(l))).join('<br>')}</p>`)
    .join('');
}

const ALLOWED = new Set(['p', 'a', 'strong', 'em', 'b', 'i', 'u', 'ul', 'ol', 'li', 'br']);
const VOID = new Set(['br']);
const DROP_WITH_CONTENT = new Set(['script', 'style', 'iframe', 'object', 'embed', 'template', 'noscript', 'title', 'textarea', 'select']);

function attr(attrs: string, name: string): string | undefined {
  const re = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'=<>\`]+))`, 'i');
  const m = re.exec(attrs);
  if (!m) return undefined;
  return unescapeHtml(m[1] ?? m[2] ?? m[3] ?? '');
}

/** Keeps only p, a[href http(s)/mailto], strong, em, b, i, u, ul, ol, li, br; everything else becomes escaped text or is dropped. */
export function sanitizeHtml(html: string): string {
  const out: string[] = [];
  const open: string[] = [];
  const re = /<!--[\s\S]*?(?:-->|$)|<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>|<|>/g;
  let last = 0;
  let dropUntil: string | null = null;
  const text = (s: string) => {
    if (dropUntil) return;
    // Text between tags: keep existing entities, escape stray ampersands and quotes.
    out.push(s.replace(/&(?!(#x[0-9a-f]+|#\d+|[a-z]+);)/gi, '&amp;'));
  };
  for (const m of html.matchAll(re)) {
    const start = m.index ?? 0;
    text(html.slice(last, start));
    last = start + m[0].length;
    const tok = m[0];
    if (tok === '<') { if (!dropUntil) out.push('&lt;'); continue; }
    if (tok === '>') { if (!dropUntil) out.push('&gt;'); continue; }
    if (tok.startsWith('<!--')) continue;
    const closing = m[1] === '/';
    const name = (m[2] ?? '').toLowerCase();
    const attrs = m[3] ?? '';
    if (dropUntil) {
      if (closing && name === dropUntil) dropUntil = null;
      continue;
    }
    if (DROP_WITH_CONTENT.has(name)) {
      if (!closing && !/\/\s*$/.test(attrs)) dropUntil = name;
      continue;
    }
    if (!ALLOWED.has(name)) continue;
    if (closing) {
      const idx = open.lastIndexOf(name);
      if (idx === -1) continue;
      while (open.length > idx) out.push(`</${open.pop()}>`);
      continue;
    }
    if (VOID.has(name)) { out.push('<br>'); continue; }
    // A new <li> or <p> implicitly closes the previous one, as in HTML parsing.
    if ((name === 'li' || name === 'p') && open[open.length - 1] === name) out.push(`</${open.pop()}>`);
    if (name === 'a') {
      const href = attr(attrs, 'href');
      if (href !== undefined && isSafeHref(href.trim())) {
        out.push(`<a href="${escapeHtml(href.trim())}">`);
      } else out.push('<a>');
    } else out.push(`<${name}>`);
    open.push(name);
  }
  text(html.slice(last));
  while (open.length) out.push(`</${open.pop()}>`);
  return out.join('');
}
