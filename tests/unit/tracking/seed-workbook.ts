// Test helper: workbooks shaped like the seed's « Outil de suivi (excel) » (cover, guide, nomenclature and history
// tabs, title lines above the header, the référents' spellings), for the unit tests, the e2e import and the bench.
import ExcelJS from 'exceljs';
import type { NomenclatureRow } from '../../../lib/pack/schema';

/** The seed's « Aperçu de l'historique des appels » header (no Niveau column). */
export const SEED_HEADERS = [
  'Numéro de téléphone', 'Date - format jj/mm/aaaa', 'Structure', 'Durée de traitement en minutes', 'Thématique', 'Motif',
  'Sous motif', 'Problème résolu ?', 'Escaladé au national ?',
];

/** The seed's example row, as shown (phone as text, labels in the seed's spelling). */
export const SEED_EXAMPLE_ROW = [
  '0656844329', '26/03/2025', 'CHU', 7, 'ACCES ET AUTHENTIFICATION', 'Problème de connexion au SI SIAO', 'Réinitialisation du mot de passe', 'oui', 'non',
];

export type Cell = string | number | Date | boolean | null;

export interface SeedWorkbookOptions {
  /** History tab name (the seed says « Historique des appels »). */
  sheetName?: string;
  /** Lines written above the header row. */
  titleRows?: Cell[][];
  headers?: string[];
  rows: Cell[][];
  departement?: string;
}

function toArrayBuffer(buf: Uint8Array): ArrayBuffer {
  return buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer;
}

/** A workbook with the seed's tabs: Page de garde, Guide d'utilisation, a nomenclature overview, the history, Résultats. */
export async function seedWorkbook(opts: SeedWorkbookOptions): Promise<ArrayBuffer> {
  const wb = new ExcelJS.Workbook();
  const cover = wb.addWorksheet('Page de garde');
  cover.addRow(['EXCEL DE SUIVI DES APPELS DE VOTRE DEPARTEMENT']);
  if (opts.departement) cover.addRow(['Département', opts.departement]);
  wb.addWorksheet("Guide d'utilisation").addRow(["Mode d'emploi : je reçois un appel ou un email…"]);
  const nom = wb.addWorksheet('Nomenclature');
  nom.addRow(['Niveau', 'THEMATIQUE', 'MOTIF DE SOLLICITATION', 'SOUS MOTIF DE SOLLICITATION']);
  nom.addRow(['NIVEAU 1', 'ACCES ET AUTHENTIFICATION', 'Problème de connexion au SI SIAO', 'Accès au compte']);
  const ws = wb.addWorksheet(opts.sheetName ?? 'Historique des appels');
  for (const t of opts.titleRows ?? []) ws.addRow(t);
  ws.addRow(opts.headers ?? SEED_HEADERS);
  for (const r of opts.rows) ws.addRow(r);
  wb.addWorksheet('Résultats').addRow(['Statistiques de traitement des appels']);
  return toArrayBuffer((await wb.xlsx.writeBuffer()) as unknown as Uint8Array);
}

/** How a référent may type a label: as is, in capitals without accents, or lower case. */
function typed(label: string, i: number): string {
  const plain = label.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  return i % 3 === 0 ? label : i % 3 === 1 ? plain.toUpperCase() : plain.toLowerCase();
}

/** `n` seed-shaped history lines over the nomenclature: thématiques in capitals without accents, « 7 min » durations,
 * phone numbers as numbers (leading 0 lost), Excel dates and text dates, oui / non; the seed's two spellings included. */
export function seedRows(n: number, nomenclature: readonly NomenclatureRow[]): Cell[][] {
  const out: Cell[][] = [];
  for (let i = 0; i < n; i++) {
    const r = nomenclature[(i * 7) % nomenclature.length]!;
    const sousMotif =
      r.sousMotif === 'Réinitialisation mot de passe' ? 'Réinitialisation du mot de passe'
        : r.sousMotif === "Demande d'insertion" && r.thematique === 'ASSISTANCE TECHNIQUE' ? 'Demande insertion'
          : typed(r.sousMotif, i);
    const day = 1 + (i % 28);
    out.push([
      i % 2 ? 600000000 + i : `06${String(10000000 + i).slice(-8)}`,
      i % 2 ? new Date(Date.UTC(2025, 2, day)) : `${String(day).padStart(2, '0')}/03/2025`,
      `Structure ${i % 40}`,
      i % 3 === 0 ? `${1 + (i % 30)} min` : 1 + (i % 30),
      typed(r.thematique, 1),
      typed(r.motif, i),
      sousMotif,
      i % 4 ? 'oui' : 'non',
      i % 5 ? 'non' : 'oui',
    ]);
  }
  return out;
}
