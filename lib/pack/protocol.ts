// Messages about the data pack (served by the background, which owns storage).
import type { Pack } from './schema';

export interface PackStatus {
  id: string;
  version: string;
  source: 'bundled' | 'file' | 'url';
  loadedAt: string;
  /** Last refusal or fetch error, in French, kept visible in the options page. */
  lastError?: string;
}

export interface PackProtocol {
  /** The pack in use, without the trained model (the content script does not need it). */
  getPack(): Omit<Pack, 'model'>;
  getPackStatus(): PackStatus;
}
