// Fetching a pack from a URL with its ETag (If-None-Match): new content, not modified, or a French error.

export type FetchPackResult =
  | { status: 'not-modified'; etag?: string }
  | { status: 'ok'; raw: unknown; etag?: string };

/** A failed fetch; `retryable` for network errors and 5xx/429 (worth a retry with backoff). */
export class PackFetchError extends Error {
  constructor(message: string, readonly retryable: boolean, readonly httpStatus?: number) {
    super(message);
    this.name = 'PackFetchError';
  }
}

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

export async function fetchPack(url: string, etag?: string, fetchImpl: FetchLike = fetch, signal?: AbortSignal): Promise<FetchPackResult> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (etag) headers['If-None-Match'] = etag;
  let res: Response;
  try {
    res = await fetchImpl(url, { headers, cache: 'no-cache', ...(signal ? { signal } : {}) });
  } catch (e) {
    throw new PackFetchError(`Impossible de joindre ${url} (${e instanceof Error ? e.message : String(e)}).`, true);
  }
  const newEtag = res.headers.get('ETag') ?? undefined;
  if (res.status === 304) return { status: 'not-modified', ...(etag ? { etag } : {}) };
  if (!res.ok) {
    const retryable = res.status >= 500 || res.status === 429 || res.status === 408;
    throw new PackFetchError(`Le serveur a répondu ${res.status}${res.statusText ? ` ${res.statusText}` : ''} pour ${url}.`, retryable, res.status);
  }
  const body = await res.text();
  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch {
    throw new PackFetchError(`Le fichier reçu de ${url} n'est pas du JSON valide.`, false, res.status);
  }
  return { status: 'ok', raw, ...(newEtag ? { etag: newEtag } : {}) };
}

/** Exponential backoff with a cap: 1 s, 2 s, 4 s… up to 30 s. */
export function backoffDelay(attempt: number): number {
  return Math.min(30_000, 1000 * 2 ** Math.max(0, attempt));
}
