// Pack updates against a local HTTP server: refused remote pack keeps the old one, ETag 304, downgrade, offline cache.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PackManager, type PackCacheStore } from '@/lib/pack/manager';
import { comparePackVersions, isDowngrade } from '@/lib/pack/version';
import { fetchPack, PackFetchError } from '@/lib/pack/fetch';
import type { PackCacheRow } from '@/lib/pack/cache';
import { AiguilleurDb } from '@/lib/db';
import { dexiePackCache } from '@/lib/pack/cache-store';
import { freshPack, type AnyPack } from './_pack';

/** What the server serves at /pack.json, its ETag and the requests it saw. */
const served: { body: string; etag: string; status?: number; requests: { ifNoneMatch?: string }[] } = { body: '', etag: '', requests: [] };
let server: Server;
let base = '';

beforeAll(async () => {
  server = createServer((req, res) => {
    const inm = req.headers['if-none-match'];
    served.requests.push(inm ? { ifNoneMatch: String(inm) } : {});
    if (served.status) { res.writeHead(served.status); res.end('erreur'); return; }
    if (inm && inm === served.etag) { res.writeHead(304, { ETag: served.etag }); res.end(); return; }
    res.writeHead(200, { 'Content-Type': 'application/json', ETag: served.etag });
    res.end(served.body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

function serve(pack: AnyPack, etag: string) {
  served.body = JSON.stringify(pack);
  served.etag = etag;
  delete served.status;
}

function memoryCache(): PackCacheStore & { rows: Map<string, PackCacheRow> } {
  const rows = new Map<string, PackCacheRow>();
  return { rows, get: async (k) => rows.get(k), put: async (r) => { rows.set(r.key, r); } };
}

function withVersion(version: string, mutate?: (p: AnyPack) => void) {
  const p = freshPack();
  p.version = version;
  mutate?.(p);
  return p;
}

describe('versions', () => {
  it('compares numerically per component', () => {
    expect(comparePackVersions('2026.10.0', '2026.9.3')).toBe(1);
    expect(comparePackVersions('1.2.3', '1.2.3')).toBe(0);
    expect(comparePackVersions('1.2.3', '1.10.0')).toBe(-1);
    expect(isDowngrade('2026.11.1', '2026.11.0')).toBe(true);
    expect(isDowngrade('2026.11.1', '2027.1.0')).toBe(false);
  });
});

describe('PackManager with a URL source', () => {
  let cache: ReturnType<typeof memoryCache>;
  let m: PackManager;
  const url = () => `${base}/pack.json`;

  beforeEach(async () => {
    served.requests = [];
    cache = memoryCache();
    m = new PackManager({ bundled: withVersion('2026.11.1'), cache });
    await m.setSource({ kind: 'url', url: url() });
  });

  it('installs a newer valid pack, caches it, then sends If-None-Match and gets 304', async () => {
    serve(withVersion('2026.12.0'), '"v1"');
    const changes: string[] = [];
    m.onChange((p) => changes.push(p.version));
    const r1 = await m.refresh();
    expect(r1).toMatchObject({ status: 'installed', version: '2026.12.0', previousVersion: '2026.11.1' });
    expect(m.current().version).toBe('2026.12.0');
    expect(m.getStatus()).toMatchObject({ source: 'url', origin: url(), etag: '"v1"', version: '2026.12.0' });
    expect(cache.rows.get(`url:${url()}`)?.etag).toBe('"v1"');
    expect(changes).toContain('2026.12.0');

    const r2 = await m.refresh();
    expect(r2.status).toBe('not-modified');
    expect(served.requests.at(-1)).toEqual({ ifNoneMatch: '"v1"' });
    expect(m.current().version).toBe('2026.12.0');
  });

  it('refuses an invalid remote pack, names the bad fields and keeps the previous pack', async () => {
    serve(withVersion('2026.12.0'), '"v1"');
    await m.refresh();
    serve(withVersion('2027.1.0', (p) => { p.templates[0].rowIds = ['ligne.inconnue']; p.nomenclature[1].niveau = 7; }), '"v2"');
    const r = await m.refresh();
    expect(r.status).toBe('refused');
    if (r.status === 'refused') {
      expect(r.errors.map((e) => e.path)).toContain('nomenclature[1].niveau');
      expect(r.message).toMatch(/^Pack refusé.*nomenclature\[1\]\.niveau/);
    }
    expect(m.current().version).toBe('2026.12.0');
    expect(m.getStatus().lastError).toMatch(/Pack refusé/);
    expect(cache.rows.get(`url:${url()}`)?.etag).toBe('"v1"');
  });

  it('refuses cross-reference errors too (schema-valid but unknown sous-motif)', async () => {
    serve(withVersion('2027.1.0', (p) => { p.templates[0].rowIds = ['ligne.inconnue']; }), '"v3"');
    const r = await m.refresh();
    expect(r.status).toBe('refused');
    if (r.status === 'refused') expect(r.errors).toContainEqual({ path: 'templates[0].rowIds[0]', message: 'sous-motif inconnu « ligne.inconnue »' });
    expect(m.current().version).toBe('2026.11.1');
  });

  it('asks before a downgrade and installs it once confirmed', async () => {
    serve(withVersion('2026.1.0'), '"old"');
    const r = await m.refresh();
    expect(r).toMatchObject({ status: 'downgrade', version: '2026.1.0', currentVersion: '2026.11.1' });
    expect(m.current().version).toBe('2026.11.1');
    const ok = await m.refresh({ allowDowngrade: true });
    expect(ok).toMatchObject({ status: 'installed', version: '2026.1.0' });
    expect(m.current().version).toBe('2026.1.0');
  });

  it('reports server errors as retryable and keeps the pack', async () => {
    served.status = 503;
    const r = await m.refresh();
    expect(r).toMatchObject({ status: 'error', retryable: true });
    if (r.status === 'error') expect(r.message).toMatch(/503/);
    expect(m.current().version).toBe('2026.11.1');
  });

  it('uses the last good pack from the Dexie cache when offline', async () => {
    const database = new AiguilleurDb('pack-offline');
    const store = dexiePackCache(database);
    const first = new PackManager({ bundled: withVersion('2026.11.1'), cache: store });
    await first.setSource({ kind: 'url', url: url() });
    serve(withVersion('2026.12.5'), '"c"');
    expect((await first.refresh()).status).toBe('installed');

    const offline = new PackManager({ bundled: withVersion('2026.11.1'), cache: store, fetchImpl: async () => { throw new TypeError('Failed to fetch'); } });
    await offline.setSource({ kind: 'url', url: url() });
    expect(offline.current().version).toBe('2026.12.5');
    const r = await offline.refresh();
    expect(r).toMatchObject({ status: 'error', retryable: true });
    expect(offline.current().version).toBe('2026.12.5');
    await database.delete();
  });
});

describe('fetchPack', () => {
  it('fails with a French message on non-JSON content, not retryable', async () => {
    served.body = '<html>';
    served.etag = '"h"';
    delete served.status;
    await expect(fetchPack(`${base}/pack.json`)).rejects.toMatchObject({ retryable: false, message: expect.stringMatching(/pas du JSON valide/) });
    await expect(fetchPack(`${base}/pack.json`)).rejects.toBeInstanceOf(PackFetchError);
  });
});

describe('PackManager with a file and back to bundled', () => {
  it('installs a file pack, refuses a bad one, and returns to the bundled pack', async () => {
    const cache = memoryCache();
    const m = new PackManager({ bundled: withVersion('2026.11.1'), cache });
    const good = await m.install({ raw: withVersion('2026.11.2'), source: { kind: 'file', name: 'pack.json' } });
    expect(good.status).toBe('installed');
    expect(m.getStatus()).toMatchObject({ source: 'file', origin: 'pack.json', version: '2026.11.2' });
    const bad = await m.install({ raw: { nope: true }, source: { kind: 'file', name: 'x.json' } });
    expect(bad.status).toBe('refused');
    expect(m.current().version).toBe('2026.11.2');
    await m.setSource({ kind: 'bundled' });
    expect(m.current().version).toBe('2026.11.1');
    await m.setSource({ kind: 'file', name: 'pack.json' });
    expect(m.current().version).toBe('2026.11.2');
  });

  it('refuses to start with an invalid bundled pack', () => {
    expect(() => new PackManager({ bundled: {}, cache: memoryCache() })).toThrow(/Pack intégré invalide/);
  });
});
