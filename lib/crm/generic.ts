// Generic adapter for any page: the request is the text the référent selected; the reply goes into the last focused editor.
import { type CrmAdapter, type Ticket, ticketSchema } from './ticket';
import { buildTicket, MISSING, safeRead } from './build';
import { cleanText, ELEMENT_NODE, findEmail } from './dom';
import { EDITABLE_SELECTORS } from './editor';
import { learntEditor, withLearnt, type ReadContext } from './read-context';

export const SELECTORS = {
  /** What counts as an editor the reply may go into. */
  editable: ['textarea', 'input[type="text"]', 'input:not([type])', '[contenteditable="true"]', '[contenteditable=""]', '[contenteditable="plaintext-only"]', ...EDITABLE_SELECTORS],
} as const;

interface PageMemory {
  editor: HTMLElement | null;
  selection: string;
}
const memory = new WeakMap<Document, PageMemory>();

function isEditable(el: Element | null): el is HTMLElement {
  if (!el) return false;
  return SELECTORS.editable.some((s) => {
    try {
      return el.matches(s);
    } catch {
      return false;
    }
  });
}

/** The editable element containing `el` (the outermost contenteditable host), if any. */
function editableAround(el: Element | null): HTMLElement | null {
  let found: HTMLElement | null = null;
  for (let n: Element | null = el; n; n = n.parentElement) if (isEditable(n)) found = n as HTMLElement;
  return found;
}

function selectedText(doc: Document): string {
  const sel = doc.getSelection?.();
  // A selection in Aiguilleur's own sidebar (its shadow host stands for it) is not the request.
  const anchor = sel?.anchorNode ?? null;
  const anchorEl = anchor && (anchor.nodeType === ELEMENT_NODE ? (anchor as Element) : anchor.parentElement);
  if (anchorEl?.closest('[data-aiguilleur-host]')) return '';
  const text = sel ? sel.toString() : '';
  return text.replace(/\r\n?/g, '\n').replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n').trim();
}

/**
 * Remembers, for the generic adapter, the last focused editor and the last non-empty text selection of the page
 * (they are lost when the sidebar takes the focus). Call once from the content script; returns the stop function.
 */
export function trackGenericPage(doc: Document): () => void {
  const mem: PageMemory = memory.get(doc) ?? { editor: null, selection: '' };
  memory.set(doc, mem);
  const onFocus = (ev: Event) => {
    const target = ev.composedPath?.()[0] ?? ev.target;
    const ed = editableAround(target as Element | null);
    if (ed) mem.editor = ed;
  };
  const onSelection = () => {
    const t = selectedText(doc);
    if (t) mem.selection = t;
  };
  doc.addEventListener('focusin', onFocus, true);
  doc.addEventListener('selectionchange', onSelection);
  return () => {
    doc.removeEventListener('focusin', onFocus, true);
    doc.removeEventListener('selectionchange', onSelection);
  };
}

export function readGeneric(doc: Document, url: URL, ctx?: ReadContext): Ticket {
  const live = selectedText(doc);
  const text = live || memory.get(doc)?.selection || '';
  const hook = live ? 'texte sélectionné' : 'dernière sélection';
  const firstLine = cleanText(text.split('\n').find((l) => cleanText(l)) ?? '');
  const parts = withLearnt(doc, ctx, {
    id: '',
    key: '',
    subject: firstLine.length > 120 ? `${firstLine.slice(0, 117)}…` : firstLine,
    requester: { name: '', email: findEmail(text) },
    firstMessage: text,
  });
  for (const field of ['subject', 'requester', 'firstMessage'] as const) ctx?.report?.hit(field, hook, text && (field !== 'requester' || findEmail(text)));
  return buildTicket('generic', url, { ...parts, extraMissing: parts.firstMessage ? [] : [MISSING.selection] });
}

/**
 * When a help desk's adapter read neither subject nor first message (its markup changed), the référent's selection stands in,
 * as on any other page; without a selection, `missing` says so. Tickets that were read are returned as they are.
 */
export function withSelectionFallback(ticket: Ticket, doc: Document, url: URL, ctx?: ReadContext): Ticket {
  if (ticket.source === 'generic' || ticket.subject || ticket.firstMessage) return ticket;
  let fromSelection: Ticket;
  try {
    fromSelection = readGeneric(doc, url, ctx);
  } catch {
    return ticket;
  }
  if (!fromSelection.firstMessage) return ticketSchema.parse({ ...ticket, missing: [...ticket.missing, MISSING.selection] });
  const hasRequester = Boolean(ticket.requester.name || ticket.requester.email);
  const read = new Set<string>([MISSING.subject, MISSING.firstMessage, ...(hasRequester || !fromSelection.requester.email ? [] : [MISSING.requester])]);
  return ticketSchema.parse({
    ...ticket,
    subject: fromSelection.subject,
    firstMessage: fromSelection.firstMessage,
    requester: hasRequester ? ticket.requester : fromSelection.requester,
    missing: ticket.missing.filter((m) => !read.has(m)),
  });
}

/** `adapter` with the selection fallback: what the content script reads pages with. `onRead` tells whether the selection was needed. */
export function withSelectionFallbackAdapter(adapter: CrmAdapter, onRead?: (needsSelection: boolean) => void): CrmAdapter {
  if (adapter.source === 'generic') return adapter;
  return {
    ...adapter,
    read(doc, url, ctx) {
      const ticket = adapter.read(doc, url, ctx);
      onRead?.(!ticket.subject && !ticket.firstMessage);
      return withSelectionFallback(ticket, doc, url, ctx);
    },
  };
}

export const genericAdapter: CrmAdapter = {
  source: 'generic',
  label: 'Page web',
  matches: () => true,
  read: safeRead('generic', readGeneric, { key: '', extraMissing: [MISSING.selection] }),
  findEditor(doc, ctx) {
    const learnt = learntEditor(doc, ctx);
    if (learnt) return learnt;
    const remembered = memory.get(doc)?.editor;
    if (remembered?.isConnected) {
      ctx?.report?.hit('editor', 'dernier éditeur utilisé', true);
      return remembered;
    }
    const active = editableAround(doc.activeElement);
    if (active) ctx?.report?.hit('editor', 'élément actif', true);
    return active;
  },
};
