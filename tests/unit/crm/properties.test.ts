// @vitest-environment happy-dom
// Labelled field reading: by label text, whatever the markup (property panels, dl, label[for], table).
import { describe, expect, it } from 'vitest';
import { PROPERTY_LABELS, readLabelledValue } from '@/lib/crm/properties';

function root(html: string): HTMLElement {
  const div = document.createElement('div');
  div.innerHTML = html;
  return div;
}

describe('readLabelledValue', () => {
  it('reads HubSpot-like property rows and tells Motif from Sous-motif', () => {
    const r = root(
      '<div><span data-test-id="property-label">Sous-motif</span><span data-test-id="property-value">Accès au compte</span></div>' +
        '<div><span data-test-id="property-label">Motif</span><span data-test-id="property-value">Problème de connexion au SI SIAO</span></div>',
    );
    expect(readLabelledValue(r, PROPERTY_LABELS.motif)).toBe('Problème de connexion au SI SIAO');
    expect(readLabelledValue(r, PROPERTY_LABELS.sousMotif)).toBe('Accès au compte');
  });

  it('reads definition lists, label[for] inputs and selects, table rows', () => {
    expect(readLabelledValue(root('<dl><dt>Téléphone :</dt><dd>01 02 03 04 05</dd></dl>'), PROPERTY_LABELS.phone)).toBe('01 02 03 04 05');
    expect(readLabelledValue(root('<label for="s">Structure*</label><p>x</p><input id="s" value="CHRS A">'), PROPERTY_LABELS.structure)).toBe('CHRS A');
    const sel = root('<label for="t">Thématique de la demande</label><select id="t"><option>--</option><option selected>RGPD</option></select>');
    document.body.appendChild(sel);
    expect(readLabelledValue(document, PROPERTY_LABELS.thematique)).toBe('RGPD');
    sel.remove();
    expect(readLabelledValue(root('<table><tr><th>Motif</th><td>Ménage</td></tr></table>'), PROPERTY_LABELS.motif)).toBe('Ménage');
  });

  it('treats the empty markers of help desks as blank', () => {
    for (const empty of ['--', '—', 'null', 'Non renseigné', '']) {
      expect(readLabelledValue(root(`<dl><dt>Motif</dt><dd>${empty}</dd></dl>`), PROPERTY_LABELS.motif)).toBe('');
    }
  });
});
