// React hook: the extension's keyboard commands as the browser reports them (browser.commands.getAll).
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';

export interface Shortcut {
  name: string;
  description: string;
  /** Empty when the user or the browser assigned no key. */
  shortcut: string;
}

export type ShortcutsState = { status: 'loading' } | { status: 'ready'; commands: Shortcut[] } | { status: 'error' };

export const TOGGLE_SIDEBAR_COMMAND = 'toggle-sidebar';

export function useShortcuts(): ShortcutsState {
  const [state, setState] = useState<ShortcutsState>({ status: 'loading' });
  useEffect(() => {
    let alive = true;
    Promise.resolve()
      .then(() => browser.commands.getAll())
      .then(
        (commands) =>
          alive &&
          setState({
            status: 'ready',
            commands: commands.map((c) => ({ name: c.name ?? '', description: c.description ?? '', shortcut: c.shortcut ?? '' })),
          }),
        () => alive && setState({ status: 'error' }),
      );
    return () => {
      alive = false;
    };
  }, []);
  return state;
}

/** The key assigned to a command, or '' when none (or not known yet). */
export function shortcutOf(state: ShortcutsState, name: string): string {
  return state.status === 'ready' ? (state.commands.find((c) => c.name === name)?.shortcut ?? '') : '';
}
