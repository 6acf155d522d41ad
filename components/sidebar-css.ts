// All the sidebar's styles as one string, injected into its shadow root (nothing leaks to or from the CRM page).
import theme from './theme.css?inline';
import sidebar from './Sidebar.css?inline';

/** rem follows the page's root font size, even inside a shadow root: pin every length to pixels (1rem = 16px). */
function remToPx(css: string): string {
  return css.replace(/(\d*\.?\d+)rem\b/g, (_m, n: string) => `${Number(n) * 16}px`);
}

export const SIDEBAR_CSS = remToPx(`${theme}\n${sidebar}`);
