// Sets one located control to a value the way a user would, and checks that the page kept it.
import type { LocatedControl } from './locate';
import { bestOption, normalizeText, optionScore } from './match';
import { blur, dataUrlToFile, fire, ownText, setNativeValue, sleep, typeValue, userClick, waitFor, isHidden } from './dom';

export type FillOutcome = { ok: true; shown: HTMLElement } | { ok: false; reason: string };

const ok = (shown: HTMLElement): FillOutcome => ({ ok: true, shown });
const fail = (reason: string): FillOutcome => ({ ok: false, reason });

/** Lets the page's framework re-render after an event. */
const settle = () => sleep(30);

async function fillText(el: HTMLInputElement | HTMLTextAreaElement, value: string): Promise<FillOutcome> {
  if (el.value === value) return ok(el);
  typeValue(el, value);
  await settle();
  if (el.value !== value) {
    // Some frameworks only listen to keyboard-like input: try once more without blur in between.
    setNativeValue(el, value);
    fire(el, 'input');
    await settle();
  }
  return el.value === value ? ok(el) : fail('la page n’a pas gardé la valeur saisie');
}

async function fillSelect(el: HTMLSelectElement, value: string): Promise<FillOutcome> {
  const usable = (o: HTMLOptionElement) => !o.disabled && o.value !== '';
  // Options may arrive after the field (dependent lists): wait a little while the list is empty.
  await waitFor(() => Array.from(el.options).some(usable), 1500);
  const option = bestOption(Array.from(el.options).filter(usable), value, (o) => o.text || o.value);
  if (!option) return fail(`aucune option ne correspond à « ${value} »`);
  if (el.value !== option.value) {
    el.focus?.();
    setNativeValue(el, option.value);
    fire(el, 'input');
    fire(el, 'change');
    blur(el);
    await settle();
  }
  return el.value === option.value ? ok(el) : fail('la page n’a pas gardé l’option choisie');
}

function labelOf(el: HTMLInputElement): HTMLElement | null {
  const wrapping = el.closest('label') as HTMLElement | null;
  if (wrapping) return wrapping;
  return el.id ? (el.ownerDocument.querySelector(`label[for="${el.id}"]`) as HTMLElement | null) : null;
}

async function fillCheckbox(el: HTMLInputElement, wanted: boolean): Promise<FillOutcome> {
  const shown = labelOf(el) ?? el;
  if (el.checked === wanted) return ok(shown);
  const target = isHidden(el) ? (labelOf(el) ?? el) : el;
  target.click();
  await settle();
  return el.checked === wanted ? ok(shown) : fail('la case n’a pas pu être cochée');
}

async function fillRadio(ctl: LocatedControl, value: string): Promise<FillOutcome> {
  const radios = Array.from(ctl.container.querySelectorAll('input[type=radio]')) as HTMLInputElement[];
  const radio = bestOption(radios, value, (r) => (labelOf(r) ? ownText(labelOf(r)!) : r.value));
  if (!radio) return fail(`aucun choix ne correspond à « ${value} »`);
  if (!radio.checked) (isHidden(radio) ? (labelOf(radio) ?? radio) : radio).click();
  await settle();
  return radio.checked ? ok(ctl.container) : fail('le choix n’a pas été retenu');
}

/** The options of a custom dropdown: inside its field, or in the list the trigger controls (`aria-controls`). */
function dropdownOptions(ctl: LocatedControl): HTMLElement[] {
  const doc = ctl.el.ownerDocument;
  const inField = Array.from(ctl.container.querySelectorAll('[role=option]')) as HTMLElement[];
  if (inField.length) return inField;
  const listId = ctl.el.getAttribute('aria-controls') ?? ctl.el.getAttribute('aria-owns');
  const list = listId ? doc.getElementById(listId) : null;
  if (list) return Array.from(list.querySelectorAll('[role=option]')) as HTMLElement[];
  // Lists rendered in a portal at the end of the page: the one open list that belongs to no other field.
  const open = (Array.from(doc.querySelectorAll('[role=listbox]')) as HTMLElement[]).filter(
    (l) => !isHidden(l) && (!l.closest('.hsfc-DropdownField, .hs-form-field') || ctl.container.contains(l)),
  );
  return open.length === 1 ? (Array.from(open[0]!.querySelectorAll('[role=option]')) as HTMLElement[]) : [];
}

function dropdownShows(ctl: LocatedControl, option: HTMLElement, text: string): boolean {
  if (option.getAttribute('aria-selected') === 'true' && option.isConnected) return true;
  const hidden = ctl.container.querySelector('input[type=hidden]') as HTMLInputElement | null;
  if (hidden && hidden.value && (normalizeText(hidden.value) === normalizeText(text) || optionScore(hidden.value, text) > 0)) return true;
  const shown = (ctl.el as HTMLInputElement).value ?? ctl.el.textContent ?? '';
  return normalizeText(shown) === normalizeText(text);
}

async function fillDropdown(ctl: LocatedControl, value: string): Promise<FillOutcome> {
  let options = dropdownOptions(ctl).filter((o) => !isHidden(o));
  if (!options.length) {
    userClick(ctl.el);
    options = (await waitFor(() => {
      const o = dropdownOptions(ctl).filter((x) => !isHidden(x));
      return o.length ? o : null;
    }, 1500)) ?? [];
  }
  if (!options.length) return fail('la liste de choix ne s’est pas ouverte');
  const option = bestOption(options, value, (o) => ownText(o));
  if (!option) {
    userClick(ctl.el); // close the list again
    return fail(`aucune option ne correspond à « ${value} »`);
  }
  const text = ownText(option);
  userClick(option);
  await settle();
  return dropdownShows(ctl, option, text) ? ok(ctl.el) : fail('la page n’a pas gardé l’option choisie');
}

async function fillFile(el: HTMLInputElement, dataUrl: string): Promise<FillOutcome> {
  const file = dataUrlToFile(el, dataUrl, 'capture-ticket.png');
  const w = el.ownerDocument.defaultView;
  if (!file || !w || typeof w.DataTransfer !== 'function') return fail('pièce jointe impossible dans ce navigateur');
  const dt = new w.DataTransfer();
  dt.items.add(file);
  el.files = dt.files;
  fire(el, 'input');
  fire(el, 'change');
  await settle();
  return el.files?.length ? ok(el) : fail('la pièce jointe n’a pas été retenue');
}

/** Sets a located control to `value` (string for text and choices, boolean for checkboxes, data URL for files). */
export async function fillControl(ctl: LocatedControl, value: string | boolean): Promise<FillOutcome> {
  const el = ctl.el;
  switch (ctl.kind) {
    case 'checkbox':
      return fillCheckbox(el as HTMLInputElement, value === true || value === 'true');
    case 'radio':
      return fillRadio(ctl, String(value));
    case 'select':
      return fillSelect(el as HTMLSelectElement, String(value));
    case 'dropdown':
      return fillDropdown(ctl, String(value));
    case 'file':
      return fillFile(el as HTMLInputElement, String(value));
    case 'text':
      return fillText(el as HTMLInputElement | HTMLTextAreaElement, String(value));
  }
}
