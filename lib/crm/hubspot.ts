// HubSpot Service Hub adapter: Help Desk, ticket record and Inbox screens (app.hubspot.com, app-eu1.hubspot.com…).
import type { CrmAdapter, Ticket } from './ticket';
import { buildTicket, safeRead } from './build';
import { cleanText, findEmail, parseNameEmail, queryAllFirstHook, queryFirst, queryFirstHook } from './dom';
import { htmlToText } from './html-text';
import { EDITABLE_SELECTORS } from './editor';
import { PROPERTY_LABELS, readLabelledValue } from './properties';
import { replyEditor, withLearnt, type ReadContext } from './read-context';
import { labelHook, type ReportRecorder } from './report';
import { readDeclaredFields } from './declared';

/** Every HubSpot hook the adapter relies on, most reliable first. Fix them here when HubSpot changes. */
export const SELECTORS = {
  host: /^app(?:-[a-z0-9]+)?\.hubspot\.com$/,
  helpDeskPath: /^\/help-desk\/(\d+)\/view\/[^/]+\/ticket\/(\d+)(?:\/thread\/(\d+))?/,
  recordPath: /^\/contacts\/(\d+)\/(?:record\/0-5|ticket)\/(\d+)/,
  inboxPath: /^\/live-messages\/(\d+)\/inbox\/(\d+)/,
  /** Link to a ticket record, e.g. the Inbox's associated ticket. */
  ticketLink: ['a[data-test-id="associated-ticket-link"]', 'a[href*="/record/0-5/"]'],
  ticketIdInHref: /\/record\/0-5\/(\d+)/,
  navigation: 'nav, [role="navigation"]',
  subject: [
    '[data-test-id="ticket-header-name-link"]',
    '[data-selenium-test="highlightTitle"]',
    '[data-test-id="thread-subject"]',
    '[data-test-id*="ticket-header-name"]',
    '[data-selenium-test*="highlightTitle"]',
    '[data-test-id*="thread-subject"]',
    '[data-test-id*="email-subject"]',
  ],
  contact: [
    '[data-test-id="ticket-header-contact-detail-link"]',
    '[data-test-id*="contact-detail-link"]',
    '[data-test-id="contact-name"]',
    '[data-test-id*="association-card-contact"] a:not([href^="mailto:"]):not([href^="tel:"])',
  ],
  sender: ['dt[data-message-metadata-type="from"]', '[data-message-metadata-type="from"]', '[data-test-id*="message-sender"]'],
  /** The message container, to pair a body with its sender. */
  message: ['[data-test-id="thread-message"]', '[data-test-id*="thread-message"]', 'article', 'li'],
  messageBody: [
    '[data-test-id="primary-message-body-content"]',
    '[data-test-id*="message-body"]',
    '[data-test-id*="email-body"]',
    '[class*="MessageBody"]',
  ],
  mailto: ['a[href^="mailto:"]'],
  tel: ['a[href^="tel:"]'],
  sendButton: ['[data-test-id="composer-send-button"]', '[data-test-id*="send-button"]', 'button[data-selenium-test*="send"]'],
  closeButton: ['[data-test-id="ticket-close-button"]', '[data-test-id*="close-ticket"]', '[data-selenium-test*="close-ticket"]'],
  commentTab: ['[data-test-id="composer-tab-comment"]', '[data-test-id*="comment-tab"]', '[role="tab"][data-tab="comment"]'],
  commentActive: ['[data-test-id="composer"][data-mode="comment"]', '[data-test-id="composer-tab-comment"][aria-selected="true"]'],
  editor: EDITABLE_SELECTORS,
} as const;

type Screen = { kind: 'helpdesk' | 'record'; portal: string; ticketId: string } | { kind: 'inbox'; portal: string; threadId: string } | null;

export function hubspotScreen(url: URL): Screen {
  let m = SELECTORS.helpDeskPath.exec(url.pathname);
  if (m) return { kind: 'helpdesk', portal: m[1]!, ticketId: m[2]! };
  m = SELECTORS.recordPath.exec(url.pathname);
  if (m) return { kind: 'record', portal: m[1]!, ticketId: m[2]! };
  m = SELECTORS.inboxPath.exec(url.pathname);
  if (m) return { kind: 'inbox', portal: m[1]!, threadId: m[2]! };
  return null;
}

function readSubject(doc: Document, report?: ReportRecorder): string {
  const found = queryFirstHook(doc, SELECTORS.subject);
  if (found) {
    const { el } = found;
    const t = el.tagName.toLowerCase() === 'input' ? cleanText((el as HTMLInputElement).value) : cleanText(el.textContent);
    report?.hit('subject', found.selector, t);
    if (t) return t;
  }
  const v = readLabelledValue(doc, PROPERTY_LABELS.subject);
  report?.hit('subject', labelHook('objet'), v);
  return v;
}

function senderOf(body: Element): { name: string; email: string } {
  for (const sel of SELECTORS.message) {
    const box = body.closest(sel);
    if (!box) continue;
    const s = queryFirst(box, SELECTORS.sender);
    if (s) return parseNameEmail(s.textContent);
  }
  return { name: '', email: '' };
}

function readRequester(doc: Document, bodies: Element[], report?: ReportRecorder): { name: string; email: string } {
  let name = '';
  let email = '';
  const contact = queryFirstHook(doc, SELECTORS.contact);
  if (contact) {
    const parsed = parseNameEmail(contact.el.textContent);
    name = parsed.name;
    email = parsed.email || findEmail(contact.el.parentElement?.textContent);
    report?.hit('requester', contact.selector, name || email);
  }
  if (!email) {
    const mail = queryFirstHook<HTMLAnchorElement>(doc, SELECTORS.mailto);
    if (mail) email = findEmail(mail.el.getAttribute('href')?.replace(/^mailto:/i, '') ?? '');
    if (mail) report?.hit('requester', mail.selector, email);
  }
  if (!name || !email) {
    // The first message's sender.
    const first = bodies[0] ? senderOf(bodies[0]) : parseNameEmail(queryFirst(doc, SELECTORS.sender)?.textContent);
    name ||= first.name;
    email ||= first.email;
    report?.hit('requester', "expéditeur du premier message", first.name || first.email);
  }
  return { name, email };
}

function readFirstMessage(doc: Document, bodies: Element[], bodyHook: string | null, requesterEmail: string, report?: ReportRecorder): string {
  // The oldest message from the requester; else the oldest message; else the ticket description property.
  const own = requesterEmail ? bodies.find((b) => senderOf(b).email === requesterEmail) : undefined;
  for (const b of own ? [own, ...bodies] : bodies) {
    const text = htmlToText(b);
    if (text && bodyHook) report?.hit('firstMessage', bodyHook, text);
    if (text) return text;
  }
  const v = readLabelledValue(doc, PROPERTY_LABELS.description);
  report?.hit('firstMessage', labelHook('description'), v);
  return v;
}

function readTicketId(doc: Document, screen: Screen): string {
  if (!screen) return '';
  if (screen.kind !== 'inbox') return screen.ticketId;
  // Links in the navigation bar are not the conversation's ticket.
  for (const sel of SELECTORS.ticketLink) {
    for (const link of Array.from(doc.querySelectorAll(sel))) {
      if (link.closest(SELECTORS.navigation)) continue;
      const id = SELECTORS.ticketIdInHref.exec(link.getAttribute('href') ?? '')?.[1];
      if (id) return id;
    }
  }
  return '';
}

export function readHubSpot(doc: Document, url: URL, ctx?: ReadContext): Ticket {
  const report = ctx?.report;
  const screen = hubspotScreen(url);
  const { els: bodies, selector: bodyHook } = queryAllFirstHook(doc, SELECTORS.messageBody);
  const requester = readRequester(doc, bodies, report);
  const id = readTicketId(doc, screen);
  const declared = readDeclaredFields(doc, report);
  const { requesterChoice, structure } = declared;
  let phone = declared.phone;
  if (!phone) {
    const tel = queryFirstHook(doc, SELECTORS.tel);
    phone = cleanText(tel?.el.textContent);
    if (tel) report?.hit('phone', tel.selector, phone);
  }
  return buildTicket(
    'hubspot',
    url,
    withLearnt(doc, ctx, {
      id,
      ...(!id && screen?.kind === 'inbox' ? { key: `hubspot:thread:${screen.threadId}` } : {}),
      subject: readSubject(doc, report),
      requester,
      firstMessage: readFirstMessage(doc, bodies, bodyHook, requester.email, report),
      requesterChoice,
      structure,
      phone,
    }),
  );
}

export const hubspotAdapter: CrmAdapter = {
  source: 'hubspot',
  label: 'HubSpot',
  matches: (url) => SELECTORS.host.test(url.hostname),
  read: safeRead('hubspot', readHubSpot),
  findEditor: (doc, ctx) => replyEditor(doc, ctx, SELECTORS.sendButton, SELECTORS.editor),
  controls: { send: SELECTORS.sendButton, close: SELECTORS.closeButton, commentTab: SELECTORS.commentTab, commentActive: SELECTORS.commentActive },
  root: (doc) => doc.body,
};
