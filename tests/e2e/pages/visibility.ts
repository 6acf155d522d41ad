// What a user can see and click: an element inside the viewport whose centre is not covered by anything else (shadow roots included).
import { expect, type Locator } from '@playwright/test';

export interface Reachability {
  inViewport: boolean;
  /** The element (or a descendant) is what a click at its centre would hit. */
  clickable: boolean;
  /** What is hit instead, for the failure message. */
  hit: string;
}

export async function reachability(locator: Locator): Promise<Reachability> {
  return locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    // An inline element over two lines: aim at its first line box.
    const line = el.getClientRects()[0] ?? r;
    const top = Math.max(line.top, 0);
    const bottom = Math.min(line.bottom, innerHeight);
    const left = Math.max(line.left, 0);
    const right = Math.min(line.right, innerWidth);
    const inViewport = r.width > 0 && r.height > 0 && r.top >= 0 && r.bottom <= innerHeight && r.left >= 0 && r.right <= innerWidth;
    const x = (left + right) / 2;
    const y = (top + bottom) / 2;
    const root = el.getRootNode() as Document | ShadowRoot;
    const hit = root.elementFromPoint(x, y);
    const clickable = Boolean(hit && (hit === el || el.contains(hit)));
    const name = (n: Element | null) => (n ? `${n.tagName.toLowerCase()}${n.id ? `#${n.id}` : ''}.${[...n.classList].join('.')}` : 'rien');
    return { inViewport, clickable, hit: name(hit) };
  });
}

/**
 * Waits (on a condition, never a delay) until `locator` is what a click at its centre hits and, unless `partly`,
 * lies wholly inside the viewport; the failure message says what covers it or that it is outside the window.
 */
export async function expectReachable(locator: Locator, name: string, { partly = false } = {}): Promise<void> {
  await expect
    .poll(
      async () => {
        const r = await reachability(locator);
        if (!r.clickable) return `${name} : touché : ${r.hit}`;
        return partly || r.inViewport ? 'ok' : `${name} : hors de la fenêtre`;
      },
      { message: `${name} ${partly ? 'cliquable' : 'visible et cliquable sans défilement'}` },
    )
    .toBe('ok');
}
