// The help-desk sites beyond HubSpot that the référent may allow (optional host permissions) and their match patterns.
export interface OptionalSite {
  id: 'zendesk' | 'freshdesk';
  label: string;
  origins: string[];
}

export const OPTIONAL_SITES: readonly OptionalSite[] = [
  { id: 'zendesk', label: 'Zendesk (espace agent)', origins: ['https://*.zendesk.com/*'] },
  { id: 'freshdesk', label: 'Freshdesk', origins: ['https://*.freshdesk.com/*'] },
];

/** Hosts that always have the sidebar (declared in the manifest). */
export const BUILT_IN_ORIGINS = ['https://app.hubspot.com/*', 'https://app-eu1.hubspot.com/*'];

/** Of the granted origins, those where the sidebar's content script must be registered at run time. */
export function originsToRegister(granted: readonly string[]): string[] {
  const known = new Set(OPTIONAL_SITES.flatMap((s) => s.origins));
  return granted.filter((o) => known.has(o)).sort();
}
