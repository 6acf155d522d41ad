// What a reading can be given besides the page: the selectors the référent taught for this host, and a recorder of hooks.
import { z } from 'zod';
import type { TicketParts } from './build';
import { cleanText, emptyToBlank, findEmail, parseNameEmail, queryFirst, valueOf } from './dom';
import { htmlToText } from './html-text';
import { findReplyEditor } from './editor';
import type { ReportRecorder } from './report';

/** Fields the référent can point at on the page (the requester's classification has three values, so it is not one of them). */
export const learnableFieldSchema = z.enum(['subject', 'requester', 'firstMessage', 'structure', 'phone', 'editor']);
export type LearnableField = z.infer<typeof learnableFieldSchema>;

/** Learnt selector by field, for one host. */
export const learntHooksSchema = z.partialRecord(learnableFieldSchema, z.string().min(1));
export type LearntHooks = z.infer<typeof learntHooksSchema>;

export interface ReadContext {
  /** Selectors the référent taught on this host: tried before the adapter's own hooks. */
  learnt?: LearntHooks;
  report?: ReportRecorder;
}

/** The element a learnt selector designates, or null (no selector, invalid selector, or nothing matches). */
export function learntElement(root: ParentNode, ctx: ReadContext | undefined, field: LearnableField): HTMLElement | null {
  const sel = ctx?.learnt?.[field];
  return sel ? queryFirst(root, [sel]) : null;
}

function requesterOf(el: Element): { name: string; email: string } {
  const parsed = parseNameEmail(el.textContent);
  const email = parsed.email || findEmail(el.querySelector('a[href^="mailto:"]')?.getAttribute('href') ?? el.getAttribute('href'));
  return { name: parsed.name, email };
}

/** `parts` with every field the learnt selectors find (non-empty) taken from them instead; records the learnt hooks. */
export function withLearnt(root: ParentNode, ctx: ReadContext | undefined, parts: TicketParts): TicketParts {
  if (!ctx?.learnt) return parts;
  const out: TicketParts = { ...parts };
  const take = (field: LearnableField, read: (el: HTMLElement) => string, apply: (el: HTMLElement, v: string) => void) => {
    const el = learntElement(root, ctx, field);
    if (!el) return;
    const v = read(el);
    if (!v) return;
    apply(el, v);
    ctx.report?.learnt(field, ctx.learnt![field]!);
  };
  take('subject', (el) => valueOf(el), (_el, v) => (out.subject = v));
  take(
    'requester',
    (el) => {
      const r = requesterOf(el);
      return r.name || r.email;
    },
    (el) => (out.requester = requesterOf(el)),
  );
  take('firstMessage', (el) => htmlToText(el), (_el, v) => (out.firstMessage = v));
  take('structure', (el) => emptyToBlank(valueOf(el)), (_el, v) => (out.structure = v));
  take('phone', (el) => emptyToBlank(cleanText(valueOf(el))), (_el, v) => (out.phone = v));
  return out;
}

/** The reply editor a learnt selector designates (the editable inside or around the element the référent pointed at). */
export function learntEditor(root: ParentNode, ctx: ReadContext | undefined): HTMLElement | null {
  const el = learntElement(root, ctx, 'editor');
  if (!el) return null;
  const editable = el.isContentEditable || /^(textarea|input)$/i.test(el.tagName) ? el : (el.querySelector<HTMLElement>('[contenteditable="true"], textarea') ?? el.closest<HTMLElement>('[contenteditable="true"]'));
  if (editable) ctx?.report?.learnt('editor', ctx.learnt!.editor!);
  return editable;
}

/** The reply editor in `scope`: the learnt one first, else the editor beside the adapter's send button. */
export function replyEditor(scope: ParentNode, ctx: ReadContext | undefined, sendButton: readonly string[], editor: readonly string[]): HTMLElement | null {
  return learntEditor(scope, ctx) ?? findReplyEditor(scope, sendButton, editor, ctx?.report);
}
