// The one Dexie database of Aiguilleur (extension origin: opened by the background and extension pages only).
import Dexie, { type EntityTable } from 'dexie';
import type { SolicitationRow } from './tracking/solicitation';
import type { CorrectionRow } from './classify/correction';
import type { PackCacheRow } from './pack/cache';
import type { CustomTemplateRow } from './templates/custom';
import type { EscalationRecord } from './escalation/record';

export class AiguilleurDb extends Dexie {
  solicitations!: EntityTable<SolicitationRow, 'id'>;
  corrections!: EntityTable<CorrectionRow, 'id'>;
  packCache!: EntityTable<PackCacheRow, 'key'>;
  customTemplates!: EntityTable<CustomTemplateRow, 'id'>;
  escalations!: EntityTable<EscalationRecord, 'id'>;

  constructor(name = 'aiguilleur') {
    super(name);
    this.version(1).stores({
      solicitations: '++id, date, ticketKey, niveau, rowId, status, escalated',
      corrections: '++id, createdAt, rowId',
      packCache: 'key',
      customTemplates: 'id, rowId, updatedAt',
      escalations: '++id, ticketKey, createdAt',
    });
  }
}

let instance: AiguilleurDb | undefined;
/** The shared database of this JS context. */
export function db(): AiguilleurDb {
  instance ??= new AiguilleurDb();
  return instance;
}
