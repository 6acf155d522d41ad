// Sidebar single-key shortcuts: 1/2/3, R and Escape, never while typing.
import { describe, expect, it } from 'vitest';
import { sidebarKeyAction } from '@/lib/sidebar/keys';

const key = (k: string, over: Partial<Parameters<typeof sidebarKeyAction>[0]> = {}) =>
  sidebarKeyAction({ key: k, altKey: false, ctrlKey: false, metaKey: false, inField: false, defaultPrevented: false, ...over });

describe('sidebarKeyAction', () => {
  it('maps 1/2/3 to the suggestions, R to requalify, Escape to close', () => {
    expect(key('1')).toEqual({ kind: 'pick', index: 0 });
    expect(key('3')).toEqual({ kind: 'pick', index: 2 });
    expect(key('r')).toEqual({ kind: 'requalify' });
    expect(key('R')).toEqual({ kind: 'requalify' });
    expect(key('Escape')).toEqual({ kind: 'close' });
    expect(key('4')).toBeNull();
  });
  it('leaves typed text alone, but Escape still closes from a field', () => {
    expect(key('2', { inField: true })).toBeNull();
    expect(key('r', { inField: true })).toBeNull();
    expect(key('Escape', { inField: true })).toEqual({ kind: 'close' });
  });
  it('ignores modified keys and keys a widget already handled', () => {
    expect(key('1', { ctrlKey: true })).toBeNull();
    expect(key('Escape', { defaultPrevented: true })).toBeNull();
  });
});
