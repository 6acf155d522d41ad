// Messages about the log of solicitations (the background owns the database; content scripts cannot open it).
import type { SolicitationInput, SolicitationPatch, SolicitationRow } from './solicitation';

export interface TrackingProtocol {
  /** Logs a request; a second log with the same `visitKey` updates the row. */
  logSolicitation(input: SolicitationInput): { id: number; updated: boolean };
  updateSolicitation(input: { id: number; patch: SolicitationPatch }): SolicitationRow;
  deleteSolicitation(id: number): void;
}
