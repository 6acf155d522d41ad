// @vitest-environment happy-dom
// TemplatePanel: the review badge, and a draft template's once-a-day confirmation before Insérer (a validated one never asks).
import { beforeEach, afterEach, describe, expect, it, vi } from 'vitest';
import { act } from 'react';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { TemplatePanel } from '@/components/TemplatePanel';
import { mount, type Mounted } from './mount';
import { packSchema, type ResponseTemplate } from '@/lib/pack/schema';
import { emptyTemplateContext } from '@/lib/templates';
import bundled from '@/assets/packs/sisiao.fr.json';

const { model: _model, ...pack } = packSchema.parse(bundled);
const row = pack.nomenclature[0]!;
let mounted: Mounted | undefined;
let host: HTMLElement;

async function mountPanel(template: ResponseTemplate, onInsert: () => Promise<{ ok: boolean; message: string }>) {
  mounted = await mount(
    <TemplatePanel pack={pack} row={row} templates={[template]} context={emptyTemplateContext} onInsert={onInsert} onCopy={onInsert} onInserted={() => {}} />,
  );
  host = mounted.host;
}

const q = (id: string) => host.querySelector<HTMLElement>(`[data-testid="${id}"]`);
const click = async (el: HTMLElement | null) => act(async () => { el!.click(); });

beforeEach(() => fakeBrowser.reset());
afterEach(() => mounted?.unmount());

describe('TemplatePanel review', () => {
  const draft = { ...pack.templates.find((t) => t.review === 'à relire')!, rowIds: [row.id] };
  const valide = { ...pack.templates.find((t) => t.review === 'validé')!, rowIds: [row.id] };

  it('asks once for a draft, then inserts; the next insertion the same day does not ask', async () => {
    const onInsert = vi.fn(async () => ({ ok: true, message: 'Réponse insérée.' }));
    await mountPanel(draft, onInsert);
    expect(q('template-review')!.textContent).toContain('à relire');
    await click(q('insert'));
    expect(q('review-confirm')).not.toBeNull();
    expect(onInsert).not.toHaveBeenCalled();
    await click(q('review-confirm-ok'));
    expect(onInsert).toHaveBeenCalledTimes(1);
    expect(q('review-confirm')).toBeNull();
    await click(q('insert'));
    expect(q('review-confirm')).toBeNull();
    expect(onInsert).toHaveBeenCalledTimes(2);
  });

  it('never asks for a validated template', async () => {
    const onInsert = vi.fn(async () => ({ ok: true, message: 'Réponse insérée.' }));
    await mountPanel(valide, onInsert);
    expect(q('template-review')!.dataset.review).toBe('validé');
    await click(q('insert'));
    expect(q('review-confirm')).toBeNull();
    expect(onInsert).toHaveBeenCalledTimes(1);
  });
});
