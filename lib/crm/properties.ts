// Reads labelled fields (ticket properties panels, definition lists, forms) by their label text, whatever the markup.
import { emptyToBlank, normalizeLabel, queryFirst, valueOf } from './dom';

/** Elements that carry a field's label, in every help desk seen so far. */
export const LABEL_SELECTORS = [
  '[data-test-id="property-label"]',
  '[data-selenium-test="property-label"]',
  '[class*="PropertyLabel"]',
  '[class*="property-label"]',
  '[class*="field-label"]',
  'label',
  'dt',
  'th',
];
/** Elements that carry a field's value next to its label. */
export const VALUE_SELECTORS = [
  '[data-test-id="property-value"]',
  '[data-selenium-test="property-value"]',
  '[class*="PropertyValue"]',
  '[class*="property-value"]',
  'input:not([type="hidden"])',
  'select',
  'textarea',
  '[class*="value"]',
];

function valueNear(label: Element): string {
  const forId = label.getAttribute('for');
  if (forId) {
    // The label's own tree (document, shadow root or detached fragment).
    const tree = label.getRootNode() as unknown as ParentNode;
    const target = typeof tree.querySelector === 'function' ? tree.querySelector(`[id="${forId.replace(/["\\]/g, '\\$&')}"]`) : null;
    if (target) return valueOf(target);
  }
  const next = label.nextElementSibling;
  if (next) {
    const inner = queryFirst(next, VALUE_SELECTORS);
    return valueOf(inner ?? next);
  }
  const parent = label.parentElement;
  if (parent) {
    const inner = queryFirst(parent, VALUE_SELECTORS);
    if (inner && inner !== label && !inner.contains(label)) return valueOf(inner);
    const rest = (parent.textContent ?? '').replace(label.textContent ?? '', '');
    return rest.trim();
  }
  return '';
}

/** Value of the first field whose label matches one of `labels` (matched on lower-case text without accents). Blank when absent or empty. */
export function readLabelledValue(root: ParentNode, labels: readonly RegExp[]): string {
  for (const sel of LABEL_SELECTORS) {
    let els: Element[];
    try {
      els = Array.from(root.querySelectorAll(sel));
    } catch {
      continue;
    }
    for (const el of els) {
      const text = normalizeLabel(el.textContent);
      if (!text || text.length > 80 || !labels.some((re) => re.test(text))) continue;
      const v = emptyToBlank(valueNear(el));
      if (v) return v;
    }
  }
  return '';
}

/** Label patterns (normalised: lower case, no accents) of the properties the adapters read. */
export const PROPERTY_LABELS = {
  thematique: [/^thematique( de (la|votre) demande)?$/, /^theme( de la demande)?$/],
  motif: [/^motif( de (la|votre) demande)?$/],
  sousMotif: [/^sous[- ]?motif( de (la|votre) demande)?$/],
  structure: [/^(nom de (la )?)?structure( de rattachement)?$/, /^etablissement$/, /^organisation$/, /^entreprise$/, /^societe$/],
  phone: [/^(numero de )?telephone( (mobile|portable|fixe))?$/, /^tel\.?$/, /^phone( number)?$/, /^portable$/],
  description: [/^description( (du ticket|de (la|votre) demande( d'assistance)?))?$/, /^ticket description$/],
  subject: [/^nom du ticket$/, /^objet( du ticket)?$/, /^sujet$/, /^ticket name$/],
} as const satisfies Record<string, readonly RegExp[]>;
