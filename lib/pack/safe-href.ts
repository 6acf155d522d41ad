// The link targets a réponse type may carry (http(s) and mailto): checked by pack-check and by the HTML sanitizer.

/** True for the link targets a réponse type may carry: http(s) and mailto only. */
export function isSafeHref(href: string): boolean {
  // Strip control characters and spaces that browsers ignore inside a scheme (e.g. "java\tscript:").
  // eslint-disable-next-line no-control-regex
  const cleaned = href.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  const m = /^([a-z][a-z0-9+.-]*):/i.exec(cleaned);
  if (!m) return false;
  const scheme = (m[1] ?? '').toLowerCase();
  if (scheme === 'mailto') return cleaned.length > 7;
  if (scheme !== 'http' && scheme !== 'https') return false;
  try {
    new URL(cleaned);
    return true;
  } catch {
    return false;
  }
}
