// The CRM's own controls: its send and close buttons tell the sidebar a ticket was answered or closed (logged even without
// a template), and its composer's comment tab takes the internal note (never the e-mail to the requester).
import { queryFirst } from './dom';

export interface CrmControls {
  /** The reply's send button. */
  send: readonly string[];
  /** Controls that close (resolve) the ticket. */
  close?: readonly string[];
  /** The composer tab that switches to an internal comment. */
  commentTab?: readonly string[];
  /** Matches (an ancestor of the composer) while the composer writes an internal comment, not an e-mail. */
  commentActive?: readonly string[];
}

export type CrmSignal = 'sent' | 'closed';

function closestOf(target: Element, selectors: readonly string[] | undefined): Element | null {
  for (const sel of selectors ?? []) {
    try {
      const hit = target.closest(sel);
      if (hit) return hit;
    } catch {
      /* invalid selector: skip */
    }
  }
  return null;
}

/** What a click on `target` means for the ticket: answered (send, not an internal comment), closed, or nothing. */
export function controlSignal(target: EventTarget | null, controls: CrmControls | undefined): CrmSignal | null {
  if (!controls || !target || typeof (target as Element).closest !== 'function') return null;
  const el = target as Element;
  if (closestOf(el, controls.close)) return 'closed';
  const send = closestOf(el, controls.send);
  if (!send || (send as HTMLButtonElement).disabled || send.getAttribute('aria-disabled') === 'true') return null;
  // A comment is work on the ticket, not the answer to the requester.
  if (closestOf(send, controls.commentActive)) return null;
  return 'sent';
}

/** True while the composer writes an internal comment. */
export function commentActive(doc: ParentNode, controls: CrmControls | undefined): boolean {
  return queryFirst(doc, controls?.commentActive ?? []) !== null;
}

/**
 * Switches the composer to its internal-comment tab; resolves true once the CRM shows it is active (within `timeoutMs`),
 * false when the CRM has no such tab or it did not switch.
 */
export async function switchToComment(doc: Document, controls: CrmControls | undefined, timeoutMs = 1500): Promise<boolean> {
  if (!controls?.commentTab || !controls.commentActive) return false;
  if (commentActive(doc, controls)) return true;
  const tab = queryFirst(doc, controls.commentTab);
  if (!tab) return false;
  tab.click();
  const until = Date.now() + timeoutMs;
  while (!commentActive(doc, controls)) {
    if (Date.now() > until) return false;
    await new Promise((r) => setTimeout(r, 30));
  }
  return true;
}
