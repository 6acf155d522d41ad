// Docking: the CRM page is pushed aside by the sidebar (its layout width shrinks), never covered; widths are clamped here.
export const RAIL_WIDTH = 36;
export const MIN_WIDTH = 300;
export const MAX_WIDTH = 720;
export const DOCK_STYLE_ID = 'aiguilleur-dock';

/** Width of the open sidebar, within bounds and leaving the page at least 480 px (or 40 % of a narrow window). */
export function clampWidth(width: number, viewportWidth: number): number {
  const roomForPage = Math.max(480, viewportWidth * 0.4);
  const max = Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, viewportWidth - roomForPage));
  if (!Number.isFinite(width)) return Math.min(max, 380);
  return Math.round(Math.min(max, Math.max(MIN_WIDTH, width)));
}

/** Pixels taken from the right of the page: the rail always, plus the sidebar when open. */
export function dockOffset(open: boolean, width: number): number {
  return RAIL_WIDTH + (open ? width : 0);
}

/**
 * The page-side rules. `appShell`: the document itself does not scroll (HubSpot, Zendesk, Freshdesk): its fixed bars are
 * then laid out in the narrowed body too (layout containment), so a fixed top bar ends where the sidebar starts.
 */
export function dockCss(offset: number, appShell: boolean): string {
  const rules = [`html { margin-right: ${offset}px !important; }`];
  if (appShell) rules.push('body { contain: layout !important; }');
  return rules.join('\n');
}

/** Writes (or updates) the dock style element of the page. */
export function applyDock(doc: Document, offset: number): void {
  let style = doc.getElementById(DOCK_STYLE_ID) as HTMLStyleElement | null;
  if (!style) {
    style = doc.createElement('style');
    style.id = DOCK_STYLE_ID;
    (doc.head ?? doc.documentElement).append(style);
  }
  const root = doc.scrollingElement ?? doc.documentElement;
  const appShell = root.scrollHeight <= root.clientHeight + 1;
  const css = dockCss(offset, appShell);
  if (style.textContent !== css) style.textContent = css;
}

export function removeDock(doc: Document): void {
  doc.getElementById(DOCK_STYLE_ID)?.remove();
}
