// Element picker over the CRM page (like the browser's): highlights the element under the pointer, a click chooses it, Escape cancels.

export interface PickOptions {
  /** Instruction shown at the top of the page while picking. */
  instruction: string;
  /** Elements that cannot be picked (the sidebar itself). */
  ignore?: (el: Element) => boolean;
  signal?: AbortSignal;
}

const Z = '2147483647';

/** Resolves with the element the référent clicked, or null when they pressed Escape (or `signal` aborted). */
export function pickElement(doc: Document, opts: PickOptions): Promise<Element | null> {
  const layer = doc.createElement('div');
  layer.setAttribute('data-aiguilleur-picker', '');
  layer.setAttribute('data-aiguilleur-host', '');
  layer.style.cssText = `all:initial;position:fixed;inset:0;pointer-events:none;z-index:${Z};`;
  const box = doc.createElement('div');
  box.setAttribute('data-aiguilleur-picker-box', '');
  box.style.cssText = 'position:fixed;display:none;pointer-events:none;box-sizing:border-box;border:3px solid #000091;background:rgba(0,0,145,0.12);';
  const banner = doc.createElement('div');
  banner.setAttribute('role', 'status');
  banner.setAttribute('data-aiguilleur-picker-banner', '');
  banner.style.cssText =
    'position:fixed;top:8px;left:50%;transform:translateX(-50%);pointer-events:none;padding:8px 14px;background:#000091;color:#fff;font:600 14px/1.4 system-ui,sans-serif;border-radius:4px;box-shadow:0 2px 8px rgba(0,0,0,.3);';
  banner.textContent = `${opts.instruction} · Échap pour annuler`;
  layer.append(box, banner);
  doc.documentElement.append(layer);

  let current: Element | null = null;
  const pickable = (el: Element | null): Element | null => {
    if (!el || el === doc.documentElement || el === doc.body) return null;
    if (el.closest('[data-aiguilleur-host]')) return null;
    if (opts.ignore?.(el)) return null;
    return el;
  };
  const targetOf = (ev: Event): Element | null => {
    // nodeType, not instanceof: content-script and page globals differ (Firefox Xrays).
    const t = (ev.composedPath()[0] ?? ev.target) as Node | null;
    return pickable(t && t.nodeType === 1 ? (t as Element) : null);
  };
  const show = (el: Element | null) => {
    current = el;
    if (!el) {
      box.style.display = 'none';
      return;
    }
    const r = el.getBoundingClientRect();
    Object.assign(box.style, { display: 'block', left: `${r.left}px`, top: `${r.top}px`, width: `${r.width}px`, height: `${r.height}px` });
  };

  return new Promise((resolve) => {
    const swallow = (ev: Event) => {
      if (!targetOf(ev)) return;
      ev.preventDefault();
      ev.stopImmediatePropagation();
    };
    const onMove = (ev: Event) => show(targetOf(ev));
    const onClick = (ev: Event) => {
      const el = targetOf(ev);
      if (!el) return;
      ev.preventDefault();
      ev.stopImmediatePropagation();
      finish(el);
    };
    const onKey = (ev: KeyboardEvent) => {
      if (ev.key !== 'Escape') return;
      ev.preventDefault();
      ev.stopImmediatePropagation();
      finish(null);
    };
    const swallowed = ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'auxclick', 'dblclick'] as const;
    const finish = (el: Element | null) => {
      doc.removeEventListener('mouseover', onMove, true);
      doc.removeEventListener('mousemove', onMove, true);
      doc.removeEventListener('click', onClick, true);
      doc.removeEventListener('keydown', onKey, true);
      for (const t of swallowed) doc.removeEventListener(t, swallow, true);
      layer.remove();
      resolve(el ?? null);
    };
    doc.addEventListener('mouseover', onMove, true);
    doc.addEventListener('mousemove', onMove, true);
    doc.addEventListener('click', onClick, true);
    doc.addEventListener('keydown', onKey, true);
    for (const t of swallowed) doc.addEventListener(t, swallow, true);
    opts.signal?.addEventListener('abort', () => finish(null), { once: true });
    show(current);
  });
}
