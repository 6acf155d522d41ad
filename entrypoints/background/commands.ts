// Keyboard commands (rebindable in the browser): Alt+Shift+S toggles the sidebar of the active tab (injecting it where
// needed), Alt+Shift+I inserts its réponse type. End-to-end builds expose the same runner to the tests.
import { browser } from 'wxt/browser';
import { sendMessage } from '@/lib/messaging';
import { injectSidebar } from './sites';

const COMMANDS = { toggle: 'toggle-sidebar', insert: 'insert-answer' } as const;

async function send(tabId: number, message: 'toggleSidebar' | 'insertAnswer'): Promise<void> {
  try {
    await sendMessage(message, undefined, tabId);
  } catch {
    // No sidebar in this tab yet (a page without the content script): inject it, then ask again.
    if (await injectSidebar(tabId)) {
      await new Promise((r) => setTimeout(r, 300));
      await sendMessage(message, undefined, tabId).catch(() => {});
    }
  }
}

async function activeTabId(): Promise<number | undefined> {
  const [t] = await browser.tabs.query({ active: true, currentWindow: true });
  return t?.id;
}

/** Runs a command on a tab (the active one when not given). */
export async function runCommand(command: string, tabId?: number): Promise<void> {
  const message = command === COMMANDS.toggle ? 'toggleSidebar' : command === COMMANDS.insert ? 'insertAnswer' : null;
  if (!message) return;
  const id = tabId ?? (await activeTabId());
  if (id !== undefined) await send(id, message);
}

export function registerCommandHandlers(): void {
  browser.commands?.onCommand.addListener((command, tab) => void runCommand(command, tab?.id));
  // Tests cannot press a browser-level shortcut: the E2E build lets them run a command by name.
  if (import.meta.env.AIGUILLEUR_E2E === '1') {
    (globalThis as unknown as { __aiguilleurRunCommand?: typeof runCommand }).__aiguilleurRunCommand = runCommand;
  }
}
