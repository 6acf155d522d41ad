// Caret handling: where the selection is in an editable, and moving it back to the template's {{curseur}} mark.

const SKIP = /[\s\u00a0\u200b-\u200d\ufeff]/;

/** Number of visible (non-space) characters in a string: how the caret is moved back inside rich editors. */
export function visibleLength(text: string): number {
  let n = 0;
  for (const ch of text) if (!SKIP.test(ch)) n++;
  return n;
}

/** The current selection range if it lies inside `root`. */
export function rangeInside(root: HTMLElement): Range | null {
  const sel = root.ownerDocument.getSelection();
  if (!sel || sel.rangeCount === 0) return null;
  const range = sel.getRangeAt(0);
  return root.contains(range.startContainer) && root.contains(range.endContainer) ? range.cloneRange() : null;
}

export function applyRange(root: HTMLElement, range: Range): void {
  const sel = root.ownerDocument.getSelection();
  if (!sel) return;
  sel.removeAllRanges();
  sel.addRange(range);
}

/** Puts the caret at the end of `root`'s content. */
export function caretAtEnd(root: HTMLElement): void {
  const range = root.ownerDocument.createRange();
  range.selectNodeContents(root);
  range.collapse(false);
  applyRange(root, range);
}

/** Moves the collapsed caret back over `count` visible characters inside `root`. */
export function moveCaretBack(root: HTMLElement, count: number): boolean {
  if (count <= 0) return true;
  const doc = root.ownerDocument;
  const sel = doc.getSelection();
  if (!sel || sel.rangeCount === 0) return false;
  const current = sel.getRangeAt(0);
  const caret = doc.createRange();
  caret.setStart(current.endContainer, current.endOffset);
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const texts: Text[] = [];
  while (walker.nextNode()) texts.push(walker.currentNode as Text);
  let left = count;
  for (let t = texts.length - 1; t >= 0; t--) {
    const node = texts[t]!;
    const data = node.data;
    let limit: number;
    if (caret.comparePoint(node, data.length) <= 0) limit = data.length;
    else if (node === current.endContainer) limit = current.endOffset;
    else continue;
    for (let i = limit - 1; i >= 0; i--) {
      if (SKIP.test(data[i]!)) continue;
      left--;
      if (left === 0) {
        sel.collapse(node, i);
        return true;
      }
    }
  }
  return false;
}
