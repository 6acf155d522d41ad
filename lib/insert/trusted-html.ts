// Trusted Types: wraps HTML strings so pages that enforce `require-trusted-types-for 'script'` accept our insertHTML.
interface TrustedTypesLike {
  createPolicy(name: string, rules: { createHTML(s: string): string }): { createHTML(s: string): unknown };
}

const policies = new WeakMap<object, { createHTML(s: string): unknown } | null>();

/** The HTML as TrustedHTML when the window has Trusted Types (a policy of our own), else the string itself. */
export function trustedHtml(win: Window | null, html: string): unknown {
  const tt = (win as unknown as { trustedTypes?: TrustedTypesLike } | null)?.trustedTypes;
  if (!win || !tt) return html;
  let policy = policies.get(win);
  if (policy === undefined) {
    try {
      policy = tt.createPolicy('aiguilleur-insert', { createHTML: (s: string) => s });
    } catch {
      policy = null; // the page restricts policy names: callers fall back to plain text
    }
    policies.set(win, policy);
  }
  return policy ? policy.createHTML(html) : html;
}

/** Text version of an HTML fragment, parsed in an inert document (no scripts run, no Trusted Types sink). */
export function htmlToText(doc: Document, html: string): string {
  const inert = doc.implementation.createHTMLDocument('');
  const holder = inert.createElement('div');
  try {
    holder.innerHTML = trustedHtml(doc.defaultView, html) as string;
  } catch {
    return '';
  }
  return holder.textContent ?? '';
}
