// WXT build configuration: manifest, permissions, modules.
import { defineConfig } from 'wxt';

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  imports: false,
  outDir: process.env.AIGUILLEUR_OUT_DIR || '.output',
  manifest: ({ browser }) => ({
    name: 'Aiguilleur',
    description: 'Qualifier, répondre, escalader et suivre les sollicitations SI SIAO depuis le CRM.',
    permissions: ['storage', 'clipboardWrite', 'activeTab'],
    host_permissions: [
      'https://app.hubspot.com/*',
      'https://app-eu1.hubspot.com/*',
      'https://basedeconnaissances.sisiao.dihal.gouv.fr/*',
    ],
    optional_host_permissions: ['https://*.zendesk.com/*', 'https://*.freshdesk.com/*', '*://*/*'],
    commands: {
      'toggle-sidebar': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: 'Ouvrir ou fermer la barre Aiguilleur',
      },
    },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'aiguilleur@sisiao.dihal.gouv.fr', strict_min_version: '115.0' } } }
      : {}),
  }),
});
