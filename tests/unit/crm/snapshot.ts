// Test helper: loads a saved CRM page snapshot (tests/fixtures/crm-snapshots) into a fresh happy-dom document.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Window } from 'happy-dom';

export const SNAPSHOTS_DIR = resolve(__dirname, '../../fixtures/crm-snapshots');

export function loadSnapshot(file: string, url: string): { doc: Document; url: URL; window: Window } {
  const window = new Window({ url, settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true, disableJavaScriptFileLoading: true } });
  window.document.write(readFileSync(resolve(SNAPSHOTS_DIR, file), 'utf8'));
  return { doc: window.document as unknown as Document, url: new URL(url), window };
}

/** A document built from an HTML string. */
export function docFrom(html: string, url = 'https://example.test/'): { doc: Document; url: URL; window: Window } {
  const window = new Window({ url });
  window.document.write(`<!doctype html><html><body>${html}</body></html>`);
  return { doc: window.document as unknown as Document, url: new URL(url), window };
}

/** Selects from before `from` to after `to` in `doc`, as the référent would with the mouse. */
export function selectBetween(doc: Document, from: Element, to: Element): void {
  const range = doc.createRange();
  range.setStartBefore(from);
  range.setEndAfter(to);
  const sel = doc.getSelection()!;
  sel.removeAllRanges();
  sel.addRange(range);
}
