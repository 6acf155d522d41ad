// HubSpot Service Hub adapter: Help Desk, ticket record and Inbox screens (app.hubspot.com, app-eu1.hubspot.com…).
import type { CrmAdapter, Ticket } from './ticket';
import { buildTicket } from './build';
import { cleanText, findEmail, parseNameEmail, queryAllFirst, queryFirst } from './dom';
import { htmlToText } from './html-text';
import { findReplyEditor, EDITABLE_SELECTORS } from './editor';
import { PROPERTY_LABELS, readLabelledValue } from './properties';

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

function readSubject(doc: Document): string {
  const el = queryFirst(doc, SELECTORS.subject);
  if (el) {
    const t = el.tagName.toLowerCase() === 'input' ? cleanText((el as HTMLInputElement).value) : cleanText(el.textContent);
    if (t) return t;
  }
  return readLabelledValue(doc, PROPERTY_LABELS.subject);
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

function readRequester(doc: Document, bodies: Element[]): { name: string; email: string } {
  let name = '';
  let email = '';
  const contact = queryFirst(doc, SELECTORS.contact);
  if (contact) {
    const parsed = parseNameEmail(contact.textContent);
    name = parsed.name;
    email = parsed.email || findEmail(contact.parentElement?.textContent);
  }
  if (!email) {
    const mail = queryFirst<HTMLAnchorElement>(doc, SELECTORS.mailto);
    if (mail) email = findEmail(mail.getAttribute('href')?.replace(/^mailto:/i, '') ?? '');
  }
  if (!name || !email) {
    // The first message's sender.
    const first = bodies[0] ? senderOf(bodies[0]) : parseNameEmail(queryFirst(doc, SELECTORS.sender)?.textContent);
    name ||= first.name;
    email ||= first.email;
  }
  return { name, email };
}

function readFirstMessage(doc: Document, bodies: Element[], requesterEmail: string): string {
  // The oldest message from the requester; else the oldest message; else the ticket description property.
  const own = requesterEmail ? bodies.find((b) => senderOf(b).email === requesterEmail) : undefined;
  for (const b of own ? [own, ...bodies] : bodies) {
    const text = htmlToText(b);
    if (text) return text;
  }
  return readLabelledValue(doc, PROPERTY_LABELS.description);
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

export function readHubSpot(doc: Document, url: URL): Ticket {
  const screen = hubspotScreen(url);
  const bodies = queryAllFirst(doc, SELECTORS.messageBody);
  const requester = readRequester(doc, bodies);
  const id = readTicketId(doc, screen);
  let phone = readLabelledValue(doc, PROPERTY_LABELS.phone);
  if (!phone) phone = cleanText(queryFirst(doc, SELECTORS.tel)?.textContent);
  return buildTicket('hubspot', url, {
    id,
    ...(!id && screen?.kind === 'inbox' ? { key: `hubspot:thread:${screen.threadId}` } : {}),
    subject: readSubject(doc),
    requester,
    firstMessage: readFirstMessage(doc, bodies, requester.email),
    requesterChoice: {
      thematique: readLabelledValue(doc, PROPERTY_LABELS.thematique),
      motif: readLabelledValue(doc, PROPERTY_LABELS.motif),
      sousMotif: readLabelledValue(doc, PROPERTY_LABELS.sousMotif),
    },
    structure: readLabelledValue(doc, PROPERTY_LABELS.structure),
    phone,
  });
}

export const hubspotAdapter: CrmAdapter = {
  source: 'hubspot',
  label: 'HubSpot',
  matches: (url) => SELECTORS.host.test(url.hostname),
  read(doc, url) {
    try {
      return readHubSpot(doc, url);
    } catch {
      return buildTicket('hubspot', url, { id: '', subject: '', requester: { name: '', email: '' }, firstMessage: '' });
    }
  },
  findEditor: (doc) => findReplyEditor(doc, SELECTORS.sendButton, SELECTORS.editor),
  root: (doc) => doc.body,
};
