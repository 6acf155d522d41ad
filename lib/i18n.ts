// Message helper: the one French catalogue (public/_locales/fr), whatever the browser's language; also used by the manifest's __MSG_ keys.
import frenchMessages from '@/public/_locales/fr/messages.json';

export type MessageKey = keyof typeof frenchMessages;
export type Substitutions = string | readonly string[];

/** The extension's only messages: every screen is in French, whatever the browser's language. */
export const FRENCH_MESSAGES: Readonly<Record<MessageKey, { message: string; description?: string }>> = frenchMessages;

/** Replaces `$1`…`$9` by the substitutions and `$$` by `$`, as browser.i18n.getMessage does. */
export function substitute(template: string, substitutions?: Substitutions): string {
  const subs = substitutions === undefined ? [] : typeof substitutions === 'string' ? [substitutions] : substitutions;
  return template.replace(/\$(\$|[1-9])/g, (_m, g: string) => (g === '$' ? '$' : (subs[Number(g) - 1] ?? '')));
}

/** The French message `key`, with its substitutions. */
export function t(key: MessageKey, substitutions?: Substitutions): string {
  const entry = FRENCH_MESSAGES[key] as { message: string } | undefined;
  return entry ? substitute(entry.message, substitutions) : key;
}

/** Language of the messages `t` returns, for the `lang` attribute: always French. */
export function messagesLanguage(): string {
  return t('lang');
}
