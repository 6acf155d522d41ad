// Unit tests of entrypoints/background/templates.ts: custom templates saved only when valid (French errors), listed, deleted.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

type Handler = (msg: { data: unknown }) => Promise<unknown>;
const handlers = new Map<string, Handler>();
vi.mock('@/lib/messaging', () => ({ onMessage: (type: string, h: Handler) => handlers.set(type, h) }));

const { registerTemplateHandlers } = await import('@/entrypoints/background/templates');
const call = (type: string, data?: unknown) => handlers.get(type)!({ data });

beforeEach(() => fakeBrowser.reset());

describe('background custom templates', () => {
  it('refuses an invalid template with the path and a French message, saves, lists and deletes a valid one', async () => {
    registerTemplateHandlers();
    const refused = (await call('saveCustomTemplate', { title: ' ', text: 'Bonjour' })) as { ok: boolean; errors: { path: string; message: string }[] };
    expect(refused.ok).toBe(false);
    expect(refused.errors).toContainEqual({ path: 'title', message: 'Le titre est obligatoire.' });

    const saved = (await call('saveCustomTemplate', { title: 'Offre', text: 'Bonjour {{usager.prenom}}' })) as { ok: true; row: { id: string } };
    expect(saved.ok).toBe(true);
    expect(((await call('listCustomTemplates')) as { id: string }[]).map((r) => r.id)).toContain(saved.row.id);

    await call('deleteCustomTemplate', saved.row.id);
    expect(((await call('listCustomTemplates')) as { id: string }[]).map((r) => r.id)).not.toContain(saved.row.id);
  });
});
