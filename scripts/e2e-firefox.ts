// Firefox ESR end to end, over WebDriver BiDi (puppeteer-core): the built add-on on the HubSpot demo — sidebar, ticket, suggestion, insertion, log.
// Usage: AIGUILLEUR_E2E=1 wxt build -b firefox && tsx scripts/e2e-firefox.ts   (npm run test:e2e:firefox does both)
import { readFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { randomUUID } from 'node:crypto';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { startFixtureServer, startFixtureProxy } from './fixture-server';
import { firefoxPath } from './chromium';
import { DEMO_TICKETS } from '../tests/fixtures/tickets/index';
import { hubspotUrl } from '../tests/e2e/pages/HubSpotDemo';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const EXTENSION_DIR = resolve(ROOT, process.env.AIGUILLEUR_OUT_DIR || '.output', 'firefox-mv2');
/** Every wait of a step ends within this time (the demo's editor bundle is built on first request). */
const STEP_TIMEOUT_MS = 30_000;
/** The whole run must stay well under two minutes. */
const RUN_TIMEOUT_MS = 110_000;

/** A failed step: French first (the project's language), English after for the logs. */
class StepError extends Error {}

interface Step {
  fr: string;
  en: string;
}

async function step<T>(s: Step, run: () => Promise<T>): Promise<T> {
  const started = Date.now();
  try {
    const out = await run();
    console.log(`  ✔ ${s.fr} (${Date.now() - started} ms)`);
    return out;
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    throw new StepError(`Échec : ${s.fr} / Failed: ${s.en}\n    ${detail}`);
  }
}

/** A function run in the page on the sidebar's shadow root (serialised: it sees only its arguments, `arg` as JSON). */
type ShadowFn<A, R> = (root: ShadowRoot, arg: A) => R;

/** Waits until `fn` returns a truthy value inside the sidebar's shadow root, and returns it. */
async function waitInSidebar<A, R>(page: Page, fn: ShadowFn<A, R>, arg: A): Promise<NonNullable<R>> {
  // A string expression: evaluated by the BiDi protocol itself, so the demo page's CSP (no eval) does not apply.
  const expression = `(() => {
    const root = document.querySelector('[data-aiguilleur-host]')?.shadowRoot;
    return root ? (${fn.toString()})(root, ${JSON.stringify(arg)}) || null : null;
  })()`;
  const handle = await page.waitForFunction(expression, { timeout: STEP_TIMEOUT_MS, polling: 100 });
  return (await handle.jsonValue()) as NonNullable<R>;
}

/** Clicks the first enabled element of the sidebar matching `selector` whose text contains `text` (is `text` when `exact`). */
async function clickInSidebar(page: Page, selector: string, text = '', exact = false): Promise<void> {
  await waitInSidebar(
    page,
    (root, [sel, t, whole]) => {
      const el = [...root.querySelectorAll<HTMLElement>(sel)].find((e) => {
        const content = (e.textContent ?? '').trim();
        return (whole ? content === t : content.includes(t)) && !(e as HTMLButtonElement).disabled;
      });
      if (!el) return false;
      el.click();
      return true;
    },
    [selector, text, exact] as const,
  );
}

/** The welcome page (opened at install) or any other page of the extension, by its real location (page.url() may lag). */
async function extensionTab(browser: Browser, origin: string): Promise<Page> {
  const end = Date.now() + STEP_TIMEOUT_MS;
  const seen: string[] = [];
  while (Date.now() < end) {
    for (const p of await browser.pages()) {
      const href = await p.evaluate(() => location.href).catch(() => '');
      if (href.startsWith(origin)) return p;
      seen.push(href);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`aucun onglet de l’extension (vus : ${[...new Set(seen)].join(', ')})`);
}

async function waitForDemoTicket(page: Page, ticketId: string): Promise<void> {
  await page.waitForFunction((id: string) => window.__demo?.currentTicketId() === id && window.__demo.editorReady(), { timeout: STEP_TIMEOUT_MS }, ticketId);
}

async function coreLoop(browser: Browser, extensionUuid: string): Promise<void> {
  const ticket = DEMO_TICKETS[0]!;
  const origin = `moz-extension://${extensionUuid}/`;
  const welcome = await step({ fr: 'la page de bienvenue s’ouvre à l’installation, en français', en: 'the welcome page opens at install, in French' }, async () => {
    const tab = await extensionTab(browser, origin);
    await tab.waitForFunction(() => document.readyState === 'complete' && document.title !== '', { timeout: STEP_TIMEOUT_MS });
    const { title, lang } = await tab.evaluate(() => ({ title: document.title, lang: document.documentElement.lang }));
    if (!lang.startsWith('fr') || !/Aiguilleur/.test(title)) throw new Error(`titre « ${title} », lang="${lang}"`);
    return tab;
  });
  const page = await browser.newPage();
  await page.bringToFront();

  await step({ fr: `ouvrir le ticket de démonstration HubSpot ${ticket.id}`, en: `open the HubSpot demo ticket ${ticket.id}` }, async () => {
    await page.goto(hubspotUrl(ticket.id));
    await waitForDemoTicket(page, ticket.id);
  });

  await step({ fr: 'la barre latérale s’ouvre dans sa racine fantôme (shadow root)', en: 'the sidebar opens in its shadow root' }, async () => {
    await clickInSidebar(page, '[data-testid="launcher"]');
    await waitInSidebar(page, (root) => root.querySelector('[data-testid="sidebar"]') !== null, null);
  });

  await step({ fr: 'la barre est en français et en Marianne', en: 'the sidebar is in French, in Marianne' }, async () => {
    const lang = await waitInSidebar(page, (root) => root.host.getAttribute('lang') ?? 'absent', null);
    if (!lang.startsWith('fr')) throw new Error(`lang="${lang}" (attendu : fr)`);
    const fonts = await page.evaluate(async () => {
      const faces = await document.fonts.load('normal 400 16px "Marianne Aiguilleur"');
      return faces.map((f) => f.status);
    });
    if (!fonts.includes('loaded')) throw new Error(`police Marianne non chargée / Marianne not loaded: ${JSON.stringify(fonts)}`);
  });

  await step({ fr: 'la barre lit le ticket (objet affiché)', en: 'the sidebar reads the ticket (subject shown)' }, async () => {
    const key = `hubspot:${ticket.id}`;
    await waitInSidebar(page, (root, k) => root.querySelector(`[data-testid="suggestions"][data-ticket-key="${k}"]`) !== null, key);
    const subject = await waitInSidebar(page, (root) => root.querySelector('[data-testid="ticket-subject"]')?.textContent, null);
    if (subject !== ticket.subject) throw new Error(`objet lu « ${subject} », attendu « ${ticket.subject} »`);
  });

  await step({ fr: 'une ligne de la nomenclature est suggérée', en: 'a nomenclature row is suggested' }, async () => {
    const rowId = await waitInSidebar(page, (root) => root.querySelector('[data-testid="suggestions"] button.ag-suggestion')?.getAttribute('data-row-id'), null);
    if (rowId !== ticket.expected.rowId) throw new Error(`suggestion ${rowId}, attendu ${ticket.expected.rowId}`);
  });

  const template = await step({ fr: 'la réponse type est préparée au prénom du demandeur', en: 'the template is filled with the requester’s first name' }, async () => {
    const firstName = ticket.requester.name.split(' ')[0]!;
    const text = await waitInSidebar(page, (root) => (root.querySelector('[data-testid="template-text"]') as HTMLTextAreaElement | null)?.value, null);
    if (!text.startsWith(`Bonjour ${firstName},`)) throw new Error(`réponse type : « ${text.slice(0, 80)} »`);
    return text;
  });

  await step({ fr: 'Insérer met la réponse dans l’éditeur ProseMirror', en: 'Insérer puts the template into the ProseMirror composer' }, async () => {
    await page.bringToFront();
    await page.click('[data-test-id="composer"] .ProseMirror');
    await page.keyboard.type('Note : ');
    await page
      .waitForFunction(() => window.__demo!.editorText() === 'Note : ', { timeout: STEP_TIMEOUT_MS })
      .catch(async () => {
        throw new Error(`la frappe n’est pas arrivée dans l’éditeur : « ${await page.evaluate(() => window.__demo!.editorText())} »`);
      });
    // The main-world bridge (page-bridge.js, from the extension) answers: only the main world emits these events.
    await page.evaluate(() => {
      const w = window as unknown as { __bridgeAnswers: string[] };
      w.__bridgeAnswers = [];
      document.addEventListener('aiguilleur:insert-response', (e) => w.__bridgeAnswers.push(String((e as CustomEvent).detail)));
    });
    await clickInSidebar(page, '[data-testid="insert"]');
    // A draft « à relire » asks for one confirmation before its first insertion of the day.
    const first = await waitInSidebar(
      page,
      (root) => (root.querySelector('[data-testid="review-confirm-ok"]') ? 'confirm' : root.querySelector('[data-testid="insert-status"]') ? 'status' : null),
      null,
    );
    if (first === 'confirm') await clickInSidebar(page, '[data-testid="review-confirm-ok"]');
    const status = await waitInSidebar(page, (root) => root.querySelector('[data-testid="insert-status"]')?.textContent, null);
    if (!status.includes("insérée")) throw new Error(`statut « ${status} », éditeur « ${await page.evaluate(() => window.__demo!.editorText())} »`);
    const text = await page.evaluate(() => window.__demo!.editorText());
    const firstLine = template.split('\n')[0]!;
    if (!text.startsWith(`Note : ${firstLine}`)) throw new Error(`éditeur : « ${text.slice(0, 120)} »`);
    const bridge = await page.evaluate(() => ({
      src: document.querySelector('script[src$="/page-bridge.js"]')?.getAttribute('src') ?? '',
      answers: (window as unknown as { __bridgeAnswers: string[] }).__bridgeAnswers,
    }));
    if (!bridge.src.startsWith('moz-extension://')) throw new Error(`pont page-bridge.js absent : « ${bridge.src} »`);
    const answer = bridge.answers.length === 1 ? (JSON.parse(bridge.answers[0]!) as { result: { method: string; verified: boolean } }).result : null;
    if (answer?.method !== 'prosemirror' || !answer.verified) throw new Error(`insertion hors du pont : ${JSON.stringify(bridge.answers)}`);
    const lastLine = template.trim().split('\n').pop()!.trim();
    if (!(await page.evaluate((t: string) => window.__demo!.caretAfter(t), lastLine))) throw new Error('le curseur n’est pas après la réponse');
  });

  await step({ fr: 'Copier met la réponse dans le presse-papiers', en: 'Copier puts the template on the clipboard' }, async () => {
    await page.evaluate(() => navigator.clipboard.writeText('vide'));
    await clickInSidebar(page, 'button', 'Copier', true);
    await waitInSidebar(page, (root) => /copiée/.test(root.querySelector('[data-testid="insert-status"]')?.textContent ?? ''), null);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    if (copied.trim() !== template.trim()) throw new Error(`presse-papiers : « ${copied.slice(0, 80)} »`);
  });

  await step({ fr: 'la sollicitation s’enregistre et apparaît dans Suivi', en: 'the solicitation is logged and shows in Suivi' }, async () => {
    await clickInSidebar(page, '[role="group"][aria-label="Enregistrer la sollicitation"] button', 'Résolu : oui');
    await waitInSidebar(page, (root) => /enregistr/i.test(root.querySelector('[data-testid="solicitation-panel"]')?.textContent ?? ''), null);
    // WebDriver may not navigate a tab to moz-extension:// URLs; an extension page may: the welcome page goes to Suivi.
    await welcome.bringToFront();
    const suivi = welcome;
    await suivi.evaluate((url: string) => location.assign(url), `${origin}suivi.html`);
    await suivi.waitForFunction((url: string) => location.href === url && document.readyState === 'complete', { timeout: STEP_TIMEOUT_MS }, `${origin}suivi.html`);
    const rows = await suivi.waitForFunction(
      () => [...document.querySelectorAll('[data-testid="history-row"]')].map((r) => r.textContent ?? ''),
      { timeout: STEP_TIMEOUT_MS, polling: 100 },
    );
    const texts = (await rows.jsonValue()) as string[];
    if (texts.length !== 1 || !texts[0]!.includes(ticket.structure)) throw new Error(`lignes de Suivi : ${JSON.stringify(texts)}`);
    const title = await suivi.title();
    if (!title.includes('Suivi')) throw new Error(`titre de la page Suivi : « ${title} »`);
  });
}

function geckoId(): string {
  const manifestFile = resolve(EXTENSION_DIR, 'manifest.json');
  if (!existsSync(manifestFile)) {
    throw new StepError(`Extension Firefox non construite : lancez « AIGUILLEUR_E2E=1 npx wxt build -b firefox » (attendu : ${manifestFile}).`);
  }
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as { browser_specific_settings?: { gecko?: { id?: string } } };
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (!id) throw new StepError('manifest.json sans browser_specific_settings.gecko.id : ce n’est pas la version Firefox.');
  return id;
}

async function main(): Promise<number> {
  const started = Date.now();
  const id = geckoId();
  const uuid = randomUUID();
  const server = await startFixtureServer();
  const proxy = await startFixtureProxy(server);
  let browser: Browser | null = null;
  const timer = setTimeout(() => {
    console.error(`Échec : le test Firefox a dépassé ${RUN_TIMEOUT_MS / 1000} s / Failed: the Firefox run timed out.`);
    void browser?.close().finally(() => process.exit(1));
  }, RUN_TIMEOUT_MS);
  try {
    const executablePath = firefoxPath();
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath,
      headless: true,
      acceptInsecureCerts: true,
      // Wide enough for the composer to stay beside the sidebar, not under it.
      defaultViewport: { width: 1280, height: 800 },
      extraPrefsFirefox: {
        ...proxy.firefoxPrefs,
        // A known moz-extension:// host for the extension pages.
        'extensions.webextensions.uuids': JSON.stringify({ [id]: uuid }),
        // The browser's own language stays English: the extension must be French anyway.
        'intl.locale.requested': 'en-US',
        // Lets the run read the clipboard back without Firefox's paste prompt.
        'dom.events.testing.asyncClipboard': true,
      },
    });
    const version = await browser.version();
    console.log(`Firefox : ${version} (${executablePath}), extension ${EXTENSION_DIR}`);
    await step({ fr: 'installer le module temporaire', en: 'install the temporary add-on' }, async () => {
      const installed = await browser!.installExtension(EXTENSION_DIR);
      if (installed !== id) throw new Error(`identifiant ${installed}, attendu ${id}`);
    });
    await coreLoop(browser, uuid);
    console.log(`Firefox : boucle principale réussie en ${((Date.now() - started) / 1000).toFixed(1)} s.`);
    console.log('1 passed, 0 failed');
    return 0;
  } catch (err) {
    console.error(err instanceof StepError ? err.message : err);
    console.log('0 passed, 1 failed');
    return 1;
  } finally {
    clearTimeout(timer);
    await browser?.close().catch(() => {});
    await proxy.close();
    await server.close();
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exit(await main());
