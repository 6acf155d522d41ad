// A `mailto:` link carrying a rendered réponse type (subject and body encoded), cut to what mail clients accept.

/** Browsers and mail clients drop or refuse `mailto:` links much longer than this (Chrome on Windows ≈ 2,000 characters). */
const MAILTO_MAX_LENGTH = 2000;

/** Appended when the body had to be cut, so that the recipient and the référent know the text is not complete. */
export const MAILTO_TRUNCATED_NOTE = '\n\n[…] Texte raccourci (limite de longueur des liens e-mail) : collez la réponse complète depuis Aiguilleur.';

export interface MailtoInput {
  to?: string;
  subject: string;
  body: string;
}

export interface Mailto {
  href: string;
  /** True when the body was cut to fit `maxLength`. */
  truncated: boolean;
}

// RFC 6068: percent-encode everything but unreserved characters; line breaks as CRLF.
const encode = (s: string) => encodeURIComponent(s.replace(/\r?\n/g, '\r\n'));

function build(to: string, subject: string, body: string): string {
  const params = [subject ? `subject=${encode(subject)}` : '', body ? `body=${encode(body)}` : ''].filter(Boolean);
  return `mailto:${encodeURIComponent(to)}${params.length ? `?${params.join('&')}` : ''}`;
}

/**
 * The `mailto:` URL of a message. When it would be longer than `maxLength`, the body is cut (on a code point, at a word
 * boundary when one is near) and ends with MAILTO_TRUNCATED_NOTE; the subject is never cut.
 */
export function mailtoLink(input: MailtoInput, maxLength = MAILTO_MAX_LENGTH): Mailto {
  const to = input.to?.trim() ?? '';
  const full = build(to, input.subject, input.body);
  if (full.length <= maxLength) return { href: full, truncated: false };
  const chars = Array.from(input.body);
  const fits = (n: number) => build(to, input.subject, chars.slice(0, n).join('').trimEnd() + MAILTO_TRUNCATED_NOTE).length <= maxLength;
  // Binary search for the longest prefix that fits with the note.
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (fits(mid)) lo = mid;
    else hi = mid - 1;
  }
  let cut = chars.slice(0, lo).join('');
  const space = cut.search(/\s\S*$/);
  if (space > cut.length - 40 && space > 0) cut = cut.slice(0, space);
  return { href: build(to, input.subject, cut.trimEnd() + MAILTO_TRUNCATED_NOTE), truncated: true };
}
