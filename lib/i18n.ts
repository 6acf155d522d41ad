// Translation helper: the browser's i18n messages (French by default, English second) with the French text as fallback.
import { browser } from 'wxt/browser';
import frenchMessages from '@/public/_locales/fr/messages.json';

export type MessageKey = keyof typeof frenchMessages;
export type Substitutions = string | readonly string[];

/** The default locale's messages, used when the browser API is missing (unit tests, Node) or has no such key. */
export const FRENCH_MESSAGES: Readonly<Record<MessageKey, { message: string; description?: string }>> = frenchMessages;

/** Replaces `$1`…`$9` by the substitutions and `$$` by `$`, as browser.i18n.getMessage does. */
export function substitute(template: string, substitutions?: Substitutions): string {
  const subs = substitutions === undefined ? [] : typeof substitutions === 'string' ? [substitutions] : substitutions;
  return template.replace(/\$(\$|[1-9])/g, (_m, g: string) => (g === '$' ? '$' : (subs[Number(g) - 1] ?? '')));
}

type GetMessage = (key: string, substitutions?: string | string[]) => string;

function browserGetMessage(): GetMessage | null {
  try {
    const fn = (browser as { i18n?: { getMessage?: GetMessage } } | undefined)?.i18n?.getMessage;
    return typeof fn === 'function' ? fn : null;
  } catch {
    return null;
  }
}

/** The message `key` in the browser's language (fr or en), falling back to French. */
export function t(key: MessageKey, substitutions?: Substitutions): string {
  const getMessage = browserGetMessage();
  if (getMessage) {
    try {
      const subs = substitutions === undefined ? undefined : typeof substitutions === 'string' ? substitutions : [...substitutions];
      const message = getMessage(key, subs);
      if (message) return message;
    } catch {
      // Not in an extension context, or a fake browser without i18n: use the French text.
    }
  }
  const entry = FRENCH_MESSAGES[key] as { message: string } | undefined;
  return entry ? substitute(entry.message, substitutions) : key;
}

/** Language of the messages `t` returns ("fr" or "en"), for the `lang` attribute. */
export function messagesLanguage(): string {
  return t('lang');
}
