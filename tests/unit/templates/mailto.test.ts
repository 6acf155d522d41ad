// mailtoLink: subject and body percent-encoded with CRLF line breaks; a long body is cut with a French note under the limit.
import { describe, expect, it } from 'vitest';
import { MAILTO_TRUNCATED_NOTE, mailtoLink } from '@/lib/templates/mailto';

describe('mailtoLink', () => {
  it('encodes the subject and the body, line breaks as CRLF', () => {
    const m = mailtoLink({ subject: 'Mot de passe & accès', body: 'Bonjour,\n\nCliquez sur « Mot de passe oublié ».' });
    expect(m.truncated).toBe(false);
    expect(m.href).toBe(
      'mailto:?subject=Mot%20de%20passe%20%26%20acc%C3%A8s&body=Bonjour%2C%0D%0A%0D%0ACliquez%20sur%20%C2%AB%20Mot%20de%20passe%20oubli%C3%A9%20%C2%BB.',
    );
    expect(decodeURIComponent(m.href.split('body=')[1]!)).toBe('Bonjour,\r\n\r\nCliquez sur « Mot de passe oublié ».');
  });

  it('puts an encoded recipient before the query', () => {
    expect(mailtoLink({ to: ' julie@example.fr ', subject: 'A', body: 'B' }).href).toBe('mailto:julie%40example.fr?subject=A&body=B');
  });

  it('cuts a long body at a word, under the limit, and says so in French', () => {
    const body = 'Bonjour, voici la procédure détaillée à suivre. '.repeat(80);
    const m = mailtoLink({ subject: 'Procédure', body }, 2000);
    expect(m.truncated).toBe(true);
    expect(m.href.length).toBeLessThanOrEqual(2000);
    expect(m.href.length).toBeGreaterThan(1800);
    const decoded = decodeURIComponent(m.href.split('body=')[1]!).replace(/\r\n/g, '\n');
    expect(decoded.endsWith(MAILTO_TRUNCATED_NOTE)).toBe(true);
    expect(MAILTO_TRUNCATED_NOTE).toContain('Texte raccourci');
    const kept = decoded.slice(0, -MAILTO_TRUNCATED_NOTE.length);
    expect(body.startsWith(kept)).toBe(true);
    expect(body[kept.length]).toBe(' ');
    expect(decodeURIComponent(m.href.split('subject=')[1]!.split('&')[0]!)).toBe('Procédure');
  });

  it('never splits a character encoded on several bytes', () => {
    const m = mailtoLink({ subject: '', body: '😀é'.repeat(400) }, 500);
    expect(m.truncated).toBe(true);
    expect(() => decodeURIComponent(m.href.split('body=')[1]!)).not.toThrow();
    expect(m.href.length).toBeLessThanOrEqual(500);
  });
});
