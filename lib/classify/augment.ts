// Training augmentation: typing noise, the nomenclature's own labels and examples, and contrast copies (a how-to ticket
// rewritten as a malfunction report of the same object, and a report as a question).
import type { NomenclatureRow } from '../pack/schema';
import type { LabelledDoc } from './labelled';

/** Adds typing noise: dropped, swapped or doubled letters, and a few dropped words. */
export function perturb(text: string, rand: () => number): string {
  return text
    .split(/(\s+)/)
    .map((w) => {
      if (/^\s+$/.test(w)) return w;
      const r = rand();
      if (r < 0.08) return '';
      if (w.length < 5 || r > 0.25) return w;
      const i = 1 + Math.floor(rand() * (w.length - 2));
      const op = rand();
      if (op < 0.4) return w.slice(0, i) + w.slice(i + 1);
      if (op < 0.7) return w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2);
      return w.slice(0, i) + w[i] + w.slice(i);
    })
    .join('');
}

/** The nomenclature's labels and the seed's examples as training documents. */
export function nomenclatureDocs(rows: NomenclatureRow[]): LabelledDoc[] {
  const docs: LabelledDoc[] = [];
  for (const r of rows) {
    const label = r.sousMotif === 'Autre' || r.sousMotif === r.motif ? `${r.motif} ${r.sousMotif}` : r.sousMotif;
    docs.push({ text: label, rowId: r.id });
    for (const e of r.exemples) docs.push({ text: e, rowId: r.id });
  }
  return docs;
}


/** How-to rows (by id prefix, most specific first) → the malfunction row of the same object. */
export const BROKEN_ROW_OF: Array<[string, string]> = [
  ['gestion.gestion-demande.demande-hebergement-urgence', 'assistance.demande-hebergement-urgence'],
  ['gestion.gestion-demande.', 'assistance.demande-insertion'],
  ['gestion.gestion-menage.', 'assistance.menage'],
  ['prise-en-main.affichage', 'assistance.menage'],
  ['gestion.gestion-groupes-places.', 'assistance.groupe-places'],
  ['donnees.realisation-extraction', 'donnees.erreur-dans-resultats-extraction'],
];

export function brokenRowOf(rowId: string): string | undefined {
  return BROKEN_ROW_OF.find(([prefix]) => rowId.startsWith(prefix))?.[1];
}

const HOWTO: Array<[RegExp, string]> = [
  [/\b(?:comment (?:est-ce que )?(?:je peux|on peut|puis-je|faire pour|fait-on pour|on fait pour|faut-il|doit-on)|comment)\s*/gi, 'impossible de '],
  [/\bje (?:ne )?sais pas comment\s*/gi, "je n'arrive plus à "],
  [/\b(?:où|ou) (?:trouver|se trouve|se trouvent|est)\s*/gi, 'je ne trouve plus '],
  [/\b(?:est-il possible|est-ce possible|peut-on|pouvez-vous m'expliquer comment)\s*/gi, 'impossible de '],
  [/\?/g, '.'],
];

const SYMPTOMS = [
  'Message « Une erreur technique est survenue ».',
  'Erreur 500 à chaque fois.',
  'Ça marchait hier, plus rien depuis ce matin.',
  "Depuis la mise à jour ça ne fonctionne plus.",
  "L'écran reste blanc, j'ai déjà vidé le cache.",
  'Le bouton ne répond plus, la page tourne sans fin.',
  "Ça plante à chaque fois, même sur un autre navigateur.",
  "« Action impossible » s'affiche alors que tout est rempli.",
];

const BROKEN: Array<[RegExp, string]> = [
  [/[«"“][^»"”\n]*[»"”]/g, ''],
  [/\b(?:erreur|error|code)\s*\d+\b/gi, ''],
  [/\b(?:impossible d(?:e |')|je n'arrive (?:plus|pas) à|on n'arrive (?:plus|pas) à)\s*/gi, 'comment '],
  [/\bdepuis [^,.;\n]*/gi, ''],
  [/(?:à chaque fois|ne fonctionne plus|ne marche plus|ça plante|\bbug\b)/gi, ''],
];

const QUESTIONS = ['Pouvez-vous m’expliquer la marche à suivre ?', 'Comment faut-il faire ?', 'Où est-ce que ça se trouve ?', 'Merci de me dire la procédure.'];

function pick<T>(xs: T[], rand: () => number): T {
  return xs[Math.floor(rand() * xs.length)]!;
}

/** A how-to ticket told as a malfunction of the same object. */
export function toBroken(text: string, rand: () => number): string {
  let t = text;
  for (const [re, by] of HOWTO) t = t.replace(re, by);
  return rand() < 0.5 ? `${t} ${pick(SYMPTOMS, rand)}` : `${pick(SYMPTOMS, rand)} ${t}`;
}

/** A malfunction report told as a question (symptoms, codes and quoted messages removed). */
export function toHowTo(text: string, rand: () => number): string {
  let t = text;
  for (const [re, by] of BROKEN) t = t.replace(re, by);
  return `${t.replace(/\s+/g, ' ').trim()} ${pick(QUESTIONS, rand)}`;
}

/**
 * Contrast copies of the training documents: each mapped how-to becomes a report of the matching malfunction row;
 * each niveau-2 ASSISTANCE report becomes a question, labelled with niveau 1 only (`rowId` undefined: no row to learn).
 */
export function contrastDocs(docs: LabelledDoc[], rand: () => number): Array<{ text: string; rowId?: string; niveau: 1 | 2; from: LabelledDoc }> {
  const out: Array<{ text: string; rowId?: string; niveau: 1 | 2; from: LabelledDoc }> = [];
  for (const d of docs) {
    const broken = brokenRowOf(d.rowId);
    if (broken) out.push({ text: toBroken(d.text, rand), rowId: broken, niveau: 2, from: d });
    else if (d.rowId.startsWith('assistance.')) out.push({ text: toHowTo(d.text, rand), niveau: 1, from: d });
  }
  return out;
}
