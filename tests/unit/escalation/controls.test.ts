// @vitest-environment happy-dom
// Unit tests of fillControl on plain controls: text, select (fuzzy option), checkbox, radio, custom dropdown, and the failure reasons.
import { beforeEach, describe, expect, it } from 'vitest';
import { fillControl } from '@/lib/escalation/controls';
import type { LocatedControl } from '@/lib/escalation/locate';

function located(kind: LocatedControl['kind'], selector: string, container = 'body'): LocatedControl {
  return {
    kind,
    el: document.querySelector(selector) as HTMLElement,
    container: document.querySelector(container) as HTMLElement,
    labelText: '',
  };
}

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('fillControl', () => {
  it('types a text value', async () => {
    document.body.innerHTML = '<input id="t">';
    const out = await fillControl(located('text', '#t'), 'Anne');
    expect(out.ok).toBe(true);
    expect((document.querySelector('#t') as HTMLInputElement).value).toBe('Anne');
  });

  it('picks the option that best matches, accents and case aside', async () => {
    document.body.innerHTML =
      '<select id="s"><option value="" disabled selected>Veuillez sélectionner</option><option value="a">Accès et authentification</option><option value="l">Lenteur de l’outil</option></select>';
    const out = await fillControl(located('select', '#s'), 'ACCÈS ET AUTHENTIFICATION');
    expect(out.ok).toBe(true);
    expect((document.querySelector('#s') as HTMLSelectElement).value).toBe('a');
  });

  it('says which value has no option', async () => {
    document.body.innerHTML = '<select id="s"><option value="a">Paris</option></select>';
    const out = await fillControl(located('select', '#s'), 'Zzzz introuvable');
    expect(out).toEqual({ ok: false, reason: 'aucune option ne correspond à « Zzzz introuvable »' });
  });

  it('checks and unchecks a checkbox', async () => {
    document.body.innerHTML = '<label><input id="c" type="checkbox"> J’accepte</label>';
    expect((await fillControl(located('checkbox', '#c'), true)).ok).toBe(true);
    expect((document.querySelector('#c') as HTMLInputElement).checked).toBe(true);
    await fillControl(located('checkbox', '#c'), false);
    expect((document.querySelector('#c') as HTMLInputElement).checked).toBe(false);
  });

  it('chooses a radio by its label', async () => {
    document.body.innerHTML =
      '<fieldset id="f"><label><input type="radio" name="r" value="1" id="r1"> Oui</label><label><input type="radio" name="r" value="2" id="r2"> Non</label></fieldset>';
    const out = await fillControl(located('radio', '#r1', '#f'), 'Non');
    expect(out.ok).toBe(true);
    expect((document.querySelector('#r2') as HTMLInputElement).checked).toBe(true);
  });

  it('opens a custom dropdown and clicks the matching option', async () => {
    document.body.innerHTML =
      '<div id="d"><button id="b" role="combobox" aria-controls="list">Choisir</button><input type="hidden" id="h"></div><ul id="list" role="listbox" hidden></ul>';
    const button = document.querySelector('#b') as HTMLButtonElement;
    const list = document.querySelector('#list') as HTMLElement;
    const hidden = document.querySelector('#h') as HTMLInputElement;
    button.addEventListener('click', () => {
      list.hidden = false;
      list.innerHTML = '<li role="option">75 - Paris</li><li role="option">93 - Seine-Saint-Denis</li>';
      list.querySelectorAll('li').forEach((li) =>
        li.addEventListener('click', () => {
          hidden.value = li.textContent ?? '';
          li.setAttribute('aria-selected', 'true');
        }),
      );
    });
    const out = await fillControl(located('dropdown', '#b', '#d'), '93 - Seine-Saint-Denis');
    expect(out.ok).toBe(true);
    expect(hidden.value).toBe('93 - Seine-Saint-Denis');
  });

  it('reports a dropdown that never opens', async () => {
    document.body.innerHTML = '<div id="d"><button id="b" role="combobox">Choisir</button></div>';
    const out = await fillControl(located('dropdown', '#b', '#d'), 'Paris');
    expect(out).toEqual({ ok: false, reason: 'la liste de choix ne s’est pas ouverte' });
  });
});
