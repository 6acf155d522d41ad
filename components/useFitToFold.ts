// Keeps the réponse type and its Insérer row above the sidebar's fold: shortens the text box as blocks above it come and go.
import { useLayoutEffect, type RefObject } from 'react';
import { fitHeight } from '@/lib/sidebar/fit';

/** Smallest text box: about three lines. */
const MIN_HEIGHT = 72;

/**
 * Fits `box` (a textarea) so that it and `row` (the Insérer row under it) end inside the closest scroll container, as
 * seen scrolled to the top. Re-fits when anything in the container changes size or appears; stops once the référent
 * resizes the box by hand; starts again for each `resetKey` (row, template).
 */
export function useFitToFold(box: RefObject<HTMLElement | null>, row: RefObject<HTMLElement | null>, resetKey: string): void {
  useLayoutEffect(() => {
    const el = box.current;
    const scroller = el?.closest<HTMLElement>('.ag-sidebar__body');
    if (!el || !scroller || typeof ResizeObserver === 'undefined') return;
    el.style.height = '';
    const natural = el.getBoundingClientRect().height;
    let applied = '';
    const fit = () => {
      if (el.style.height !== applied) return; // resized by hand: leave it
      const area = scroller.getBoundingClientRect();
      const rect = el.getBoundingClientRect();
      const below = row.current ? Math.max(0, row.current.getBoundingClientRect().bottom - rect.bottom) : 0;
      const height = fitHeight({ top: rect.top - area.top + scroller.scrollTop, natural, below: below + 8, viewport: scroller.clientHeight, min: MIN_HEIGHT });
      const next = height >= natural ? '' : `${height}px`;
      if (next !== applied) el.style.height = applied = next;
    };
    const sizes = new ResizeObserver(() => fit());
    const observeAll = () => {
      sizes.disconnect();
      sizes.observe(scroller);
      for (const child of Array.from(scroller.children)) sizes.observe(child);
    };
    // A block that appears (a hint, an alert) moves the answer down without resizing anything observed yet.
    const added = new MutationObserver(() => {
      observeAll();
      fit();
    });
    added.observe(scroller, { childList: true });
    observeAll();
    fit();
    return () => {
      sizes.disconnect();
      added.disconnect();
      el.style.height = '';
    };
  }, [box, row, resetKey]);
}
