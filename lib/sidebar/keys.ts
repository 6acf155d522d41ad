// The sidebar's single-key shortcuts (1/2/3 pick a suggestion, R requalifies, Escape closes), ignored while typing in a field.
export type SidebarKeyAction = { kind: 'pick'; index: number } | { kind: 'requalify' } | { kind: 'close' };

export interface KeyInput {
  key: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  /** True when the key goes to a text field, a select or an editable element. */
  inField: boolean;
  /** True when a widget already handled the key (e.g. Escape closing a list). */
  defaultPrevented: boolean;
}

export const SIDEBAR_KEYS = { pick: ['1', '2', '3'], requalify: 'R', close: 'Escape' } as const;

export function sidebarKeyAction(e: KeyInput): SidebarKeyAction | null {
  if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return null;
  if (e.key === SIDEBAR_KEYS.close) return { kind: 'close' };
  if (e.inField) return null;
  const index = (SIDEBAR_KEYS.pick as readonly string[]).indexOf(e.key);
  if (index >= 0) return { kind: 'pick', index };
  if (e.key.toUpperCase() === SIDEBAR_KEYS.requalify) return { kind: 'requalify' };
  return null;
}

/** Whether an event target takes typed text (the shortcuts must not steal it). */
export function isTextField(el: EventTarget | null): boolean {
  if (!el || typeof (el as Element).closest !== 'function') return false;
  const node = el as HTMLElement;
  if (node.isContentEditable) return true;
  const tag = node.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag !== 'INPUT') return false;
  const type = (node as HTMLInputElement).type;
  return !['checkbox', 'radio', 'button', 'submit', 'reset'].includes(type);
}
