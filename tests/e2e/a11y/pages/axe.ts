// Axe (RGAA / WCAG 2.1 AA) scan helpers: run on a page or a part of it, keep the serious and critical violations, describe them in French.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const BLOCKING = new Set(['serious', 'critical']);

export interface Violation {
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

/** Scans the page (or only `include`, e.g. a shadow host) and returns its serious and critical violations. */
export async function blockingViolations(page: Page, include?: string): Promise<Violation[]> {
  let builder = new AxeBuilder({ page }).withTags(WCAG_TAGS);
  if (include) builder = builder.include(include);
  const results = await builder.analyze();
  return results.violations
    .filter((v) => BLOCKING.has(v.impact ?? ''))
    .map((v) => ({
      id: v.id,
      impact: v.impact ?? '',
      help: v.help,
      targets: v.nodes.slice(0, 5).map((n) => n.target.map(String).join(' > ')),
    }));
}

/** One line per violation, for a readable assertion message. */
export function describeViolations(violations: Violation[]): string {
  return violations.map((v) => `[${v.impact}] ${v.id} — ${v.help}\n    ${v.targets.join('\n    ')}`).join('\n');
}
