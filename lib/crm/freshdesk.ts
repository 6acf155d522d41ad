// Freshdesk adapter: ticket details page `/a/tickets/{id}`, Froala reply editor.
import type { CrmAdapter, Ticket } from './ticket';
import { buildTicket, safeRead } from './build';
import { cleanText, findEmail, parseNameEmail, queryFirst, queryFirstHook } from './dom';
import { htmlToText } from './html-text';
import { EDITABLE_SELECTORS } from './editor';
import { readDeclaredFields } from './declared';
import { replyEditor, withLearnt, type ReadContext } from './read-context';

/** Every Freshdesk hook the adapter relies on, most reliable first. */
export const SELECTORS = {
  host: /\.freshdesk\.com$/,
  ticketPath: /^\/a\/tickets\/(\d+)/,
  subject: ['[data-testid="ticket-subject"]', '[data-test-id="ticket-subject"]', '.ticket-subject-heading', '[class*="ticket-subject"]'],
  description: ['.ticket-description .text__content', '[data-test-id="ticket-description"] .text__content', '.ticket-description', '[data-test-id="conversation-content"]'],
  requesterName: ['[data-test-id="requester-name"]', '.ticket-description .requester-name', '.requester-name', '[data-test-id="requester-widget"] [class*="name"]'],
  requesterArea: ['.ticket-description', '[data-test-id="requester-widget"]', '.requester-info'],
  mailto: ['[data-test-id="requester-widget"] a[href^="mailto:"]', 'a[href^="mailto:"]'],
  sendButton: ['[data-test-id="send-button"]', '[data-test-id*="send"]', 'button[data-test-id*="reply"]'],
  /** What counts as sending a reply: the send button itself (« Répondre », which opens the composer, does not). */
  sendControl: ['[data-test-id="send-button"]'],
  editor: ['div.fr-element.fr-view[contenteditable]', ...EDITABLE_SELECTORS],
  properties: ['[data-test-id="ticket-properties"]', '.ticket-properties'],
} as const;

export function readFreshdesk(doc: Document, url: URL, ctx?: ReadContext): Ticket {
  const report = ctx?.report;
  const id = SELECTORS.ticketPath.exec(url.pathname)?.[1] ?? '';
  const descriptionHit = queryFirstHook(doc, SELECTORS.description);
  const nameHit = queryFirstHook(doc, SELECTORS.requesterName);
  const nameEl = nameHit?.el ?? null;
  const area = queryFirstHook(doc, SELECTORS.requesterArea);
  const mailto = queryFirstHook(doc, SELECTORS.mailto);
  const fromName = findEmail(nameEl?.parentElement?.textContent);
  const fromMailto = fromName ? '' : findEmail(mailto?.el.getAttribute('href'));
  const email = fromName || fromMailto || findEmail(area?.el.textContent);
  const name = nameEl ? parseNameEmail(nameEl.textContent).name : '';
  if (nameHit) report?.hit('requester', nameHit.selector, name || fromName);
  if (mailto) report?.hit('requester', mailto.selector, fromMailto);
  if (area) report?.hit('requester', area.selector, email);
  const props = queryFirst(doc, SELECTORS.properties) ?? doc;
  const subjectHit = queryFirstHook(doc, SELECTORS.subject);
  const subject = cleanText(subjectHit?.el.textContent);
  if (subjectHit) report?.hit('subject', subjectHit.selector, subject);
  const firstMessage = descriptionHit ? htmlToText(descriptionHit.el) : '';
  if (descriptionHit) report?.hit('firstMessage', descriptionHit.selector, firstMessage);
  const { requesterChoice, structure, phone } = readDeclaredFields(props, report);
  return buildTicket('freshdesk', url, withLearnt(doc, ctx, { id, subject, requester: { name, email }, firstMessage, requesterChoice, structure, phone }));
}

export const freshdeskAdapter: CrmAdapter = {
  source: 'freshdesk',
  label: 'Freshdesk',
  matches: (url) => SELECTORS.host.test(url.hostname),
  read: safeRead('freshdesk', readFreshdesk),
  findEditor: (doc, ctx) => replyEditor(doc, ctx, SELECTORS.sendButton, SELECTORS.editor),
  controls: { send: SELECTORS.sendControl },
  root: (doc) => doc.body,
};
