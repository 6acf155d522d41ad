// Docking: width bounds, the page offset, the page-side CSS.
import { describe, expect, it } from 'vitest';
import { clampWidth, dockCss, dockOffset, MIN_WIDTH, RAIL_WIDTH } from '@/lib/sidebar/dock';

describe('dock', () => {
  it('keeps the width within bounds and leaves the page room', () => {
    expect(clampWidth(100, 1366)).toBe(MIN_WIDTH);
    expect(clampWidth(2000, 1366)).toBe(720);
    expect(clampWidth(2000, 1000)).toBe(520);
    expect(clampWidth(Number.NaN, 1366)).toBe(380);
  });
  it('pushes the page by the rail, plus the sidebar when open', () => {
    expect(dockOffset(false, 400)).toBe(RAIL_WIDTH);
    expect(dockOffset(true, 400)).toBe(400 + RAIL_WIDTH);
  });
  it('contains fixed bars in the body only for app shells', () => {
    expect(dockCss(416, false)).toBe('html { margin-right: 416px !important; }');
    expect(dockCss(416, true)).toContain('contain: layout');
  });
});
