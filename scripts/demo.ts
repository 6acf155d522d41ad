// `npm run demo`: builds the extension, serves the demo CRM and opens Chromium with Aiguilleur loaded on it.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { startFixtureServer } from './fixture-server';
import { chromiumPath, BASE_CHROMIUM_ARGS, extensionArgs } from './chromium';

const outDir = process.env.AIGUILLEUR_OUT_DIR || '.output';
const extensionDir = resolve(outDir, 'chrome-mv3');
const headless = process.env.HEADLESS === '1' || !process.env.DISPLAY;

/** Prints how long the step that just ended took, in seconds, on the same terminal as the step's title. */
let stepStart = performance.now();
function stepDone(): void {
  console.log(`   terminé en ${((performance.now() - stepStart) / 1000).toFixed(1).replace('.', ',')} s`);
  stepStart = performance.now();
}

console.log('1/3 Construction de l’extension…');
const built = spawnSync('npx', ['wxt', 'build'], { stdio: 'inherit', env: { ...process.env, AIGUILLEUR_OUT_DIR: outDir } });
if (built.status !== 0) process.exit(built.status ?? 1);
stepDone();

console.log('2/3 Démarrage du CRM de démonstration…');
const server = await startFixtureServer();
stepDone();

console.log(`3/3 Ouverture de Chromium (${headless ? 'sans affichage' : 'fenêtre'})…`);
const context = await chromium.launchPersistentContext('', {
  executablePath: chromiumPath(),
  headless,
  viewport: { width: 1400, height: 900 },
  args: [...BASE_CHROMIUM_ARGS, ...extensionArgs(extensionDir), ...server.chromiumArgs],
});
const page = context.pages()[0] ?? (await context.newPage());
await page.goto('https://app.hubspot.com/');
const launcher = page.locator('[data-testid="launcher"]');
await launcher.waitFor({ timeout: 15_000 });
if ((await launcher.getAttribute('aria-expanded')) !== 'true') await launcher.click();
await page.locator('[data-testid="suggestions"]').waitFor({ timeout: 15_000 });
stepDone();

if (headless) {
  mkdirSync(resolve('test-results'), { recursive: true });
  const shot = resolve('test-results/demo-sidebar.png');
  await page.screenshot({ path: shot });
  console.log(`Pas d’affichage : capture de la barre ouverte sur le ticket de démonstration → ${shot}`);
  await context.close();
  await server.close();
} else {
  console.log('Démonstration ouverte. Fermez la fenêtre de Chromium pour terminer.');
  context.on('close', () => void server.close().then(() => process.exit(0)));
}
