// Ticket assembly: missing labels, notification fallback, signature for change detection, the adapters' read that never throws.
import { describe, expect, it } from 'vitest';
import { buildTicket, MISSING, safeRead, ticketSignature } from '@/lib/crm/build';

const url = new URL('https://app.hubspot.com/help-desk/1/view/2/ticket/3');
const base = { id: '3', subject: 'Objet', requester: { name: 'A', email: 'a@b.fr' }, firstMessage: 'Bonjour' };

describe('buildTicket', () => {
  it('keys by source and id and lists nothing missing when complete', () => {
    const t = buildTicket('hubspot', url, base);
    expect(t.key).toBe('hubspot:3');
    expect(t.missing).toEqual([]);
    expect(t.requesterChoice).toBeUndefined();
  });

  it('names each missing part in French, in a stable order', () => {
    const t = buildTicket('hubspot', url, { id: '', subject: '', requester: { name: '', email: '' }, firstMessage: '' });
    expect(t.missing).toEqual([MISSING.id, MISSING.subject, MISSING.requester, MISSING.firstMessage]);
    expect(t.key).toBe('');
  });

  it('keeps only the non-empty parts of the requester choice', () => {
    const t = buildTicket('hubspot', url, { ...base, requesterChoice: { thematique: 'RGPD', motif: '', sousMotif: '' } });
    expect(t.requesterChoice).toEqual({ thematique: 'RGPD' });
  });
});

describe('ticketSignature', () => {
  it('changes with the ticket and the message, not with the URL', () => {
    const a = buildTicket('hubspot', url, base);
    expect(ticketSignature(a)).toBe(ticketSignature(buildTicket('hubspot', new URL(`${url.href}/thread/9`), base)));
    expect(ticketSignature(a)).not.toBe(ticketSignature(buildTicket('hubspot', url, { ...base, id: '4' })));
    expect(ticketSignature(a)).not.toBe(ticketSignature(buildTicket('hubspot', url, { ...base, firstMessage: 'Bonjoux' })));
  });
});

describe('safeRead', () => {
  const doc = {} as Document;
  it('returns what the reader read', () => {
    const t = buildTicket('hubspot', url, base);
    expect(safeRead('hubspot', () => t)(doc, url)).toBe(t);
  });
  it('turns a reader that throws into an empty ticket that says what is missing', () => {
    const read = safeRead('zendesk', () => {
      throw new TypeError('page inconnue');
    });
    const t = read(doc, url);
    expect(t).toMatchObject({ source: 'zendesk', key: '', subject: '', firstMessage: '' });
    expect(t.missing).toEqual([MISSING.id, MISSING.subject, MISSING.requester, MISSING.firstMessage]);
  });
  it('adds the parts given for the empty ticket', () => {
    const t = safeRead('generic', () => {
      throw new Error('x');
    }, { key: '', extraMissing: [MISSING.selection] })(doc, url);
    expect(t.missing).toEqual([MISSING.subject, MISSING.requester, MISSING.firstMessage, MISSING.selection]);
  });
});
