// Page object of the editor fixture pages (editors.test/<editor>/): typing, caret, inserting through window.__insert, reading the model.
import { expect, type Page } from '@playwright/test';
import type { InsertContent, InsertResult } from '../../../../lib/insert/types';
import type { RichModel } from '../../../fixtures/sites/editors.test/shared';

export const KB_URL = 'https://basedeconnaissances.sisiao.dihal.gouv.fr/fiche/mot-de-passe';

/** A réponse type with three paragraphs, a line break, a link and bold text. */
export const TEMPLATE: InsertContent = {
  text:
    'Madame, Monsieur,\n\nVotre demande est prise en compte : consultez la fiche Réinitialiser le mot de passe (' +
    KB_URL +
    ').\n\nCordialement,\nLe référent SI SIAO',
  html:
    '<p>Madame, Monsieur,</p><p>Votre demande est <strong>prise en compte</strong> : consultez la fiche ' +
    `<a href="${KB_URL}">Réinitialiser le mot de passe</a>.</p><p>Cordialement,<br>Le référent SI SIAO</p>`,
};

/** What a rich editor's model holds for TEMPLATE: one line per block, the <br> as "\n". */
export const RICH_LINES = 'Madame, Monsieur,\nVotre demande est prise en compte : consultez la fiche Réinitialiser le mot de passe.\nCordialement,\nLe référent SI SIAO';

export class EditorPage {
  constructor(
    readonly page: Page,
    readonly editor: string,
  ) {}

  async open(): Promise<void> {
    await this.page.goto(`https://editors.test/${this.editor}/`);
    await this.page.waitForFunction(() => window.__editor?.ready === true && typeof window.__insert === 'function', null, {
      timeout: 20_000,
    });
  }

  /** Clicks into the editor and types, like an agent starting a reply. */
  async typeInEditor(text: string): Promise<void> {
    const box = await this.page.evaluate(() => {
      const t = window.__editor!.target();
      let el: Element = t;
      if (t.ownerDocument !== document) el = t.ownerDocument.defaultView?.frameElement ?? t;
      else if (!t.isContentEditable && !['TEXTAREA', 'IFRAME'].includes(t.tagName)) {
        el = t.querySelector('[contenteditable="true"], iframe, textarea') ?? t;
      }
      const r = el.getBoundingClientRect();
      return { x: r.x + 20, y: r.y + Math.min(20, r.height / 2) };
    });
    await this.page.mouse.click(box.x, box.y);
    await this.page.keyboard.type(text, { delay: 10 });
  }

  async caretBeforeLast(chars: number): Promise<void> {
    await this.page.keyboard.press('End');
    for (let i = 0; i < chars; i++) await this.page.keyboard.press('ArrowLeft');
  }

  /**
   * Waits until the page's own clock (the one editors read) is `ms` past now: editors merge edits closer than about a
   * second into one undo step, and an agent takes longer than that to pick a template.
   */
  async pastUndoMergeWindow(ms = 1100): Promise<void> {
    const from = await this.page.evaluate(() => Date.now());
    await this.page.waitForFunction(([t, d]) => Date.now() - t >= d, [from, ms] as const, { polling: 50 });
  }

  modelText(): Promise<string> {
    return this.page.evaluate(() => window.__editor!.modelText());
  }

  modelRich(): Promise<RichModel> {
    return this.page.evaluate(() => window.__editor!.modelRich());
  }

  sendEnabled(): Promise<boolean> {
    return this.page.evaluate(() => window.__editor!.sendEnabled());
  }

  resetSend(): Promise<void> {
    return this.page.evaluate(() => window.__editor!.resetSend());
  }

  /** Calls the real insertion engine in the page (main world) on the editor's target element. */
  insert(content: InsertContent = TEMPLATE): Promise<InsertResult> {
    return this.page.evaluate((c) => window.__insert!(window.__editor!.target(), c), content);
  }

  /** Calls the engine on an arbitrary element of the page. */
  insertInto(selector: string, content: InsertContent = TEMPLATE): Promise<InsertResult> {
    return this.page.evaluate(([s, c]) => window.__insert!(document.querySelector<HTMLElement>(s)!, c), [selector, content] as const);
  }

  /** Types in the fake sidebar (a shadow root): the editor loses focus, as when the référent searches a template. */
  async useSidebar(text: string): Promise<void> {
    await this.page.locator('#sidebar-search').click();
    await this.page.keyboard.type(text);
  }

  /** What the content script does: restore the last editor and its selection, then insert into it. */
  insertIntoLastEditor(content: InsertContent = TEMPLATE): Promise<InsertResult | null> {
    return this.page.evaluate(async (c) => {
      const focus = window.__focus!;
      const target = focus.lastEditor();
      if (!target) return null;
      focus.restore();
      return window.__insert!(target, c);
    }, content);
  }

  clipboardText(): Promise<string> {
    return this.page.evaluate(() => navigator.clipboard.readText());
  }

  /** Presses Ctrl+Z and waits until the editor's model has changed. */
  async undo(): Promise<void> {
    const before = await this.modelText();
    await this.page.keyboard.press('Control+z');
    await expect.poll(() => this.modelText()).not.toBe(before);
  }
}
