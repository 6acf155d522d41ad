// Value types of the insertion engine: what to insert, which method landed it, and the result shown to the référent.
import { z } from 'zod';

export const insertMethodSchema = z.enum([
  'textarea',
  'prosemirror',
  'draftjs',
  'quill',
  'lexical',
  'slate',
  'ckeditor5',
  'froala',
  'squire',
  'ckeditor4',
  'tinymce',
  'contenteditable',
  'execCommand',
  'clipboard',
  'none',
]);
export type InsertMethod = z.infer<typeof insertMethodSchema>;

export const insertContentSchema = z.object({
  /** Plain text; paragraphs separated by "\n\n", line breaks by "\n". */
  text: z.string(),
  /** Same content as HTML (links, bold) for rich editors. */
  html: z.string().optional(),
  /** Index in `text` where the caret must end (the template's {{curseur}}); default: after the text. */
  caretOffset: z.number().int().nonnegative().optional(),
});
export type InsertContent = z.infer<typeof insertContentSchema>;

export const insertResultSchema = z.object({
  method: insertMethodSchema,
  ok: z.boolean(),
  /** True when the engine checked, after inserting, that the text is in the editor. */
  verified: z.boolean(),
  /** True when the text was copied to the clipboard instead. */
  copied: z.boolean().optional(),
  /** French message for the référent when the insertion did not land. */
  message: z.string().optional(),
});
export type InsertResult = z.infer<typeof insertResultSchema>;

/** Editor families the engine recognises. */
export type EditorKind =
  | 'textarea'
  | 'prosemirror'
  | 'draftjs'
  | 'quill'
  | 'lexical'
  | 'slate'
  | 'ckeditor5'
  | 'froala'
  | 'squire'
  | 'ckeditor4'
  | 'tinymce'
  | 'contenteditable';
