// Messages about the data pack (served by the background, which owns the pack and its refresh).
import type { Pack } from './schema';
import type { PackSource } from '../settings';

export interface PackStatus {
  id: string;
  version: string;
  source: 'bundled' | 'file' | 'url';
  loadedAt: string;
  /** Last refusal or fetch error, in French, kept visible in the options page. */
  lastError?: string;
  /** Warnings of the pack in use (non-blocking problems). */
  warnings?: number;
  /** URL of the pack when the source is a URL, file name when a file. */
  origin?: string;
  /** ETag of the pack in use (URL source). */
  etag?: string;
  /** Last time the URL was checked, ISO. */
  checkedAt?: string;
}

/** Outcome of installing or refreshing a pack (French `message` for the options page). */
export type PackInstallResult =
  | { status: 'installed'; version: string; previousVersion: string; message: string }
  | { status: 'unchanged'; version: string; message: string }
  | { status: 'not-modified'; version: string; message: string }
  | { status: 'downgrade'; version: string; currentVersion: string; message: string }
  | { status: 'refused'; errors: { path: string; message: string }[]; message: string }
  | { status: 'error'; message: string; retryable: boolean };

export interface InstallPackRequest {
  raw: unknown;
  source: PackSource;
  etag?: string;
  /** Set after the référent confirmed installing an older version. */
  allowDowngrade?: boolean;
}

export interface PackProtocol {
  /** The pack in use, without the trained model (the content script does not need it). */
  getPack(): Omit<Pack, 'model'>;
  getPackStatus(): PackStatus;
  /** Validates and installs a pack read from a file by the options page; the previous pack stays on refusal. */
  installPack(req: InstallPackRequest): PackInstallResult;
  /** Re-fetches the configured URL source (ETag) now: the background is the only fetcher of the pack URL. */
  refreshPack(req: { allowDowngrade?: boolean }): PackInstallResult;
}
