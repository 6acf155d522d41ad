// Page object: the fixture national support forms (legacy, multi-step v4, iframe) and their test hooks.
import type { Page } from '@playwright/test';
import type { FormState } from '../../../fixtures/sites/basedeconnaissances.sisiao.dihal.gouv.fr/support/_form/state';

export const FORM_HOST = 'https://basedeconnaissances.sisiao.dihal.gouv.fr';
export const FORM_PATHS = {
  legacy: '/support/kb-tickets/new',
  v4: '/support/v4/',
  iframe: '/support/iframe/',
} as const;
export type FormVariant = keyof typeof FORM_PATHS;

export type { FormState };

export interface FillReport {
  filled: string[];
  missing: string[];
  details: string[];
  elapsedMs: number;
}

/** A 1×1 PNG, as the CRM screenshot stand-in. */
export const TINY_PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

export class SupportFormPage {
  constructor(readonly page: Page) {}

  async goto(variant: FormVariant, query = ''): Promise<void> {
    await this.page.goto(`${FORM_HOST}${FORM_PATHS[variant]}${query}`);
  }

  /** Loads the main-world harness exposing `fillSupportForm` and runs it with a draft. */
  async fillWithHarness(draft: object, options: object = {}): Promise<FillReport> {
    await this.page.addScriptTag({ url: `${FORM_HOST}/support/_harness/fill.js` });
    return this.page.evaluate(
      ([d, o]) => (window as unknown as { __aiguilleurFill: (d: unknown, o: unknown) => Promise<FillReport> }).__aiguilleurFill(d, o),
      [draft, options] as const,
    );
  }

  /** The form's React state (null until the form has rendered). */
  state(): Promise<FormState | null> {
    return this.page.evaluate(() => {
      const get = (window as unknown as { __formState?: () => FormState | undefined }).__formState;
      return get ? (get() ?? null) : null;
    });
  }

  async waitForForm(): Promise<void> {
    await this.page.waitForFunction(() => {
      const get = (window as unknown as { __formState?: () => unknown }).__formState;
      return Boolean(get && get());
    });
  }

  /** Waits until the form has re-rendered twice more (its periodic re-render reverts values React did not see). */
  async waitForRerenders(count = 2): Promise<void> {
    const renders = () => (window as unknown as { __renders?: number }).__renders ?? 0;
    const start = await this.page.evaluate(renders);
    await this.page.waitForFunction(
      ({ start, count }) => ((window as unknown as { __renders?: number }).__renders ?? 0) >= start + count,
      { start, count },
    );
  }

  submitted(): Promise<boolean> {
    return this.page.evaluate(() => Boolean((window as unknown as { __submitted?: boolean }).__submitted));
  }

  /** The banner the content script shows in its shadow root. */
  banner() {
    return this.page.locator('aiguilleur-escalation .ag-escalation-banner');
  }
}
