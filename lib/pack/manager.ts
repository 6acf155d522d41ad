// The pack in use and its updates (bundled / file / URL), independent of the extension APIs so it can be tested in Node.
import type { Pack } from './schema';
import type { PackCacheRow } from './cache';
import type { PackSource } from '../settings';
import type { InstallPackRequest, PackInstallResult, PackStatus } from './protocol';
import { validatePack } from './validate';
import { comparePackVersions } from './version';
import { refusalMessage } from './problems';
import { fetchPack, PackFetchError, type FetchLike } from './fetch';

export interface PackCacheStore {
  get(key: string): Promise<PackCacheRow | undefined>;
  put(row: PackCacheRow): Promise<void>;
}

export interface PackManagerDeps {
  /** The pack shipped with the extension (raw JSON); must be valid. */
  bundled: unknown;
  cache: PackCacheStore;
  fetchImpl?: FetchLike;
  now?: () => Date;
}

/** Cache key of a source: one last good pack per URL, one for the file source. */
function cacheKey(source: PackSource): string | null {
  if (source.kind === 'url') return `url:${source.url}`;
  if (source.kind === 'file') return 'file';
  return null;
}

function sameSource(a: PackSource, b: PackSource): boolean {
  return cacheKey(a) === cacheKey(b) && a.kind === b.kind;
}

export class PackManager {
  private pack: Pack;
  private status: PackStatus;
  private source: PackSource = { kind: 'bundled' };
  private readonly bundledPack: Pack;
  private readonly bundledWarnings: number;
  private readonly listeners = new Set<(p: Pack, s: PackStatus) => void>();
  private readonly now: () => Date;

  constructor(private readonly deps: PackManagerDeps) {
    const v = validatePack(deps.bundled);
    if (!v.ok) throw new Error(`Pack intégré invalide : ${refusalMessage(v.errors)}`);
    this.bundledPack = v.pack;
    this.bundledWarnings = v.warnings.length;
    this.pack = v.pack;
    this.now = deps.now ?? (() => new Date());
    this.status = this.statusFor(v.pack, { kind: 'bundled' }, v.warnings.length);
  }

  current(): Pack {
    return this.pack;
  }

  getStatus(): PackStatus {
    return this.status;
  }

  getSource(): PackSource {
    return this.source;
  }

  onChange(cb: (p: Pack, s: PackStatus) => void): () => void {
    this.listeners.add(cb);
    return () => this.listeners.delete(cb);
  }

  private statusFor(pack: Pack, source: PackSource, warnings: number, extra: Partial<PackStatus> = {}): PackStatus {
    return {
      id: pack.id,
      version: pack.version,
      source: source.kind,
      loadedAt: this.now().toISOString(),
      warnings,
      ...(source.kind === 'url' ? { origin: source.url } : source.kind === 'file' ? { origin: source.name } : {}),
      ...extra,
    };
  }

  private use(pack: Pack, source: PackSource, warnings: number, extra: Partial<PackStatus> = {}): void {
    this.pack = pack;
    this.source = source;
    this.status = this.statusFor(pack, source, warnings, extra);
    for (const l of this.listeners) l(this.pack, this.status);
  }

  private setError(message: string | undefined, extra: Partial<PackStatus> = {}): void {
    const { lastError: _old, ...rest } = this.status;
    this.status = { ...rest, ...extra, ...(message ? { lastError: message } : {}) };
    for (const l of this.listeners) l(this.pack, this.status);
  }

  /**
   * Switches to a source: bundled at once; file or URL from the last good pack cached for it. Without a cached pack
   * the current pack stays in use (a URL is then fetched by `refresh`).
   */
  async setSource(source: PackSource): Promise<void> {
    if (source.kind === 'bundled') {
      this.use(this.bundledPack, source, this.bundledWarnings);
      return;
    }
    const key = cacheKey(source);
    const row = key ? await this.deps.cache.get(key) : undefined;
    if (row) {
      const v = validatePack(row.pack);
      if (v.ok) {
        this.use(v.pack, source, v.warnings.length, { ...(row.etag ? { etag: row.etag } : {}), checkedAt: row.fetchedAt });
        return;
      }
    }
    // Nothing usable cached yet: keep the pack in use but remember the wanted source.
    this.source = source;
    this.setError(undefined, { source: source.kind, ...(source.kind === 'url' ? { origin: source.url } : { origin: source.name }) });
  }

  /** Validates and installs a pack; refused packs and unconfirmed downgrades leave the current pack in use. */
  async install(req: InstallPackRequest): Promise<PackInstallResult> {
    const v = validatePack(req.raw);
    if (!v.ok) {
      const message = refusalMessage(v.errors);
      this.setError(message);
      return { status: 'refused', errors: v.errors, message };
    }
    const incoming = v.pack;
    const previous = this.pack;
    const cmp = comparePackVersions(incoming.version, previous.version);
    const sourceChanges = !sameSource(req.source, this.source);
    if (cmp < 0 && !req.allowDowngrade) {
      const message = `La version ${incoming.version} est plus ancienne que la version ${previous.version} en cours : confirmez pour l'installer.`;
      this.setError(message);
      return { status: 'downgrade', version: incoming.version, currentVersion: previous.version, message };
    }
    const fetchedAt = this.now().toISOString();
    const key = cacheKey(req.source);
    if (key) await this.deps.cache.put({ key, pack: req.raw, fetchedAt, ...(req.etag ? { etag: req.etag } : {}) });
    if (cmp === 0 && !sourceChanges && incoming.id === previous.id) {
      this.use(incoming, req.source, v.warnings.length, { ...(req.etag ? { etag: req.etag } : {}), checkedAt: fetchedAt });
      return { status: 'unchanged', version: incoming.version, message: `Le pack ${incoming.version} est déjà à jour.` };
    }
    this.use(incoming, req.source, v.warnings.length, { ...(req.etag ? { etag: req.etag } : {}), checkedAt: fetchedAt });
    return {
      status: 'installed',
      version: incoming.version,
      previousVersion: previous.version,
      message: `Pack ${incoming.version} installé (précédent : ${previous.version}).`,
    };
  }

  /** Fetches the URL source (If-None-Match with the ETag in use) and installs what changed. */
  async refresh(opts: { allowDowngrade?: boolean } = {}): Promise<PackInstallResult> {
    const source = this.source;
    if (source.kind !== 'url') {
      return { status: 'unchanged', version: this.pack.version, message: 'La source du pack n’est pas une adresse : rien à mettre à jour.' };
    }
    const etag = this.status.source === 'url' && this.status.origin === source.url ? this.status.etag : undefined;
    try {
      const r = await fetchPack(source.url, etag, this.deps.fetchImpl);
      if (r.status === 'not-modified') {
        this.setError(undefined, { checkedAt: this.now().toISOString() });
        return { status: 'not-modified', version: this.pack.version, message: `Pack ${this.pack.version} à jour (non modifié sur le serveur).` };
      }
      return await this.install({ raw: r.raw, source, ...(r.etag ? { etag: r.etag } : {}), ...(opts.allowDowngrade ? { allowDowngrade: true } : {}) });
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      this.setError(message, { checkedAt: this.now().toISOString() });
      return { status: 'error', message, retryable: e instanceof PackFetchError ? e.retryable : true };
    }
  }
}
