// Draft templates: confirmation needed once per template per local day; validated templates never ask.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { confirmTemplateReview, loadReviewConfirmations, localDay, needsConfirmation, withConfirmation } from '@/lib/templates/review';

const draft = { id: 'rt.a', review: 'à relire' as const };
const valide = { id: 'rt.b', review: 'validé' as const };

describe('template review confirmation', () => {
  beforeEach(() => fakeBrowser.reset());

  it('asks for a draft until it is confirmed that day, never for a validated one', () => {
    expect(needsConfirmation(draft, {}, '2026-12-02')).toBe(true);
    expect(needsConfirmation(valide, {}, '2026-12-02')).toBe(false);
    const c = withConfirmation({}, draft.id, '2026-12-02');
    expect(needsConfirmation(draft, c, '2026-12-02')).toBe(false);
    expect(needsConfirmation(draft, c, '2026-12-03')).toBe(true);
    expect(needsConfirmation({ id: 'rt.c', review: 'à relire' }, c, '2026-12-02')).toBe(true);
  });

  it('keeps only the day of the new confirmation', () => {
    expect(withConfirmation({ old: '2026-11-30', x: '2026-12-02' }, 'y', '2026-12-02')).toEqual({ x: '2026-12-02', y: '2026-12-02' });
  });

  it('uses the local day', () => {
    expect(localDay(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });

  it('stores confirmations and ignores a malformed stored value', async () => {
    await confirmTemplateReview('rt.a', new Date(2026, 11, 2, 9));
    expect(await loadReviewConfirmations()).toEqual({ 'rt.a': '2026-12-02' });
    await fakeBrowser.storage.local.set({ templateConfirmations: 42 });
    expect(await loadReviewConfirmations()).toEqual({});
  });
});
