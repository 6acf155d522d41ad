// JSON backup of the whole log and its restore (validated row by row; nothing is restored from a bad file).
import { z } from 'zod';
import { solicitationRowSchema, type SolicitationRow } from './solicitation';

const BACKUP_FORMAT = 'aiguilleur-suivi';

const backupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.literal(1),
  exportedAt: z.string(),
  rows: z.array(z.unknown()),
});

/** The backup file of the rows (ids kept). */
export function exportBackup(rows: readonly SolicitationRow[], now = new Date()): ArrayBuffer {
  const json = JSON.stringify({ format: BACKUP_FORMAT, formatVersion: 1, exportedAt: now.toISOString(), rows }, null, 1);
  const bytes = new TextEncoder().encode(json);
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

export type BackupResult = { ok: true; rows: SolicitationRow[]; exportedAt: string } | { ok: false; errors: string[] };

/** Reads a backup file; any invalid row refuses the whole file with the reasons in French. */
export function importBackup(data: ArrayBuffer): BackupResult {
  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder().decode(data));
  } catch {
    return { ok: false, errors: ["Le fichier n'est pas une sauvegarde JSON lisible."] };
  }
  const head = backupSchema.safeParse(raw);
  if (!head.success) return { ok: false, errors: ["Ce fichier n'est pas une sauvegarde du suivi Aiguilleur."] };
  const rows: SolicitationRow[] = [];
  const errors: string[] = [];
  head.data.rows.forEach((r, i) => {
    const p = solicitationRowSchema.safeParse(r);
    if (p.success) rows.push(p.data);
    else errors.push(`Ligne ${i + 1} : ${p.error.issues.map((x) => `${x.path.join('.') || 'ligne'} ${x.message}`).join(' ; ')}`);
  });
  return errors.length ? { ok: false, errors } : { ok: true, rows, exportedAt: head.data.exportedAt };
}
