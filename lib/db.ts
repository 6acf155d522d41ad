// The one Dexie database of Aiguilleur (extension origin: opened by the background and extension pages only).
import Dexie, { type EntityTable } from 'dexie';
import type { SolicitationRow } from './tracking/solicitation';
import type { CorrectionRow } from './classify/correction';
import type { PackCacheRow } from './pack/cache';
import type { CustomTemplateRow } from './templates/custom';
import type { EscalationRecord } from './escalation/record';

/** Schema of version 1 (kept for the migration chain and its tests). */
export const SCHEMA_V1 = {
  solicitations: '++id, date, ticketKey, niveau, rowId, status, escalated',
  corrections: '++id, createdAt, rowId',
  packCache: 'key',
  customTemplates: 'id, rowId, updatedAt',
  escalations: '++id, ticketKey, createdAt',
} as const;

/** Version 2: solicitations gain `visitKey` (one log per ticket visit), `channel` and `thematique` indexes, `createdAt`/`updatedAt`. */
export const SCHEMA_V2 = {
  solicitations: '++id, date, ticketKey, visitKey, channel, niveau, thematique, rowId, status, escalated',
} as const;

export const DB_VERSION = 2;

export class AiguilleurDb extends Dexie {
  solicitations!: EntityTable<SolicitationRow, 'id'>;
  corrections!: EntityTable<CorrectionRow, 'id'>;
  packCache!: EntityTable<PackCacheRow, 'key'>;
  customTemplates!: EntityTable<CustomTemplateRow, 'id'>;
  escalations!: EntityTable<EscalationRecord, 'id'>;

  constructor(name = 'aiguilleur') {
    super(name);
    this.version(1).stores(SCHEMA_V1);
    this.version(2)
      .stores(SCHEMA_V2)
      .upgrade((tx) =>
        tx
          .table('solicitations')
          .toCollection()
          .modify((row: Partial<SolicitationRow>) => {
            row.createdAt ??= row.date;
            row.updatedAt ??= row.date;
            row.note ??= '';
            row.structure ??= '';
          }),
      );
  }
}

let instance: AiguilleurDb | undefined;
/** The shared database of this JS context. */
export function db(): AiguilleurDb {
  instance ??= new AiguilleurDb();
  return instance;
}

/** `fn` bound to this context's database: store modules export their functions this way, so that only stores import this file. */
export function onLocalDb<A extends unknown[], R>(fn: (database: AiguilleurDb, ...args: A) => R): (...args: A) => R {
  return (...args) => fn(db(), ...args);
}
