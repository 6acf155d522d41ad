// Unit tests of the template renderer: variables, escaping of hostile values, fill-ins, caret offset, unknown marks.
import { describe, expect, it } from 'vitest';
import { renderTemplate } from '@/lib/templates/render';
import type { TemplateContext } from '@/lib/templates/context';

const ctx: TemplateContext = {
  usager: { prenom: 'Julie', nom: 'Martin' },
  referent: { prenom: 'Paul', nom: 'Durand', signature: 'Paul Durand\nSIAO 75' },
  ticket: { numero: '4242' },
  kb: { lien: 'https://basedeconnaissances.sisiao.dihal.gouv.fr/support', titre: 'Accueil' },
  siao: { nom: 'SIAO 75', email: 'assistance@siao75.fr' },
  date: '28/11/2026',
};

describe('renderTemplate', () => {
  it('fills every known variable in text and HTML', () => {
    const r = renderTemplate(
      {
        text: 'Bonjour {{usager.prenom}} {{usager.nom}}, ticket {{ticket.numero}} du {{date}} : {{kb.lien}}\n{{referent.signature}}',
        html: '<p>Bonjour {{ usager.prenom }},</p><p><a href="{{kb.lien}}">{{kb.titre}}</a></p><p>{{referent.signature}}</p>',
      },
      ctx,
    );
    expect(r.text).toBe(
      'Bonjour Julie Martin, ticket 4242 du 28/11/2026 : https://basedeconnaissances.sisiao.dihal.gouv.fr/support\nPaul Durand\nSIAO 75',
    );
    expect(r.html).toBe(
      '<p>Bonjour Julie,</p><p><a href="https://basedeconnaissances.sisiao.dihal.gouv.fr/support">Accueil</a></p><p>Paul Durand<br>SIAO 75</p>',
    );
    expect(r.unknownVariables).toEqual([]);
    expect(r.missingFills).toEqual([]);
    expect(r.caretOffset).toBeUndefined();
  });

  it('escapes hostile values in HTML and keeps them raw in text', () => {
    const hostile: TemplateContext = {
      ...ctx,
      usager: { prenom: '<img src=x onerror=alert(1)>', nom: '"><script>alert(2)</script>' },
    };
    const r = renderTemplate({ text: 'Bonjour {{usager.prenom}} {{usager.nom}}', html: '<p title="x">Bonjour {{usager.prenom}} <strong>{{usager.nom}}</strong></p>' }, hostile);
    expect(r.text).toBe('Bonjour <img src=x onerror=alert(1)> "><script>alert(2)</script>');
    expect(r.html).not.toMatch(/<img|<script/i);
    expect(r.html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(r.html).toContain('<strong>&quot;&gt;&lt;script&gt;alert(2)&lt;/script&gt;</strong>');
  });

  it('refuses non-http links coming from a value and from the template', () => {
    const r = renderTemplate(
      { text: '{{kb.lien}}', html: '<p><a href="{{kb.lien}}">lien</a> <a href="javascript:alert(1)">x</a> <a href="mailto:a@b.fr">m</a></p>' },
      { ...ctx, kb: { lien: 'javascript:alert(document.cookie)' } },
    );
    expect(r.html).not.toContain('javascript:');
    expect(r.html).toContain('<a href="mailto:a@b.fr">m</a>');
    expect(r.html).toContain('<a>lien</a>');
  });

  it('drops disallowed tags and their script content from template HTML', () => {
    const r = renderTemplate({ text: 'x', html: '<p onclick="x()">a<script>alert(1)</script><iframe src="//e"></iframe><em>b</em></p><div>c</div>' }, ctx);
    expect(r.html).toBe('<p>a<em>b</em></p>c');
  });

  it('inserts fill-ins and reports the missing ones', () => {
    const tpl = { text: 'Structure : {{saisie:Nom de la structure}} ({{saisie:Ville}})', html: '<p>{{saisie:Nom de la structure}} / {{saisie:Ville}}</p>' };
    const r = renderTemplate(tpl, ctx, { 'Nom de la structure': 'CHU <Les Lilas>' });
    expect(r.text).toBe('Structure : CHU <Les Lilas> ({{saisie:Ville}})');
    expect(r.html).toBe('<p>CHU &lt;Les Lilas&gt; / {{saisie:Ville}}</p>');
    expect(r.missingFills).toEqual(['Ville']);
  });

  it('gives the caret offset in the text and removes the mark', () => {
    const r = renderTemplate({ text: 'Bonjour {{usager.prenom}},\n\n{{curseur}}\n\nCordialement', html: '<p>Bonjour,</p><p>{{curseur}}</p>' }, ctx);
    expect(r.text).toBe('Bonjour Julie,\n\n\n\nCordialement');
    expect(r.caretOffset).toBe('Bonjour Julie,\n\n'.length);
    expect(r.html).not.toContain('curseur');
  });

  it('reports an unknown variable and leaves it visible', () => {
    const r = renderTemplate({ text: 'Bonjour {{usager.prenon}} {{saisie:}}', html: '<p>{{usager.prenon}}</p>' }, ctx);
    expect(r.unknownVariables).toEqual(['usager.prenon', 'saisie:']);
    expect(r.text).toContain('{{usager.prenon}}');
    expect(r.html).toContain('{{usager.prenon}}');
  });

  it('writes "Bonjour," when the prénom is unknown', () => {
    const r = renderTemplate({ text: 'Bonjour {{usager.prenom}},', html: '<p>Bonjour {{usager.prenom}},</p>' }, { ...ctx, usager: { prenom: '', nom: '' } });
    expect(r.text).toBe('Bonjour,');
    expect(r.html).toBe('<p>Bonjour,</p>');
  });

  it('fills the local SIAO support address ({{siao.email}}, good practice: users write to their SIAO first)', () => {
    const r = renderTemplate({ text: 'Écrivez d’abord à {{siao.nom}} : {{siao.email}}', html: '<p><a href="mailto:{{siao.email}}">{{siao.email}}</a></p>' }, ctx);
    expect(r.text).toBe('Écrivez d’abord à SIAO 75 : assistance@siao75.fr');
    expect(r.html).toContain('href="mailto:assistance@siao75.fr"');
    expect(r.unknownVariables).toEqual([]);
  });
});
