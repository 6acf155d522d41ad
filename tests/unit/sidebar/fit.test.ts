// fitHeight: the réponse type's box gives way so that it and the Insérer row end above the fold.
import { describe, expect, it } from 'vitest';
import { fitHeight } from '@/lib/sidebar/fit';

describe('fitHeight', () => {
  it('keeps the natural height when everything fits', () => {
    expect(fitHeight({ top: 400, natural: 140, below: 50, viewport: 700, min: 72 })).toBe(140);
  });
  it('shortens the box so that box and Insérer row end at the fold', () => {
    expect(fitHeight({ top: 520, natural: 140, below: 50, viewport: 700, min: 72 })).toBe(130);
  });
  it('never goes below the minimum, even when the row cannot fit', () => {
    expect(fitHeight({ top: 680, natural: 140, below: 50, viewport: 700, min: 72 })).toBe(72);
  });
  it('never grows a box whose natural height is below the minimum', () => {
    expect(fitHeight({ top: 680, natural: 40, below: 50, viewport: 700, min: 72 })).toBe(40);
  });
});
