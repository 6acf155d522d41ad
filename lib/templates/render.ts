// Renders a réponse type to plain text and simple HTML: values escaped in HTML, fill-ins, caret offset, unknown marks reported.
import { tokenize, type KnownVariable, type TemplateToken } from '../pack/template-language';
import { escapeHtml, sanitizeHtml } from './html';
import type { TemplateContext } from './context';

export interface RenderedTemplate {
  text: string;
  html: string;
  /** Index in `text` where `{{curseur}}` was (the caret goes there after insertion). */
  caretOffset?: number;
  /** Marks that are not known variables: left visible in the output and reported. */
  unknownVariables: string[];
  /** Fill-in labels without a value: left visible (`{{saisie:…}}`) and reported. */
  missingFills: string[];
}

export function variableValue(ctx: TemplateContext, name: KnownVariable): string {
  switch (name) {
    case 'usager.prenom': return ctx.usager.prenom;
    case 'usager.nom': return ctx.usager.nom;
    case 'referent.prenom': return ctx.referent.prenom;
    case 'referent.nom': return ctx.referent.nom;
    case 'referent.signature': return ctx.referent.signature;
    case 'ticket.numero': return ctx.ticket.numero;
    case 'ticket.lien': return ctx.ticket.lien ?? '';
    case 'kb.lien': return ctx.kb.lien;
    case 'kb.titre': return ctx.kb.titre ?? '';
    case 'siao.nom': return ctx.siao.nom;
    case 'siao.email': return ctx.siao.email;
    case 'date': return ctx.date;
  }
}

interface Rendering {
  out: string;
  caretOffset?: number;
  unknown: string[];
  missing: string[];
}

const PUNCT_AFTER_EMPTY = /^[\s]*[,.;:!?]|^\n|^$/;

/** Walks the tokens; `encode` turns a value into output (raw for text, escaped for HTML). */
function renderTokens(
  tokens: TemplateToken[],
  ctx: TemplateContext,
  fills: Record<string, string>,
  encode: (value: string) => string,
): Rendering {
  const r: Rendering = { out: '', unknown: [], missing: [] };
  tokens.forEach((t, i) => {
    const next = tokens[i + 1];
    const nextText = next?.kind === 'text' ? next.value : '';
    const put = (value: string) => {
      if (value === '' && r.out.endsWith(' ') && PUNCT_AFTER_EMPTY.test(nextText)) {
        // "Bonjour {{usager.prenom}}," with no prénom gives "Bonjour," not "Bonjour ,".
        r.out = r.out.slice(0, -1);
        return;
      }
      r.out += encode(value);
    };
    switch (t.kind) {
      case 'text': r.out += t.value; break;
      case 'variable': put(variableValue(ctx, t.name as KnownVariable)); break;
      case 'caret': if (r.caretOffset === undefined) r.caretOffset = r.out.length; break;
      case 'fillIn': {
        const v = fills[t.label];
        if (v === undefined || v.trim() === '') {
          if (!r.missing.includes(t.label)) r.missing.push(t.label);
          r.out += encode(t.raw);
        } else put(v);
        break;
      }
      case 'unknown':
        if (!r.unknown.includes(t.name)) r.unknown.push(t.name);
        r.out += encode(t.raw);
        break;
    }
  });
  return r;
}

/** Multi-line values (a signature) keep their line breaks in HTML. */
function encodeHtml(value: string): string {
  return escapeHtml(value).replace(/\r?\n/g, '<br>');
}

/**
 * Fills a template. The text is the template's text with raw values; the HTML is the template's HTML with escaped
 * values, then reduced to the allowed tags (p, a http(s)/mailto, strong, em, ul/ol/li, br).
 */
export function renderTemplate(
  tpl: { text: string; html: string },
  ctx: TemplateContext,
  fills: Record<string, string> = {},
): RenderedTemplate {
  const text = renderTokens(tokenize(tpl.text), ctx, fills, (v) => v);
  const html = renderTokens(tokenize(tpl.html), ctx, fills, encodeHtml);
  const unknownVariables = [...text.unknown];
  for (const u of html.unknown) if (!unknownVariables.includes(u)) unknownVariables.push(u);
  const missingFills = [...text.missing];
  for (const m of html.missing) if (!missingFills.includes(m)) missingFills.push(m);
  return {
    text: text.out,
    html: sanitizeHtml(html.out),
    ...(text.caretOffset !== undefined ? { caretOffset: text.caretOffset } : {}),
    unknownVariables,
    missingFills,
  };
}
