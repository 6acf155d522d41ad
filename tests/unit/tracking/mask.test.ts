// Tests of phone masking on screen.
import { describe, expect, it } from 'vitest';
import { maskPhone } from '@/lib/tracking/mask';

describe('maskPhone', () => {
  it('keeps the first and last two digits', () => {
    expect(maskPhone('06 56 84 43 78')).toBe('06 •• •• •• 78');
    expect(maskPhone('0656844378')).toBe('06 •• •• •• 78');
    expect(maskPhone('')).toBe('');
    expect(maskPhone('123')).toBe('•••');
  });
});
