// Freshdesk adapter: ticket details page `/a/tickets/{id}`, Froala reply editor.
import type { CrmAdapter, Ticket } from './ticket';
import { buildTicket } from './build';
import { cleanText, findEmail, parseNameEmail, queryFirst } from './dom';
import { htmlToText } from './html-text';
import { EDITABLE_SELECTORS, findReplyEditor } from './editor';
import { PROPERTY_LABELS, readLabelledValue } from './properties';

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
  editor: ['div.fr-element.fr-view[contenteditable]', ...EDITABLE_SELECTORS],
  properties: ['[data-test-id="ticket-properties"]', '.ticket-properties'],
} as const;

export function readFreshdesk(doc: Document, url: URL): Ticket {
  const id = SELECTORS.ticketPath.exec(url.pathname)?.[1] ?? '';
  const description = queryFirst(doc, SELECTORS.description);
  const nameEl = queryFirst(doc, SELECTORS.requesterName);
  const area = queryFirst(doc, SELECTORS.requesterArea);
  const email =
    findEmail(nameEl?.parentElement?.textContent) || findEmail(queryFirst(doc, SELECTORS.mailto)?.getAttribute('href')) || findEmail(area?.textContent);
  const props = queryFirst(doc, SELECTORS.properties) ?? doc;
  return buildTicket('freshdesk', url, {
    id,
    subject: cleanText(queryFirst(doc, SELECTORS.subject)?.textContent),
    requester: { name: nameEl ? parseNameEmail(nameEl.textContent).name : '', email },
    firstMessage: description ? htmlToText(description) : '',
    requesterChoice: {
      thematique: readLabelledValue(props, PROPERTY_LABELS.thematique),
      motif: readLabelledValue(props, PROPERTY_LABELS.motif),
      sousMotif: readLabelledValue(props, PROPERTY_LABELS.sousMotif),
    },
    structure: readLabelledValue(props, PROPERTY_LABELS.structure),
    phone: readLabelledValue(props, PROPERTY_LABELS.phone),
  });
}

export const freshdeskAdapter: CrmAdapter = {
  source: 'freshdesk',
  label: 'Freshdesk',
  matches: (url) => SELECTORS.host.test(url.hostname),
  read(doc, url) {
    try {
      return readFreshdesk(doc, url);
    } catch {
      return buildTicket('freshdesk', url, { id: '', subject: '', requester: { name: '', email: '' }, firstMessage: '' });
    }
  },
  findEditor: (doc) => findReplyEditor(doc, SELECTORS.sendButton, SELECTORS.editor),
  root: (doc) => doc.body,
};
