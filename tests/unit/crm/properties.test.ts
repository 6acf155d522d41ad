// @vitest-environment happy-dom
// Labelled field reading: by label text, whatever the markup (property panels, dl, label[for], table).
import { afterEach, describe, expect, it } from 'vitest';
import { PROPERTY_LABELS, labelPattern, readLabelledValue, setRequesterFieldLabels } from '@/lib/crm/properties';
import { readHubSpot } from '@/lib/crm/hubspot';
import { packSchema, type CrmFields } from '@/lib/pack/schema';
import bundled from '@/assets/packs/sisiao.fr.json';

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

describe('requester classification labels from the pack', () => {
  afterEach(() => setRequesterFieldLabels(null));
  const pack = packSchema.parse(bundled);

  it('takes the support form\'s wording from the pack (case, accents, hyphens, « … » prefixes)', () => {
    expect(pack.crmFields.thematique.labels).toContain('Thématique de la demande');
    const r = root(
      '<dl><dt>THÉMATIQUE DE LA DEMANDE :</dt><dd>ACCÈS ET AUTHENTIFICATION</dd>' +
        '<dt>Sélectionnez votre motif lié à l’accès et authentification *</dt><dd>Problème de connexion au SI SIAO</dd>' +
        '<dt>Sous motif</dt><dd>Accès au compte</dd></dl>',
    );
    expect(readLabelledValue(r, PROPERTY_LABELS.thematique)).toBe('ACCÈS ET AUTHENTIFICATION');
    expect(readLabelledValue(r, PROPERTY_LABELS.motif)).toBe('Problème de connexion au SI SIAO');
    expect(readLabelledValue(r, PROPERTY_LABELS.sousMotif)).toBe('Accès au compte');
    expect(labelPattern('Sélectionnez votre motif…').test('selectionnez votre sous-motif lie a')).toBe(false);
  });

  it('reads a relabelled HubSpot property once the pack maps it, and not before', () => {
    document.body.innerHTML =
      '<div><span data-test-id="property-label">Catégorie DIHAL</span><span data-test-id="property-value">RGPD</span></div>' +
      '<div><span data-test-id="property-label">Motif</span><span data-test-id="property-value">RGPD</span></div>' +
      '<div><span data-test-id="property-label">Précision</span><span data-test-id="property-value">Intervention sur les données</span></div>';
    const url = new URL('https://app.hubspot.com/contacts/1/record/0-5/77');
    expect(readHubSpot(document, url).requesterChoice?.thematique).toBeUndefined();
    const relabelled: CrmFields = {
      ...pack.crmFields,
      thematique: { labels: ['Catégorie DIHAL'] },
      sousMotif: { labels: [...pack.crmFields.sousMotif.labels, 'Précision'] },
    };
    setRequesterFieldLabels(relabelled);
    expect(readHubSpot(document, url).requesterChoice).toEqual({ thematique: 'RGPD', motif: 'RGPD', sousMotif: 'Intervention sur les données' });
    setRequesterFieldLabels(null);
    expect(readHubSpot(document, url).requesterChoice?.thematique).toBeUndefined();
    document.body.innerHTML = '';
  });
});
