// Keyboard command (Alt+Shift+S by default, rebindable in the browser): toggles the sidebar of the active tab, injecting it where needed.
import { browser } from 'wxt/browser';
import { sendMessage } from '@/lib/messaging';
import { injectSidebar } from './sites';

async function toggle(tabId: number): Promise<void> {
  try {
    await sendMessage('toggleSidebar', undefined, tabId);
  } catch {
    // No sidebar in this tab yet (a page without the content script): inject it, then open it.
    if (await injectSidebar(tabId)) {
      await new Promise((r) => setTimeout(r, 300));
      await sendMessage('toggleSidebar', undefined, tabId).catch(() => {});
    }
  }
}

export function registerCommandHandlers(): void {
  browser.commands?.onCommand.addListener((command, tab) => {
    if (command !== 'toggle-sidebar') return;
    if (tab?.id !== undefined) void toggle(tab.id);
    else
      void browser.tabs.query({ active: true, currentWindow: true }).then(([t]) => {
        if (t?.id !== undefined) void toggle(t.id);
      });
  });
}
