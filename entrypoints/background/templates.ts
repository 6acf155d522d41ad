// Background side of the référent's custom templates: list, save (validated), delete, through their store.
import { onMessage } from '@/lib/messaging';
import { customTemplateStore } from '@/lib/templates/custom-store';
import { customTemplateInputSchema } from '@/lib/templates/custom';

export function registerTemplateHandlers(): void {
  onMessage('listCustomTemplates', async () => customTemplateStore.list());
  onMessage('saveCustomTemplate', async ({ data }) => {
    const parsed = customTemplateInputSchema.safeParse(data);
    if (!parsed.success) {
      return { ok: false, errors: parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })) } as const;
    }
    return { ok: true, row: await customTemplateStore.save(parsed.data) } as const;
  });
  onMessage('deleteCustomTemplate', async ({ data }) => {
    if (typeof data === 'string' && data) await customTemplateStore.remove(data);
  });
}
