// @vitest-environment happy-dom
// Hostile values and hostile templates through the renderer: the HTML output never carries markup that could run or escape.
import { describe, expect, it } from 'vitest';
import corpus from '../../fixtures/payloads/hostile.json';
import { analyzeTemplate, emptyTemplateContext, renderTemplate, type TemplateContext } from '@/lib/templates';

const ALLOWED_TAGS = new Set(['P', 'A', 'STRONG', 'B', 'EM', 'I', 'UL', 'OL', 'LI', 'BR']);

/** Every problem of an HTML fragment: tags outside the allowed set, event handlers, styles, unsafe links. */
function htmlProblems(html: string): string[] {
  const box = document.createElement('div');
  box.innerHTML = html;
  const problems: string[] = [];
  for (const el of box.querySelectorAll('*')) {
    if (!ALLOWED_TAGS.has(el.tagName)) problems.push(`balise ${el.tagName}`);
    for (const attr of el.getAttributeNames()) {
      if (attr.startsWith('on') || attr === 'style' || attr === 'srcset' || attr === 'src') problems.push(`attribut ${attr}`);
    }
    const href = el.getAttribute('href');
    if (href !== null && !/^(https?:|mailto:)/i.test(href.trim())) problems.push(`lien ${href}`);
  }
  return problems;
}

const payloads: string[] = corpus.payloads;

describe('hostile corpus through renderTemplate', () => {
  it('has at least 50 payloads', () => {
    expect(payloads.length).toBeGreaterThanOrEqual(50);
  });

  it.each(payloads.map((p, i) => [i, p] as const))('payload %i as page values is escaped in HTML and kept as text', (_i, payload) => {
    const ctx: TemplateContext = {
      ...emptyTemplateContext,
      usager: { prenom: payload, nom: payload },
      referent: { prenom: 'Zoé', nom: 'Leroy', signature: payload },
      ticket: { numero: payload, lien: payload },
      kb: { lien: payload, titre: payload },
    };
    const tpl = {
      text: 'Bonjour {{usager.prenom}} {{usager.nom}},\n\nDossier {{ticket.numero}} : {{kb.lien}}\n\n{{saisie:Structure}}\n\nCordialement,\n{{referent.signature}}',
      html: '<p>Bonjour {{usager.prenom}} {{usager.nom}},</p><p>Dossier {{ticket.numero}} : <a href="{{kb.lien}}">{{kb.lien}}</a></p><p>{{saisie:Structure}}</p><p>Cordialement,<br>{{referent.signature}}</p>',
    };
    const out = renderTemplate(tpl, ctx, { Structure: payload });
    expect(htmlProblems(out.html)).toEqual([]);
    // The text version keeps the value as typed (it is inserted as text, never parsed).
    expect(out.text).toContain(`Dossier ${payload} :`);
    const box = document.createElement('div');
    box.innerHTML = out.html;
    expect(box.textContent).toContain('Bonjour');
  });

  it.each(payloads.map((p, i) => [i, p] as const))('payload %i inside a pack template is analysed without throwing and sanitised', (_i, payload) => {
    expect(() => analyzeTemplate(payload)).not.toThrow();
    const out = renderTemplate({ text: `Bonjour,\n${payload}`, html: `<p>Bonjour,</p>${payload}` }, emptyTemplateContext, {});
    expect(htmlProblems(out.html)).toEqual([]);
  });
});
