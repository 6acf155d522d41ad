// Finds the control of a support-form field by HubSpot name, then by label text, in both form generations.
import { labelMatches } from './match';
import type { FieldSpec } from './fields';
import { isHidden, ownText } from './dom';

export type ControlKind = 'text' | 'select' | 'dropdown' | 'checkbox' | 'radio' | 'file';

export interface LocatedControl {
  kind: ControlKind;
  /** The element to act on (input, textarea, select, checkbox, combobox trigger, file input). */
  el: HTMLElement;
  /** The field's wrapper (legacy `.hs-form-field`, new editor field) used for options, radios and highlighting. */
  container: HTMLElement;
  /** The label text found on the page, when any. */
  labelText: string;
}

const CONTAINER =
  '.hs-form-field, .hsfc-DropdownField, .hsfc-TextField, .hsfc-TextareaField, .hsfc-EmailField, .hsfc-PhoneField, ' +
  '.hsfc-CheckboxField, .hsfc-CheckboxFieldGroup, .hsfc-RadioFieldGroup, .hsfc-FileField, [data-hsfc-id], .legal-consent-container li, fieldset';
const CONTROL = 'input:not([type=hidden]):not([type=submit]):not([type=button]), select, textarea, [role=combobox]';

function stripName(name: string): string {
  return name.replace(/^\d+-\d+\//, '').replace(/^ticket\./i, '').toLowerCase();
}

function containerOf(el: Element): HTMLElement {
  return (el.closest(CONTAINER) as HTMLElement | null) ?? (el.parentElement as HTMLElement | null) ?? (el as HTMLElement);
}

function kindOf(el: HTMLElement): ControlKind {
  const tag = el.tagName;
  if (tag === 'SELECT') return 'select';
  if (tag === 'TEXTAREA') return 'text';
  const type = tag === 'INPUT' ? (el as HTMLInputElement).type : '';
  if (type === 'checkbox') return 'checkbox';
  if (type === 'radio') return 'radio';
  if (type === 'file') return 'file';
  if (
    el.getAttribute('role') === 'combobox' ||
    el.getAttribute('aria-haspopup') === 'listbox' ||
    el.closest('.hsfc-DropdownField, .hsfc-DropdownInput') !== null
  ) {
    return 'dropdown';
  }
  return 'text';
}

/** The actionable control inside a field wrapper, preferring visible ones. */
function controlIn(container: Element): HTMLElement | null {
  const all = Array.from(container.querySelectorAll(CONTROL)) as HTMLElement[];
  // Search boxes inside a custom dropdown's list are not the field.
  const controls = all.filter((c) => !c.closest('[role=listbox]'));
  const combobox = controls.find((c) => kindOf(c) === 'dropdown' && !isHidden(c));
  if (combobox) return combobox;
  return controls.find((c) => !isHidden(c)) ?? controls[0] ?? null;
}

function usable(ctl: HTMLElement, kind: ControlKind, container: HTMLElement): boolean {
  if (kind === 'file') return !isHidden(container) || !isHidden(ctl);
  if (kind === 'checkbox' || kind === 'radio') {
    // Styled checkboxes hide the input: the visible label is enough.
    const label = ctl.closest('label') ?? (ctl.id ? ctl.ownerDocument.querySelector(`label[for="${ctl.id}"]`) : null);
    return !isHidden(ctl) || (label !== null && !isHidden(label));
  }
  return !isHidden(ctl);
}

function make(el: HTMLElement, labelText: string): LocatedControl | null {
  const kind = kindOf(el);
  const container = containerOf(el);
  if (!usable(el, kind, container)) return null;
  return { kind, el, container, labelText };
}

function byName(spec: FieldSpec, doc: Document): LocatedControl | null {
  if (!spec.names.length) return null;
  const wanted = new Set(spec.names.map((n) => n.toLowerCase()));
  const stripped = new Set(spec.names.map(stripName));
  for (const el of Array.from(doc.querySelectorAll('[name]')) as HTMLElement[]) {
    const name = (el.getAttribute('name') ?? '').toLowerCase();
    if (!wanted.has(name) && !stripped.has(stripName(name))) continue;
    if (!['INPUT', 'SELECT', 'TEXTAREA'].includes(el.tagName)) continue;
    const hiddenInput = el.tagName === 'INPUT' && (el as HTMLInputElement).type === 'hidden';
    const target = hiddenInput ? controlIn(containerOf(el)) : el;
    if (!target) continue;
    const found = make(target, '');
    if (found) return found;
  }
  return null;
}

const LABELS = 'label, legend:not(.hs-field-desc), .hsfc-FieldLabel, [id^="label-"]';

function byLabel(spec: FieldSpec, doc: Document): LocatedControl | null {
  if (!spec.labels.length) return null;
  for (const label of Array.from(doc.querySelectorAll(LABELS))) {
    const text = ownText(label);
    if (!labelMatches(text, spec.labels)) continue;
    if (spec.notLabels && labelMatches(text, spec.notLabels)) continue;
    let ctl: HTMLElement | null = null;
    const forId = label.getAttribute('for');
    if (forId) ctl = doc.getElementById(forId);
    if (ctl && ctl.tagName === 'INPUT' && (ctl as HTMLInputElement).type === 'hidden') ctl = controlIn(containerOf(ctl));
    ctl ??= label.querySelector(CONTROL) as HTMLElement | null;
    ctl ??= controlIn(label.closest(CONTAINER) ?? label.parentElement ?? label);
    if (!ctl) continue;
    const found = make(ctl, text);
    if (found) return found;
  }
  return null;
}

function byKind(spec: FieldSpec, doc: Document): LocatedControl | null {
  if (spec.kind !== 'file') return null;
  const input = doc.querySelector('input[type=file]') as HTMLElement | null;
  return input ? make(input, '') : null;
}

/** Locates a field's control in the given documents, or null when it is not (yet) on the page. */
export function locateField(spec: FieldSpec, docs: readonly Document[]): LocatedControl | null {
  for (const doc of docs) {
    const found = byName(spec, doc) ?? byLabel(spec, doc) ?? byKind(spec, doc);
    if (found) return found;
  }
  return null;
}
