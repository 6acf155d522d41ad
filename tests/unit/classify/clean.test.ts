// Tests of message cleaning: HTML, forwarded headers, signatures, e-mails and phone numbers.
import { describe, expect, it } from 'vitest';
import { cleanMessage, stripHtml } from '@/lib/classify/clean';
import { defaultLexicon } from '@/lib/classify/lexicon';

describe('cleanMessage', () => {
  it('strips HTML tags, scripts and entities', () => {
    const t = stripHtml('<div><p>Mot de passe&nbsp;oubli&eacute;</p><script>alert(1)</script><br>merci</div>');
    expect(t).toContain('Mot de passe oublié');
    expect(t).not.toContain('<');
    expect(t).not.toContain('alert');
  });

  it('removes mail headers, e-mails, phone numbers and the signature block', () => {
    const raw = [
      '---------- Message transféré ---------',
      'De : Marie <marie@asso.fr>',
      'Objet : TR: Extraction',
      'Les chiffres de l’extraction sont faux.',
      'Cordialement,',
      'Marie Durand',
      'CHRS Les Lilas',
      'Tél : 01 23 45 67 89',
    ].join('\n');
    const t = cleanMessage(raw, defaultLexicon);
    expect(t).toContain('Extraction');
    expect(t).toContain('chiffres');
    expect(t).not.toMatch(/marie@asso|Durand|01 23|Lilas|De :/);
  });

  it('keeps a long sentence that merely starts with thanks', () => {
    const t = cleanMessage("Merci d'avance, je n'arrive pas à activer le groupe de places de notre nouvelle structure", defaultLexicon);
    expect(t).toContain('groupe de places');
  });
});
