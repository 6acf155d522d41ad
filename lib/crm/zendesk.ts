// Zendesk agent workspace adapter: every open ticket stays in the DOM, so every query is scoped to the selected tab's ticket.
import type { CrmAdapter, Ticket } from './ticket';
import { buildTicket, safeRead } from './build';
import { cleanText, parseNameEmail, queryFirst, queryFirstHook } from './dom';
import { htmlToText } from './html-text';
import { EDITABLE_SELECTORS } from './editor';
import { readDeclaredFields } from './declared';
import { learntEditor, replyEditor, withLearnt, type ReadContext } from './read-context';

/** Every Zendesk hook the adapter relies on, most reliable first. */
export const SELECTORS = {
  host: /\.zendesk\.com$/,
  ticketPath: /^\/agent\/tickets\/(\d+)/,
  selectedTab: [
    'header div[data-selected="true"][data-entity-id]',
    '[data-test-id="header-tab"][data-selected="true"]',
    '[role="tab"][aria-selected="true"][data-entity-id]',
  ],
  /** The workspace of ticket `id` (never the header tab, which carries the same entity id). */
  workspace: (id: string) => [
    `[data-test-id="ticket-workspace"][data-entity-id="${id}"]`,
    `section[data-entity-id="${id}"]`,
    `[data-entity-id="${id}"]:not([role="tab"]):not([data-test-id="header-tab"])`,
    `[data-ticket-id="${id}"]`,
  ],
  /** Fallback when no workspace carries the id: the visible one. */
  visibleWorkspace: ['[data-test-id="ticket-workspace"]:not([hidden])', '[data-test-id*="workspace"]:not([hidden])'],
  subject: ['input[data-test-id="omni-header-subject"]', '[data-test-id="omni-header-subject"]', '[data-test-id*="ticket-pane-subject"]', '[data-test-id*="subject"]'],
  comment: ['[data-test-id="omni-log-comment-item"]', '[data-test-id*="omni-log-comment-item"]', '[data-test-id*="omni-log-item"]', 'article'],
  commentBody: ['[data-test-id="omni-log-comment-content"]', '[data-test-id*="comment-content"]', '.zd-comment', '[class*="comment-body"]', '[class*="Body"]'],
  commentAuthor: ['[data-test-id="omni-log-comment-user-link"]', '[data-test-id*="user-link"]', '[data-test-id*="author"]'],
  requester: ['[data-test-id="ticket-system-field-requester-select"]', '[data-test-id*="requester"]'],
  sendButton: ['[data-test-id="submit_button-button"]', '[data-test-id*="submit_button"]', 'button[type="submit"]'],
  /** What counts as sending a reply: the composer's own submit button only (any other `type=submit` is not a reply). */
  sendControl: ['[data-test-id="submit_button-button"]', '[data-test-id*="submit_button"]'],
  editor: ['.ck-editor__editable[data-test-id="omnicomposer-rich-text-ckeditor"]', '.ck-editor__editable[contenteditable="true"]', ...EDITABLE_SELECTORS],
} as const;

function selectedId(doc: Document, url: URL): string {
  const fromUrl = SELECTORS.ticketPath.exec(url.pathname)?.[1];
  if (fromUrl) return fromUrl;
  return queryFirst(doc, SELECTORS.selectedTab)?.getAttribute('data-entity-id') ?? '';
}

/** The element holding the selected ticket's workspace; null when none can be told apart. */
export function zendeskScope(doc: Document, url: URL): Element | null {
  const tabId = queryFirst(doc, SELECTORS.selectedTab)?.getAttribute('data-entity-id') ?? '';
  const id = tabId || selectedId(doc, url);
  if (id) {
    const ws = queryFirst(doc, SELECTORS.workspace(id));
    if (ws && !ws.closest('header')) return ws;
  }
  return queryFirst(doc, SELECTORS.visibleWorkspace);
}

export function readZendesk(doc: Document, url: URL, ctx?: ReadContext): Ticket {
  const report = ctx?.report;
  const id = selectedId(doc, url);
  const scope = zendeskScope(doc, url);
  if (!scope) return buildTicket('zendesk', url, withLearnt(doc, ctx, { id, subject: '', requester: { name: '', email: '' }, firstMessage: '' }));
  const subjectHit = queryFirstHook(scope, SELECTORS.subject);
  const subjectEl = subjectHit?.el;
  const subject = subjectEl ? (subjectEl.tagName.toLowerCase() === 'input' ? cleanText((subjectEl as HTMLInputElement).value) : cleanText(subjectEl.textContent)) : '';
  if (subjectHit) report?.hit('subject', subjectHit.selector, subject);
  const [comments, commentHook] = ((): [Element[], string] => {
    for (const sel of SELECTORS.comment) {
      const found = Array.from(scope.querySelectorAll(sel));
      if (found.length) return [found, sel];
    }
    return [[], ''];
  })();
  const first = comments[0];
  const bodyHit = first ? queryFirstHook(first, SELECTORS.commentBody) : null;
  const body = bodyHit?.el ?? null;
  const requesterHit = queryFirstHook(scope, SELECTORS.requester);
  let requester = parseNameEmail(requesterHit?.el.textContent?.replace(/^\s*demandeur\s*/i, ''));
  if (requesterHit) report?.hit('requester', requesterHit.selector, requester.name || requester.email);
  if (!requester.email && first) {
    const author = parseNameEmail(first.querySelector('header')?.textContent ?? queryFirst(first, SELECTORS.commentAuthor)?.textContent);
    requester = { name: requester.name || cleanText(queryFirst(first, SELECTORS.commentAuthor)?.textContent) || author.name, email: author.email };
    report?.hit('requester', `auteur du premier commentaire (${commentHook})`, requester.name || requester.email);
  }
  const firstMessage = body ? htmlToText(body) : '';
  if (bodyHit) report?.hit('firstMessage', `${commentHook} ${bodyHit.selector}`, firstMessage);
  const { requesterChoice, structure, phone } = readDeclaredFields(scope, report);
  return buildTicket('zendesk', url, withLearnt(scope, ctx, { id, subject, requester, firstMessage, requesterChoice, structure, phone }));
}

export const zendeskAdapter: CrmAdapter = {
  source: 'zendesk',
  label: 'Zendesk',
  matches: (url) => SELECTORS.host.test(url.hostname),
  read: safeRead('zendesk', readZendesk),
  findEditor(doc, ctx) {
    const view = doc.defaultView;
    const scope = zendeskScope(doc, new URL(view?.location.href ?? 'https://zendesk.com/'));
    return scope ? replyEditor(scope, ctx, SELECTORS.sendButton, SELECTORS.editor) : learntEditor(doc, ctx);
  },
  scope: (doc, url) => zendeskScope(doc, url),
  controls: { send: SELECTORS.sendControl },
  root: (doc) => doc.body,
};
