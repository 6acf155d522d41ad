// Last resort of the insertion engine: put the text on the clipboard so the référent can paste it.

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  return Promise.race([p, new Promise<T>((_, reject) => setTimeout(() => reject(new Error('timeout')), ms))]);
}

/** Copies `text` (and `html` when given, for rich pasting): async Clipboard API first, then execCommand('copy'). */
export async function copyToClipboard(doc: Document, text: string, html?: string): Promise<boolean> {
  const win = doc.defaultView as (Window & { ClipboardItem?: typeof ClipboardItem }) | null;
  const clip = win?.navigator.clipboard;
  if (html && clip?.write && win?.ClipboardItem) {
    try {
      const item = new win.ClipboardItem({
        'text/plain': new Blob([text], { type: 'text/plain' }),
        'text/html': new Blob([html], { type: 'text/html' }),
      });
      await withTimeout(clip.write([item]), 1500);
      return true;
    } catch {
      // fall back to plain text
    }
  }
  if (clip?.writeText) {
    try {
      await withTimeout(clip.writeText(text), 1500);
      return true;
    } catch {
      // not allowed (no focus, no permission): try the legacy path
    }
  }
  if (!doc.body) return false;
  const active = doc.activeElement as HTMLElement | null;
  const area = doc.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.cssText = 'position:fixed;top:0;left:-9999px;opacity:0';
  doc.body.appendChild(area);
  area.select();
  let ok = false;
  try {
    ok = doc.execCommand('copy');
  } catch {
    ok = false;
  }
  area.remove();
  active?.focus?.({ preventScroll: true });
  return ok;
}
