// @vitest-environment happy-dom
// Unit tests of the synthetic paste: the editor gets the text and the HTML, also where the browser drops the init's clipboardData (Firefox).
import { describe, it, expect } from 'vitest';
import { dispatchPaste } from '@/lib/insert/events';

/** An editable whose paste handler records what it was given and cancels the default, as ProseMirror does. */
function editorRecordingPaste(): { root: HTMLElement; got: Array<{ text: string; html: string }> } {
  const root = document.createElement('div');
  root.setAttribute('contenteditable', 'true');
  document.body.appendChild(root);
  const got: Array<{ text: string; html: string }> = [];
  root.addEventListener('paste', (e) => {
    const data = (e as ClipboardEvent).clipboardData;
    if (!data?.getData('text/plain')) return;
    got.push({ text: data.getData('text/plain'), html: data.getData('text/html') });
    e.preventDefault();
  });
  return { root, got };
}

/** Gecko's behaviour: the constructor keeps its own empty DataTransfer, whatever `clipboardData` the init carries. */
class GeckoClipboardEvent extends Event {
  readonly clipboardData: DataTransfer;
  constructor(type: string, init: ClipboardEventInit = {}) {
    super(type, init);
    this.clipboardData = new DataTransfer();
  }
}

describe('dispatchPaste', () => {
  const content = { text: 'Bonjour Camille,\nVoici.', html: '<p>Bonjour Camille,</p><p>Voici.</p>' };

  it('hands the text and the HTML to the editor, which handles the paste', () => {
    const { root, got } = editorRecordingPaste();
    expect(dispatchPaste(root, content)).toBe(true);
    expect(got).toEqual([content]);
    root.remove();
  });

  it('fills the event’s own clipboardData when the browser ignored the init’s (Firefox)', () => {
    const { root, got } = editorRecordingPaste();
    const win = window as unknown as { ClipboardEvent: unknown };
    const original = win.ClipboardEvent;
    win.ClipboardEvent = GeckoClipboardEvent;
    try {
      expect(dispatchPaste(root, content)).toBe(true);
    } finally {
      win.ClipboardEvent = original;
    }
    expect(got).toEqual([content]);
    root.remove();
  });
});
