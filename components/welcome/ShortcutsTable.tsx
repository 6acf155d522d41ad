// Welcome page: the keyboard shortcuts really assigned in this browser, and a way to change them.
import { useState } from 'react';
import { browser } from 'wxt/browser';
import { t } from '@/lib/i18n';
import type { Shortcut, ShortcutsState } from './useShortcuts';

const EXECUTE_ACTION_COMMANDS = new Set(['_execute_action', '_execute_browser_action', '_execute_page_action']);

function describe(command: Shortcut): string {
  if (EXECUTE_ACTION_COMMANDS.has(command.name)) return t('shortcutExecuteAction');
  return command.description || command.name;
}

/** Opens the browser's shortcut settings: Firefox has an API for it, Chromium browsers a page. */
async function openShortcutSettings(): Promise<void> {
  const commands = browser.commands as { openShortcutSettings?: () => Promise<void> };
  if (typeof commands.openShortcutSettings === 'function') {
    await commands.openShortcutSettings();
    return;
  }
  await browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
}

export function ShortcutsTable({ shortcuts }: { shortcuts: ShortcutsState }) {
  const [openFailed, setOpenFailed] = useState(false);
  return (
    <section className="fr-mt-6w" aria-labelledby="raccourcis">
      <h2 id="raccourcis">{t('shortcutsTitle')}</h2>
      {shortcuts.status === 'loading' && <p>{t('shortcutsLoading')}</p>}
      {shortcuts.status === 'error' && (
        <div className="fr-alert fr-alert--warning fr-alert--sm">
          <p>{t('shortcutsError')}</p>
        </div>
      )}
      {shortcuts.status === 'ready' && (
        <div className="fr-table fr-table--no-caption">
          <table data-testid="shortcuts">
            <caption>{t('shortcutsCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('shortcutsColAction')}</th>
                <th scope="col">{t('shortcutsColKeys')}</th>
              </tr>
            </thead>
            <tbody>
              {shortcuts.commands.map((c) => (
                <tr key={c.name}>
                  <th scope="row">{describe(c)}</th>
                  <td>{c.shortcut ? <kbd>{c.shortcut}</kbd> : t('shortcutNone')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p className="fr-hint-text">{t('shortcutsCustomizeHint')}</p>
      <button
        type="button"
        className="fr-btn fr-btn--secondary"
        onClick={() => {
          setOpenFailed(false);
          openShortcutSettings().catch(() => setOpenFailed(true));
        }}
      >
        {t('shortcutsCustomize')}
      </button>
      <div aria-live="polite">
        {openFailed && (
          <div className="fr-alert fr-alert--error fr-alert--sm fr-mt-2w">
            <p>{t('shortcutsOpenError')}</p>
          </div>
        )}
      </div>
    </section>
  );
}
