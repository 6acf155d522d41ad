// Unit tests of pack-check: the bundled pack is clean; each kind of problem is reported with its JSON path.
import { describe, expect, it } from 'vitest';
import { checkPack, formatReviewSummary, reviewSummary } from '@/lib/pack/check';
import { validatePack } from '@/lib/pack/validate';
import { formatPath, refusalMessage } from '@/lib/pack/problems';
import { freshPack, type AnyPack } from './_pack';

function errorsOf(mutate: (p: AnyPack) => void) {
  const p = freshPack();
  mutate(p);
  return checkPack(p).problems.filter((x) => x.severity === 'error');
}

describe('checkPack', () => {
  it('finds nothing wrong in the bundled pack', () => {
    expect(checkPack(freshPack()).problems).toEqual([]);
  });

  it.each([
    ['schema: missing field', (p: AnyPack) => { delete p.nomenclature[2].sousMotif; }, 'nomenclature[2].sousMotif', /attendu/],
    ['schema: bad niveau', (p: AnyPack) => { p.nomenclature[0].niveau = 3; }, 'nomenclature[0].niveau', /.+/],
    ['schema: bad version', (p: AnyPack) => { p.version = 'v2'; }, 'version', /1\.2\.3/],
    ['schema: KB URL not http', (p: AnyPack) => { p.kb.entries[1].url = 'javascript:alert(1)'; }, 'kb.entries[1].url', /.+/],
    ['schema: bad row id', (p: AnyPack) => { p.templates[4].rowIds[0] = 'Pas Un Id'; }, 'templates[4].rowIds[0]', /identifiant invalide/],
    ['unknown rowId in a template', (p: AnyPack) => { p.templates[3].rowIds.push('inconnu.ligne'); }, 'templates[3].rowIds[1]', /sous-motif inconnu « inconnu\.ligne »/],
    ['unknown rowId in a KB entry', (p: AnyPack) => { p.kb.entries[7].rowIds = ['inconnu.kb']; }, 'kb.entries[7].rowIds[0]', /sous-motif inconnu/],
    ['unknown KB entry in a template', (p: AnyPack) => { p.templates[0].kb = ['nulle.part']; }, 'templates[0].kb[0]', /article .* inconnu/],
    ['unknown KB section', (p: AnyPack) => { p.kb.entries[2].section = 'xx'; }, 'kb.entries[2].section', /section inconnue/],
    ['duplicate row id', (p: AnyPack) => { p.nomenclature[5].id = p.nomenclature[4].id; }, 'nomenclature[5].id', /en double/],
    ['duplicate template id', (p: AnyPack) => { p.templates[9].id = p.templates[8].id; }, 'templates[9].id', /en double/],
    ['duplicate KB id', (p: AnyPack) => { p.kb.entries[9].id = p.kb.entries[8].id; }, 'kb.entries[9].id', /en double/],
    ['unknown variable in text', (p: AnyPack) => { p.templates[6].text += ' {{usager.age}}'; }, 'templates[6].text', /variable inconnue \{\{usager\.age\}\}/],
    ['unknown variable in welcome mail', (p: AnyPack) => { p.welcomeMail.html += '{{x}}'; }, 'welcomeMail.html', /variable inconnue/],
    ['disallowed tag', (p: AnyPack) => { p.templates[2].html += '<script>x</script>'; }, 'templates[2].html', /balise non autorisée <script>/],
    ['unsafe link in HTML', (p: AnyPack) => { p.templates[2].html += '<a href="javascript:x()">x</a>'; }, 'templates[2].html', /adresse de lien refusée/],
    ['template without review status', (p: AnyPack) => { delete p.templates[3].review; }, 'templates[3].review', /« validé » ou « à relire »/],
    ['template without source', (p: AnyPack) => { delete p.templates[5].source; }, 'templates[5].source', /source du modèle/],
    ['KB entry without verified', (p: AnyPack) => { delete p.kb.entries[4].verified; }, 'kb.entries[4].verified', /verified/],
    ['pack without crmFields', (p: AnyPack) => { delete p.crmFields; }, 'crmFields', /crmFields/],
    ['crmFields without labels', (p: AnyPack) => { p.crmFields.motif.labels = []; }, 'crmFields.motif.labels', /au moins un libellé/],
    ['one label for two fields', (p: AnyPack) => { p.crmFields.sousMotif.labels[0] = 'MOTIF'; }, 'crmFields.sousMotif.labels[0]', /« MOTIF » déjà donné à motif/],
    ['row without template', (p: AnyPack) => { p.templates.splice(10, 1); }, 'nomenclature[10]', /aucune réponse type/],
    ['row without KB link', (p: AnyPack) => {
      const id = p.nomenclature[12].id;
      for (const e of p.kb.entries) e.rowIds = e.rowIds.filter((r: string) => r !== id);
    }, 'nomenclature[12]', /aucun lien vers la base de connaissances/],
  ])('%s', (_name, mutate, path, message) => {
    const errors = errorsOf(mutate);
    const hit = errors.find((e) => e.path === path);
    expect(hit, JSON.stringify(errors)).toBeDefined();
    expect(hit!.message).toMatch(message);
  });

  it('warns about a KB URL outside the KB without refusing the pack', () => {
    const p = freshPack();
    p.kb.entries[0].url = 'https://example.org/x';
    const v = validatePack(p);
    expect(v.ok).toBe(true);
    if (v.ok) expect(v.warnings).toEqual([{ path: 'kb.entries[0].url', message: expect.stringMatching(/hors de la base/) }]);
  });

  it('refuses with a French message naming the fields', () => {
    const v = validatePack({ format: 'aiguilleur-pack' });
    expect(v.ok).toBe(false);
    if (!v.ok) {
      const msg = refusalMessage(v.errors);
      expect(msg).toMatch(/^Pack refusé, \d+ problèmes : formatVersion : /);
      expect(msg).toContain('Le pack précédent reste utilisé.');
    }
  });

  it('formats paths', () => {
    expect(formatPath(['templates', 3, 'rowIds', 0])).toBe('templates[3].rowIds[0]');
    expect(formatPath([])).toBe('');
  });

  it('counts validated and draft templates and the kinds of KB links', () => {
    const p = checkPack(freshPack()).pack!;
    const s = reviewSummary(p);
    expect(s.templates.valide + s.templates.aRelire).toBe(p.templates.length);
    expect(s.templates.valide).toBe(p.templates.filter((t) => t.review === 'validé').length);
    expect(s.kb).toEqual({
      verified: p.kb.entries.filter((e) => e.verified).length,
      search: p.kb.entries.filter((e) => !e.verified && e.searchLink).length,
      guessed: p.kb.entries.filter((e) => !e.verified && !e.searchLink).length,
    });
    p.templates[0]!.review = 'validé';
    expect(reviewSummary(p).templates.valide).toBe(s.templates.valide + 1);
    expect(formatReviewSummary(s)).toMatch(/réponses types : \d+ validée\(s\), \d+ à relire/);
  });

  it('warns when a validated template would link to an unverified KB entry', () => {
    const p = freshPack();
    const i = p.templates.findIndex((t: { kb: string[] }) => t.kb[0]?.startsWith('recherche.'));
    p.templates[i].review = 'validé';
    const w = checkPack(p).problems.find((x) => x.path === `templates[${i}].kb[0]`);
    expect(w?.severity).toBe('warning');
  });
});
