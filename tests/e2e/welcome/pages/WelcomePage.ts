// Page object of the welcome page; its texts come from the extension's one catalogue, public/_locales/fr.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext, Locator, Page } from '@playwright/test';
import type { MessageKey } from '../../../../lib/i18n';

type Messages = Record<MessageKey, { message: string }>;

function loadMessages(): Messages {
  const file = resolve(import.meta.dirname, '../../../../public/_locales/fr/messages.json');
  return JSON.parse(readFileSync(file, 'utf8')) as Messages;
}

export class WelcomePage {
  private readonly messages: Messages = loadMessages();

  constructor(readonly page: Page) {}

  static async open(context: BrowserContext, extensionId: string): Promise<WelcomePage> {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/welcome.html`);
    const welcome = new WelcomePage(page);
    await page.locator('h1').waitFor();
    return welcome;
  }

  /** The page's text for `key`, with `$1`… replaced. */
  text(key: MessageKey, ...subs: string[]): string {
    return this.messages[key].message.replace(/\$([1-9])/g, (_m, n: string) => subs[Number(n) - 1] ?? '');
  }

  /** The form control whose accessible name starts with the label (the DSFR hint follows it in the label). */
  field(label: MessageKey): Locator {
    const escaped = this.text(label).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return this.page.getByRole('textbox', { name: new RegExp(`^${escaped}(\\s|$)`) });
  }

  submit(): Locator {
    return this.page.getByRole('button', { name: this.text('profileSubmit') });
  }

  status(): Locator {
    return this.page.getByTestId('profile-status');
  }

  errorSummary(): Locator {
    return this.page.getByTestId('profile-errors');
  }

  shortcutsTable(): Locator {
    return this.page.getByTestId('shortcuts');
  }

  /** Focuses a field by tabbing from the page start (keyboard only) and types into it. */
  async typeWithKeyboard(label: MessageKey, value: string): Promise<void> {
    const target = this.field(label);
    const id = await target.getAttribute('id');
    for (let i = 0; i < 80; i++) {
      const active = await this.page.evaluate(() => document.activeElement?.id ?? '');
      if (active === id) break;
      await this.page.keyboard.press('Tab');
    }
    await this.page.keyboard.press('ControlOrMeta+A');
    await this.page.keyboard.type(value);
  }
}
