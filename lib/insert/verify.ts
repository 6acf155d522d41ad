// Checks that inserted text really landed: compares letter-and-digit signatures of the editor's text before and after.
import { isTextField } from './resolve';

/** Letters and digits only, lower-cased: insensitive to how an editor renders spaces, newlines and bullets. */
export function signature(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

export function countOccurrences(haystack: string, needle: string): number {
  if (!needle) return 0;
  let n = 0;
  for (let i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + needle.length)) n++;
  return n;
}

/** Visible text of an editable (value of a text field). */
export function editableText(el: HTMLElement): string {
  return isTextField(el) ? el.value : (el.textContent ?? '');
}

/** A snapshot of the editor before inserting, and the test of whether one of the expected texts landed since. */
export function snapshot(el: HTMLElement, expected: string[]): { landed(): boolean; changed(): boolean } {
  const before = editableText(el);
  const beforeSig = signature(before);
  const sigs = expected.map(signature).filter((s) => s.length > 0);
  const counts = sigs.map((s) => countOccurrences(beforeSig, s));
  return {
    landed() {
      const after = signature(editableText(el));
      return sigs.some((s, i) => countOccurrences(after, s) > (counts[i] ?? 0));
    },
    changed() {
      return editableText(el) !== before;
    },
  };
}

/** Waits until `check` holds or `timeoutMs` passed (editors such as Squire paste asynchronously). */
export async function waitFor(check: () => boolean, timeoutMs: number, stepMs = 15): Promise<boolean> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    if (check()) return true;
    if (Date.now() >= end) return false;
    await new Promise((r) => setTimeout(r, stepMs));
  }
}
