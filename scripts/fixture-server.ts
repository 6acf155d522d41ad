// Local HTTPS server for the demo CRM, editor and form fixtures: one site per host name, TS entry files bundled on the fly.
import { createServer, type Server } from 'node:https';
import { createServer as createHttpServer } from 'node:http';
import { connect, type Socket } from 'node:net';
import { readFileSync, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
export const SITES_DIR = join(ROOT, 'tests/fixtures/sites');

/** Host names served here; Chromium maps them to this server with --host-resolver-rules. */
export const FIXTURE_HOSTS = [
  'app.hubspot.com',
  'aiguilleur-demo.zendesk.com',
  'aiguilleur-demo.freshdesk.com',
  'basedeconnaissances.sisiao.dihal.gouv.fr',
  'editors.test',
] as const;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

const bundles = new Map<string, Promise<string>>();

function bundle(entry: string): Promise<string> {
  let out = bundles.get(entry);
  if (!out) {
    out = build({
      entryPoints: [entry],
      bundle: true,
      write: false,
      format: 'iife',
      target: 'es2022',
      jsx: 'automatic',
      loader: { '.css': 'text' },
      define: { 'process.env.NODE_ENV': '"development"' },
      logLevel: 'silent',
    }).then((r) => r.outputFiles[0]!.text);
    out.catch(() => bundles.delete(entry));
    bundles.set(entry, out);
  }
  return out;
}

function siteDir(host: string): string {
  const name = host.split(':')[0] ?? '';
  return join(SITES_DIR, name);
}

/** Resolves a request path to a file of the site: static file, `x.js` bundled from `x.ts(x)`, or the SPA's index.html. */
export function resolveFixture(host: string, pathname: string): { file: string; bundle: boolean } | null {
  const dir = siteDir(host);
  if (!existsSync(dir)) return null;
  const safe = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
  const file = join(dir, safe);
  if (!file.startsWith(dir)) return null;
  if (existsSync(file) && statSync(file).isFile()) return { file, bundle: false };
  if (existsSync(file) && statSync(file).isDirectory() && existsSync(join(file, 'index.html'))) {
    return { file: join(file, 'index.html'), bundle: false };
  }
  if (extname(file) === '.js') {
    for (const ext of ['.ts', '.tsx']) {
      const src = file.slice(0, -3) + ext;
      if (existsSync(src)) return { file: src, bundle: true };
    }
  }
  if (!extname(file)) {
    // Single-page apps: the closest index.html up the path.
    let d = file;
    while (d.startsWith(dir)) {
      if (existsSync(join(d, 'index.html'))) return { file: join(d, 'index.html'), bundle: false };
      d = join(d, '..');
    }
  }
  return null;
}

export interface FixtureServer {
  port: number;
  server: Server;
  /** Chromium flags mapping every fixture host to this server. */
  chromiumArgs: string[];
  close(): Promise<void>;
}

/** Extra response headers per path prefix (e.g. a strict CSP page): `{ '/csp/': { 'Content-Security-Policy': … } }`. */
export type HeaderRules = Record<string, Record<string, string>>;

export function loadHeaderRules(host: string): HeaderRules {
  const f = join(siteDir(host), '_headers.json');
  return existsSync(f) ? (JSON.parse(readFileSync(f, 'utf8')) as HeaderRules) : {};
}

export async function startFixtureServer(port = 0): Promise<FixtureServer> {
  const certs = join(ROOT, 'tests/fixtures/certs');
  const server = createServer(
    { key: readFileSync(join(certs, 'key.pem')), cert: readFileSync(join(certs, 'cert.pem')) },
    (req, res) => {
      const host = req.headers.host ?? '';
      const url = new URL(req.url ?? '/', `https://${host}`);
      const hit = resolveFixture(host, url.pathname);
      if (!hit) {
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('introuvable');
        return;
      }
      const headers: Record<string, string> = { 'cache-control': 'no-store' };
      for (const [prefix, extra] of Object.entries(loadHeaderRules(host))) {
        if (url.pathname.startsWith(prefix)) Object.assign(headers, extra);
      }
      if (hit.bundle) {
        bundle(hit.file).then(
          (js) => res.writeHead(200, { ...headers, 'content-type': TYPES['.js']! }).end(js),
          (err: unknown) => res.writeHead(500, { 'content-type': 'text/plain' }).end(String(err)),
        );
        return;
      }
      const type = TYPES[extname(hit.file)] ?? 'application/octet-stream';
      res.writeHead(200, { ...headers, 'content-type': type }).end(readFileSync(hit.file));
    },
  );
  await new Promise<void>((ok) => server.listen(port, '127.0.0.1', ok));
  const address = server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  const rules = FIXTURE_HOSTS.map((h) => `MAP ${h} 127.0.0.1:${actual}`).join(', ');
  return {
    port: actual,
    server,
    chromiumArgs: [`--host-resolver-rules=${rules}`, '--ignore-certificate-errors'],
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}

export interface FixtureProxy {
  port: number;
  /** Firefox preferences sending every HTTPS request through this proxy (Firefox has no --host-resolver-rules). */
  firefoxPrefs: Record<string, string | number | boolean>;
  close(): Promise<void>;
}

/**
 * An HTTP CONNECT proxy that tunnels the fixture hosts to the fixture server and refuses every other host, so that a
 * browser without host-resolver flags (Firefox) reaches the demo sites under their real names and nothing else.
 */
export async function startFixtureProxy(target: FixtureServer): Promise<FixtureProxy> {
  const sockets = new Set<Socket>();
  const proxy = createHttpServer((_req, res) => res.writeHead(405, { 'content-type': 'text/plain' }).end('CONNECT seulement'));
  proxy.on('connect', (req, client: Socket) => {
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    const host = (req.url ?? '').replace(/:\d+$/, '');
    if (!(FIXTURE_HOSTS as readonly string[]).includes(host)) {
      client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    const upstream = connect(target.port, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.pipe(client);
      client.pipe(upstream);
    });
    sockets.add(upstream);
    upstream.on('close', () => sockets.delete(upstream));
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  await new Promise<void>((ok) => proxy.listen(0, '127.0.0.1', ok));
  const address = proxy.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    port,
    firefoxPrefs: {
      'network.proxy.type': 1,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': port,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': port,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
    },
    close: () =>
      new Promise<void>((ok) => {
        for (const s of sockets) s.destroy();
        proxy.close(() => ok());
      }),
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.PORT ?? 0);
  const s = await startFixtureServer(port);
  console.log(`Serveur de démonstration sur https://127.0.0.1:${s.port}`);
  console.log(s.chromiumArgs.join(' '));
}
