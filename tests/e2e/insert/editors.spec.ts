// E2E: the insertion engine in every editor a help desk uses, asserted on each editor's own model.
import { test, expect } from '../fixtures';
import { EditorPage, KB_URL, RICH_LINES, TEMPLATE } from './pages/editor-page';

interface Case {
  editor: string;
  /** Method the engine should report. */
  method: string;
  rich: boolean;
}

const CASES: Case[] = [
  { editor: 'textarea', method: 'textarea', rich: false },
  { editor: 'contenteditable', method: 'contenteditable', rich: true },
  { editor: 'prosemirror', method: 'prosemirror', rich: true },
  { editor: 'draftjs', method: 'draftjs', rich: true },
  { editor: 'quill', method: 'quill', rich: true },
  { editor: 'lexical', method: 'lexical', rich: true },
  { editor: 'slate', method: 'slate', rich: true },
  { editor: 'ckeditor5', method: 'ckeditor5', rich: true },
  { editor: 'froala', method: 'froala', rich: true },
  { editor: 'squire', method: 'contenteditable', rich: true },
  { editor: 'ckeditor4', method: 'ckeditor4', rich: true },
  { editor: 'tinymce', method: 'tinymce', rich: true },
  { editor: 'csp', method: 'prosemirror', rich: true },
  { editor: 'trusted-types', method: 'contenteditable', rich: true },
];

// Real editors in a shared, loaded machine: page loads can be slow (CKEditor 4, TinyMCE, Froala).
test.describe.configure({ timeout: 120_000 });

const BEFORE = 'Bonjour ';
const AFTER = 'Madame';

for (const c of CASES) {
  test.describe(`insertion — ${c.editor}`, () => {
    let ed: EditorPage;
    const inserted = c.rich ? RICH_LINES : TEMPLATE.text;

    test.beforeEach(async ({ context }) => {
      ed = new EditorPage(await context.newPage(), c.editor);
      await ed.open();
      await ed.typeInEditor(BEFORE + AFTER);
      await ed.caretBeforeLast(AFTER.length);
      await ed.pastUndoMergeWindow();
      expect(await ed.modelText()).toBe(BEFORE + AFTER);
      await ed.resetSend();
    });

    test('lands at the caret with its paragraphs, links and bold; the page sees the change', async () => {
      const result = await ed.insert();
      expect(result).toMatchObject({ ok: true, verified: true, method: c.method });
      expect(await ed.modelText()).toBe(BEFORE + inserted + AFTER);
      if (c.rich) {
        const rich = await ed.modelRich();
        expect(rich.links).toContain(KB_URL);
        expect(rich.bold.join('')).toContain('prise en compte');
      }
      expect(await ed.sendEnabled()).toBe(true);
    });

    test('leaves the caret after the insertion', async () => {
      await ed.insert();
      await ed.page.keyboard.type('X');
      expect(await ed.modelText()).toBe(BEFORE + inserted + 'X' + AFTER);
    });

    test('one Ctrl+Z removes exactly the insertion', async () => {
      await ed.insert();
      expect(await ed.modelText()).toBe(BEFORE + inserted + AFTER);
      await ed.undo();
      expect(await ed.modelText()).toBe(BEFORE + AFTER);
    });

    test('puts the caret at {{curseur}} (caretOffset)', async () => {
      const mark = 'Le référent';
      await ed.insert({ ...TEMPLATE, caretOffset: TEMPLATE.text.indexOf(mark) });
      await ed.page.keyboard.type('X');
      expect(await ed.modelText()).toBe(BEFORE + inserted.replace(mark, 'X' + mark) + AFTER);
    });
  });
}
