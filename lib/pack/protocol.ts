// Messages about the data pack and the référent's custom templates (served by the background, which owns storage).
import type { Pack } from './schema';
import type { PackSource } from '../settings';
import type { CustomTemplateInput, CustomTemplateRow } from '../templates/custom';

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

export type SaveCustomTemplateResult =
  | { ok: true; row: CustomTemplateRow }
  | { ok: false; errors: { path: string; message: string }[] };

export interface PackProtocol {
  /** The pack in use, without the trained model (the content script does not need it). */
  getPack(): Omit<Pack, 'model'>;
  getPackStatus(): PackStatus;
  /** Validates and installs a pack read from a file or fetched by the options page; the previous pack stays on refusal. */
  installPack(req: InstallPackRequest): PackInstallResult;
  /** Re-fetches the URL source (ETag) now. */
  refreshPack(req: { allowDowngrade?: boolean }): PackInstallResult;
  listCustomTemplates(): CustomTemplateRow[];
  saveCustomTemplate(input: CustomTemplateInput): SaveCustomTemplateResult;
  deleteCustomTemplate(id: string): void;
}
