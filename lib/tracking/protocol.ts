// Messages about the log of solicitations (the background owns the database; content scripts cannot open it).
import type { SolicitationInput, SolicitationPatch, SolicitationRow } from './solicitation';
import type { PersonalCounts } from './retention';

export interface TrackingProtocol {
  /** Logs a request; a second log with the same `visitKey` updates the row. */
  logSolicitation(input: SolicitationInput): { id: number; updated: boolean };
  updateSolicitation(input: { id: number; patch: SolicitationPatch }): SolicitationRow;
  deleteSolicitation(id: number): void;
  /** How many items each personal store holds (privacy sections). */
  personalDataCounts(): PersonalCounts;
  /** Applies the retention period (settings, or `months` when given) to every personal store; returns what went. */
  purgePersonalData(input: { months?: number }): PersonalCounts;
  /** « Tout supprimer »: empties every personal store; returns what went. */
  clearPersonalData(): PersonalCounts;
}
