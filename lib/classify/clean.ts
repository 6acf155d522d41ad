// Turns a raw ticket (HTML, forwarded e-mail, signature, contact details) into the plain text worth classifying.
import type { Lexicon } from './lexicon';

const ENTITIES: Record<string, string> = {
  nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", eacute: 'é', egrave: 'è', ecirc: 'ê', agrave: 'à',
  acirc: 'â', ccedil: 'ç', ocirc: 'ô', ucirc: 'û', ugrave: 'ù', icirc: 'î', iuml: 'ï', euml: 'ë', rsquo: "'", lsquo: "'",
  laquo: '"', raquo: '"', hellip: '...', oelig: 'oe', Eacute: 'É',
};

/** Strips tags and decodes entities when the text looks like HTML. */
export function stripHtml(text: string): string {
  if (!/<[a-zA-Z/!][^>]*>/.test(text) && !/&[a-zA-Z#0-9]+;/.test(text)) return text;
  return text
    .replace(/<(script|style|head)[^>]*>[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<(br|\/p|\/div|\/li|\/tr|\/h[1-6]|\/blockquote)\b[^>]*>/gi, '\n')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&#(\d+);/g, (_, n: string) => safeChar(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => safeChar(parseInt(n, 16)))
    .replace(/&([a-zA-Z]+);/g, (m, n: string) => ENTITIES[n] ?? m);
}

function safeChar(code: number): string {
  return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : ' ';
}

const HEADER_LINE = /^\s*(de|from|envoy[ée](\s+par)?|sent|date|[àa]|to|cc|cci|bcc|pour)\s*:/i;
const SUBJECT_LINE = /^\s*(objet|subject|sujet)\s*:\s*/i;
const SEPARATOR = /^\s*(-{2,}.*(message|origine|original|transf[ée]r[ée]|forwarded).*-*|_{5,}|-{5,})\s*$/i;
const REPLY_PREFIX = /^\s*((re|tr|fw|fwd|réf)\s*:\s*)+/i;
const URL = /\bhttps?:\/\/\S+|\bwww\.\S+/gi;
const EMAIL = /[\w.+-]+@[\w-]+(\.[\w-]+)+/g;
const PHONE = /(\+33\s?|0)\s*[1-9](?:[\s.-]?\d{2}){4}/g;

function normaliseForMatch(s: string): string {
  return s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, ' ').trim();
}

/**
 * Cleans a raw message: HTML, mail headers and separators, quoted-reply marks, URLs, e-mails, phone numbers,
 * and the signature block that follows a sign-off (« Cordialement, Nom, Fonction, Tél… »).
 */
export function cleanMessage(raw: string, lexicon: Lexicon): string {
  const text = stripHtml(raw).replace(/\r\n?/g, '\n').replace(URL, ' ').replace(EMAIL, ' ').replace(PHONE, ' ');
  const signoffs = lexicon.signoffs.map(normaliseForMatch).filter((s) => s.length > 0);
  const out: string[] = [];
  let inSignature = 0;
  for (let line of text.split('\n')) {
    line = line.replace(/^\s*(>\s*)+/, '');
    if (SEPARATOR.test(line) || HEADER_LINE.test(line)) {
      inSignature = 0;
      continue;
    }
    if (SUBJECT_LINE.test(line)) line = line.replace(SUBJECT_LINE, '').replace(REPLY_PREFIX, '');
    // Only short lines can be sign-offs or signature lines: long ones are kept as they are.
    if (line.length > 160) {
      inSignature = 0;
      out.push(line);
      continue;
    }
    const norm = normaliseForMatch(line);
    if (inSignature > 0) {
      // Short lines right after a sign-off are a signature (name, job, structure, phone).
      if (norm.length === 0 || (norm.length < 60 && norm.split(' ').length <= 8)) {
        inSignature--;
        continue;
      }
      inSignature = 0;
    }
    const so = signoffs.find((s) => norm === s || norm.startsWith(s + ' ') || norm.startsWith(s));
    if (so !== undefined && norm.length < so.length + 40) {
      inSignature = 6;
      continue;
    }
    out.push(line);
  }
  return out.join('\n').replace(/[ \t]+/g, ' ').trim();
}
