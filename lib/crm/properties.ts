// Reads labelled fields (ticket properties panels, definition lists, forms) by their label text, whatever the markup.
import { emptyToBlank, normalizeLabel, queryFirst, valueOf } from './dom';
import type { CrmFields } from '../pack/schema';
import bundledCrmFields from '../../assets/packs/parts/crm-fields.json' with { type: 'json' };

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

/**
 * A pack label as a pattern on normalised label text: case and accents ignored, a hyphen may be a space or nothing,
 * a final « … » (or « ... ») matches any ending (« Sélectionnez votre sous-motif… »).
 */
export function labelPattern(label: string): RegExp {
  const trimmed = label.trim();
  const prefix = /(…|\.\.\.)$/.test(trimmed);
  const core = normalizeLabel(trimmed.replace(/(…|\.\.\.)$/, ''));
  const body = core
    .split('')
    .map((ch) => (ch === '-' ? '[- ]?' : ch === ' ' ? '[- ]' : ch.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')))
    .join('');
  return new RegExp(`^${body}${prefix ? '' : '$'}`);
}

type RequesterField = keyof CrmFields;
type RequesterPatterns = Record<RequesterField, RegExp[]>;

function patternsOf(fields: CrmFields): RequesterPatterns {
  return {
    thematique: fields.thematique.labels.map(labelPattern),
    motif: fields.motif.labels.map(labelPattern),
    sousMotif: fields.sousMotif.labels.map(labelPattern),
  };
}

/** The bundled pack's map until the active pack is known (assets/packs/parts/crm-fields.json, the same data). */
const BUNDLED = patternsOf(bundledCrmFields as CrmFields);
let requesterPatterns: RequesterPatterns = BUNDLED;

/** Uses the active pack's label ↔ field map for the requester's classification (null: back to the bundled pack's). */
export function setRequesterFieldLabels(fields: CrmFields | null | undefined): void {
  requesterPatterns = fields ? patternsOf(fields) : BUNDLED;
}

/** Label patterns (normalised: lower case, no accents) of the properties the adapters read; the requester's classification comes from the pack. */
export const PROPERTY_LABELS = {
  get thematique(): readonly RegExp[] { return requesterPatterns.thematique; },
  get motif(): readonly RegExp[] { return requesterPatterns.motif; },
  get sousMotif(): readonly RegExp[] { return requesterPatterns.sousMotif; },
  structure: [/^(nom de (la )?)?structure( de rattachement)?$/, /^etablissement$/, /^organisation$/, /^entreprise$/, /^societe$/],
  phone: [/^(numero de )?telephone( (mobile|portable|fixe))?$/, /^tel\.?$/, /^phone( number)?$/, /^portable$/],
  description: [/^description( (du ticket|de (la|votre) demande( d'assistance)?))?$/, /^ticket description$/],
  subject: [/^nom du ticket$/, /^objet( du ticket)?$/, /^sujet$/, /^ticket name$/],
} as const satisfies Record<string, readonly RegExp[]>;
