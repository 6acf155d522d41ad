// The extension pages linked from the header navigation, and which one is shown.
import type { MessageKey } from '@/lib/i18n';

export interface ExtensionPage {
  id: 'welcome' | 'options' | 'suivi';
  /** Path inside the built extension. */
  href: `/${string}.html`;
  label: MessageKey;
}

export const EXTENSION_PAGES: readonly ExtensionPage[] = [
  { id: 'options', href: '/options.html', label: 'navOptions' },
  { id: 'suivi', href: '/suivi.html', label: 'navSuivi' },
  { id: 'welcome', href: '/welcome.html', label: 'navWelcome' },
];

/** The page whose file is `pathname`'s last segment, if it is one of ours. */
export function currentExtensionPage(pathname: string): ExtensionPage['id'] | undefined {
  const file = pathname.split('/').pop() ?? '';
  return EXTENSION_PAGES.find((p) => p.href === `/${file}`)?.id;
}
