// @vitest-environment happy-dom
// Unit tests of locateField: by HubSpot name (legacy and prefixed), by label text, excluded labels, hidden controls, several documents.
import { beforeEach, describe, expect, it } from 'vitest';
import { locateField } from '@/lib/escalation/locate';
import { FIELD_SPECS, type FieldSpec } from '@/lib/escalation/fields';

function spec(key: string): FieldSpec {
  const s = FIELD_SPECS.find((f) => f.key === key);
  if (!s) throw new Error(`no spec ${key}`);
  return s;
}

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('locateField', () => {
  it('finds a legacy field by its HubSpot name', () => {
    document.body.innerHTML = '<div class="hs-form-field"><label>Votre prénom</label><input name="firstname"></div>';
    const found = locateField(spec('prenom'), [document]);
    expect(found?.kind).toBe('text');
    expect(found?.el.getAttribute('name')).toBe('firstname');
    expect(found?.container.classList.contains('hs-form-field')).toBe(true);
  });

  it('finds a new-editor field by its prefixed name', () => {
    document.body.innerHTML = '<div class="hsfc-TextField"><input name="0-1/lastname"></div>';
    expect(locateField(spec('nom'), [document])?.el.getAttribute('name')).toBe('0-1/lastname');
  });

  it('falls back to the label text, through for=', () => {
    document.body.innerHTML = '<div class="hs-form-field"><label for="x1">Prénom *</label><input id="x1" name="unknown_field"></div>';
    expect(locateField(spec('prenom'), [document])?.el.id).toBe('x1');
  });

  it('does not take the prénom field for the nom field', () => {
    document.body.innerHTML =
      '<div class="hs-form-field"><label for="p">Nom et prénom</label><input id="p"></div>' +
      '<div class="hs-form-field"><label for="n">Nom</label><input id="n"></div>';
    expect(locateField(spec('nom'), [document])?.el.id).toBe('n');
  });

  it('skips hidden controls and returns null when nothing usable is there', () => {
    document.body.innerHTML = '<div class="hs-form-field" style="display:none"><label>Prénom</label><input name="firstname"></div>';
    expect(locateField(spec('prenom'), [document])).toBeNull();
  });

  it('classifies selects, checkboxes and comboboxes', () => {
    document.body.innerHTML =
      '<div class="hs-form-field"><label for="s">Quel est votre profil ?</label><select id="s"><option>A</option></select></div>' +
      '<div class="hsfc-DropdownField"><label id="label-dep">Quel est votre département ?</label><button role="combobox" aria-labelledby="label-dep">Choisir</button></div>';
    expect(locateField(spec('profil'), [document])?.kind).toBe('select');
    expect(locateField(spec('departement'), [document])?.kind).toBe('dropdown');
  });

  it('looks in each document in turn (form inside a frame)', () => {
    const other = document.implementation.createHTMLDocument('frame');
    other.body.innerHTML = '<div class="hs-form-field"><input name="email" type="email"></div>';
    const found = locateField(spec('email'), [document, other]);
    expect(found?.el.ownerDocument).toBe(other);
  });
});
