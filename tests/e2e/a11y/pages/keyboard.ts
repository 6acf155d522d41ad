// Keyboard walk: tabs through a page and reports the focus stops without a visible focus indicator.
import type { Page } from '@playwright/test';

export interface FocusStop {
  description: string;
  visible: boolean;
}

/** Presses Tab up to `max` times (stops when focus comes back to the first stop) and checks each stop's focus style. */
export async function walkFocus(page: Page, max = 60): Promise<FocusStop[]> {
  const stops: FocusStop[] = [];
  let first: string | null = null;
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      let el = document.activeElement as HTMLElement | null;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement as HTMLElement;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
      const shadow = style.boxShadow !== 'none' && style.boxShadow !== '';
      const name = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40);
      const path = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''}`;
      return { description: `${path} « ${name} »`, visible: outline || shadow };
    });
    if (!stop) continue;
    if (first === stop.description) break;
    first ??= stop.description;
    stops.push(stop);
  }
  return stops;
}
