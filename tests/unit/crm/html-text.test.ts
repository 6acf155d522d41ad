// @vitest-environment happy-dom
// Message HTML → clean text: lines, quotes and signatures.
import { describe, expect, it } from 'vitest';
import { htmlStringToText, tidy } from '@/lib/crm/html-text';
import { DEMO_TICKETS, demoTicket, firstIncoming } from '../../fixtures/tickets/index';

const text = (html: string) => htmlStringToText(document, html);

describe('htmlToText', () => {
  it('turns paragraphs and <br> into lines and collapses spaces', () => {
    expect(text('<p>Bonjour,</p><p>ligne   un<br>ligne\n deux</p>')).toBe('Bonjour,\nligne un\nligne deux');
  });

  it('keeps preformatted text (a quoted error message) as is', () => {
    expect(text('<p>Erreur :</p><pre>Code : 500\n  ref. 7f3a</pre><p>Merci</p>')).toBe('Erreur :\nCode : 500\nref. 7f3a\nMerci');
  });

  it('prefixes bullet items and skips scripts and styles', () => {
    expect(text('<ul><li>un</li><li>deux</li></ul><script>alert(1)</script><style>p{}</style>')).toBe('- un\n- deux');
  });

  it('drops a marked quoted reply when the message has its own text', () => {
    const t = text('<p>Ma réponse</p><div class="gmail_quote"><div>Le lun. a écrit :</div><blockquote type="cite">ancien message</blockquote></div>');
    expect(t).toBe('Ma réponse');
  });

  it('keeps the quote when it is all there is, and keeps forwarded messages', () => {
    expect(text('<blockquote type="cite">tout le contenu</blockquote>')).toBe('tout le contenu');
    expect(text('<p>Pour info</p><div class="gmail_quote">---------- Message transféré ----------<p>la demande</p></div>')).toContain('la demande');
  });

  it('drops marked signatures and RFC signature delimiters', () => {
    expect(text('<p>Bonjour</p><div class="gmail_signature">Jean – CHRS</div>')).toBe('Bonjour');
    expect(tidy('Bonjour\n-- \nJean\nCHRS')).toBe('Bonjour');
  });

  it('reads every demo ticket body without leftover markup', () => {
    for (const t of DEMO_TICKETS) {
      const out = text(firstIncoming(t).html);
      expect(out.length, t.id).toBeGreaterThan(5);
      expect(out, t.id).not.toMatch(/<\/?[a-z]+[\s>]/i);
      expect(out, t.id).not.toMatch(/\n{3,}/);
    }
    expect(text(firstIncoming(demoTicket('31000024')!).html)).not.toContain('nous ne voyons pas votre demande');
  });
});
