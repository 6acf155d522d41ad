// Unit tests of the template language analysis (variables, fill-ins, caret, unknown marks).
import { describe, expect, it } from 'vitest';
import { analyzeTemplate, tokenize } from '@/lib/pack/template-language';

describe('analyzeTemplate', () => {
  it('lists variables, fill-ins, unknown marks and the caret once each', () => {
    const a = analyzeTemplate('{{usager.prenom}} {{ usager.prenom }} {{saisie:Nom de la structure}} {{curseur}} {{foo.bar}} {{kb.lien}} {{saisie:Nom de la structure}}');
    expect(a).toEqual({
      variables: ['usager.prenom', 'kb.lien'],
      fillIns: ['Nom de la structure'],
      unknown: ['foo.bar'],
      hasCaret: true,
    });
  });

  it('leaves an unclosed mark as text', () => {
    expect(tokenize('a {{usager.prenom')).toEqual([{ kind: 'text', value: 'a {{usager.prenom' }]);
    expect(analyzeTemplate('a {{usager.prenom').variables).toEqual([]);
  });
});
