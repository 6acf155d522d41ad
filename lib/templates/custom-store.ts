// Custom templates in the Dexie table customTemplates (extension contexts only: background and extension pages).
import { onLocalDb, type AiguilleurDb } from '../db';
import { customTemplateInputSchema, customTemplateRowSchema, type CustomTemplateInput, type CustomTemplateRow } from './custom';

function newId(): string {
  const c = globalThis.crypto;
  return c && 'randomUUID' in c ? c.randomUUID() : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

/** All custom templates, most recently edited first; stored rows that no longer parse are skipped. */
export async function listCustomTemplates(db: AiguilleurDb): Promise<CustomTemplateRow[]> {
  const rows = await db.customTemplates.toArray();
  return rows
    .map((r) => customTemplateRowSchema.safeParse(r))
    .flatMap((r) => (r.success ? [r.data] : []))
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}

/** Creates or updates a custom template; throws a zod error (French messages) on bad input. */
export async function saveCustomTemplate(db: AiguilleurDb, input: CustomTemplateInput, now = new Date()): Promise<CustomTemplateRow> {
  const v = customTemplateInputSchema.parse(input);
  const row = customTemplateRowSchema.parse({
    id: v.id ?? newId(),
    ...(v.rowId ? { rowId: v.rowId } : {}),
    title: v.title,
    text: v.text,
    ...(v.html ? { html: v.html } : {}),
    updatedAt: now.toISOString(),
  });
  await db.customTemplates.put(row);
  return row;
}

export async function deleteCustomTemplate(db: AiguilleurDb, id: string): Promise<void> {
  await db.customTemplates.delete(id);
}

/** The custom templates of this context's database (background). */
export const customTemplateStore = {
  list: onLocalDb(listCustomTemplates),
  save: onLocalDb(saveCustomTemplate),
  remove: onLocalDb(deleteCustomTemplate),
};
