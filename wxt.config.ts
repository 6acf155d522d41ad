// WXT build configuration: manifest (minimal permissions, strict CSP, i18n, Firefox settings), sidebar fonts, zip archives.
import { defineConfig } from 'wxt';
import { resolve } from 'node:path';
import { SIDEBAR_FONT_FACES } from './components/sidebar-fonts';
import { dsfrFontsVitePlugin, dsfrFontsSourceDir, dsfrWoff2Files, FONTS_DIR } from './scripts/dsfr-fonts';

/** Hosts granted at install: the DIHAL help desk (HubSpot) and its knowledge base. */
const HOST_PERMISSIONS = [
  'https://app.hubspot.com/*',
  'https://app-eu1.hubspot.com/*',
  'https://basedeconnaissances.sisiao.dihal.gouv.fr/*',
];

/**
 * End-to-end builds only (AIGUILLEUR_E2E=1): the optional help desks are granted at install, as if the référent had allowed
 * them in the options, so the tests exercise the run-time registration of the sidebar on Zendesk and Freshdesk.
 */
const E2E_GRANTED = process.env.AIGUILLEUR_E2E === '1' ? ['https://*.zendesk.com/*', 'https://*.freshdesk.com/*'] : [];

/** Hosts asked for at run time, from the options page (« Sites autorisés »). */
const OPTIONAL_HOST_PERMISSIONS = ['https://*.zendesk.com/*', 'https://*.freshdesk.com/*', '*://*/*'];

/** Hosts whose pages may load the web-accessible files: the help desks the sidebar mounts on, and the knowledge base, not every site. */
export const WEB_ACCESSIBLE_HOSTS = [...HOST_PERMISSIONS, 'https://*.zendesk.com/*', 'https://*.freshdesk.com/*'];

/** `use_dynamic_url` where Chrome supports it; Firefox's MV2 manifest has no such key. */
function dynamicUrl(browser: string): { use_dynamic_url?: true } {
  return browser === 'firefox' ? {} : { use_dynamic_url: true };
}

/** Extension pages run only the extension's own code: no remote script, no eval, no inline script or style. */
const EXTENSION_PAGES_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  // Pack updates from the URL chosen in the options (https only).
  "connect-src 'self' https:",
].join('; ');

const GECKO_ID = 'aiguilleur@sisiao.dihal.gouv.fr';

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  imports: false,
  outDir: process.env.AIGUILLEUR_OUT_DIR || '.output',
  // Optional comma-separated list of entrypoints to build (e.g. "background,welcome") while others are mid-edit.
  ...(process.env.AIGUILLEUR_ENTRYPOINTS ? { filterEntrypoints: process.env.AIGUILLEUR_ENTRYPOINTS.split(',') } : {}),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    short_name: 'Aiguilleur',
    description: '__MSG_extDescription__',
    default_locale: 'fr',
    homepage_url: 'https://basedeconnaissances.sisiao.dihal.gouv.fr/',
    permissions: ['storage', 'clipboardWrite', 'activeTab', 'alarms', 'scripting'],
    host_permissions: [...HOST_PERMISSIONS, ...E2E_GRANTED],
    optional_host_permissions: OPTIONAL_HOST_PERMISSIONS,
    // MV2 (Firefox) has no optional_host_permissions: host patterns go in optional_permissions.
    ...(browser === 'firefox' ? { optional_permissions: OPTIONAL_HOST_PERMISSIONS } : {}),
    content_security_policy: { extension_pages: EXTENSION_PAGES_CSP },
    action: { default_title: '__MSG_actionTitle__' },
    commands: {
      'toggle-sidebar': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: '__MSG_commandToggleSidebar__',
      },
      'insert-answer': {
        suggested_key: { default: 'Alt+Shift+I' },
        description: '__MSG_commandInsertAnswer__',
      },
    },
    // Only the help desks and the knowledge base may load these files (not *://*/*), so that other sites cannot probe for the extension;
    // Chrome also serves them under a per-session id (use_dynamic_url). Firefox MV2 has a flat list, and a random
    // moz-extension:// host per installation already.
    web_accessible_resources: [
      // Marianne for the shadow-root sidebar (components/sidebar-fonts.ts).
      { resources: SIDEBAR_FONT_FACES.map((f) => f.path), matches: WEB_ACCESSIBLE_HOSTS, ...dynamicUrl(browser) },
      // Main-world insertion bridge (entrypoints/page-bridge.ts), injected by the content script (lib/insert/bridge.ts).
      { resources: ['page-bridge.js'], matches: WEB_ACCESSIBLE_HOSTS, ...dynamicUrl(browser) },
    ],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              strict_min_version: '140.0',
              // Ticket content never leaves the machine: nothing is collected.
              data_collection_permissions: { required: ['none'] },
            },
            // data_collection_permissions needs Firefox for Android 142.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  vite: () => ({
    plugins: [dsfrFontsVitePlugin()],
    // Read by entrypoints/background/commands.ts: the test-only command runner exists in E2E builds only.
    define: { 'import.meta.env.AIGUILLEUR_E2E': JSON.stringify(process.env.AIGUILLEUR_E2E === '1' ? '1' : '') },
  }),
  hooks: {
    // Copies the DSFR fonts (woff2) into fonts/: used by the pages' DSFR stylesheet and, for Marianne, by the sidebar.
    // No font binaries in the repository.
    'build:publicAssets': (wxt, files) => {
      const sourceDir = dsfrFontsSourceDir(wxt.config.root);
      for (const file of dsfrWoff2Files(wxt.config.root)) {
        files.push({ absoluteSrc: resolve(sourceDir, file), relativeDest: `${FONTS_DIR}/${file}` });
      }
    },
  },
  zip: {
    artifactTemplate: '{{name}}-{{version}}-{{browser}}.zip',
    sourcesTemplate: '{{name}}-{{version}}-sources.zip',
    // Dot folders (.output*, .wxt, .git) are left out by default; node_modules and the out dir too.
    excludeSources: [
      'test-results/**',
      'playwright-report/**',
      'coverage/**',
      'stats.html',
      '**/*.log',
      'tmp/**',
      // Tests, fixture sites and corpora are not needed to rebuild the extension.
      'tests/**',
    ],
  },
});
