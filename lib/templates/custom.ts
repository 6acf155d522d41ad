// A référent's own réponse type (per sous-motif or free), stored locally; its input schema and the "Proposer au national" export.
import { z } from 'zod';
import type { NomenclatureRow } from '../pack/schema';

export const customTemplateRowSchema = z.object({
  id: z.string(),
  rowId: z.string().optional(),
  title: z.string().min(1),
  text: z.string().min(1),
  html: z.string().optional(),
  updatedAt: z.string(),
});
export type CustomTemplateRow = z.infer<typeof customTemplateRowSchema>;

/** What the options page sends to create (no id) or update (id) a custom template. */
export const customTemplateInputSchema = z.object({
  id: z.string().min(1).optional(),
  rowId: z.string().min(1).optional(),
  title: z.string().trim().min(1, 'Le titre est obligatoire.').max(200, 'Titre trop long (200 caractères au plus).'),
  text: z.string().trim().min(1, 'Le texte du modèle est obligatoire.').max(20000, 'Texte trop long (20 000 caractères au plus).'),
  html: z.string().max(40000).optional(),
});
export type CustomTemplateInput = z.input<typeof customTemplateInputSchema>;

/** Proposal file sent to the national team ("Proposer au national"). */
export const templateProposalSchema = z.object({
  format: z.literal('aiguilleur-proposition-modele'),
  formatVersion: z.literal(1),
  proposedAt: z.string(),
  packVersion: z.string().optional(),
  sousMotif: z
    .object({ id: z.string(), niveau: z.number(), thematique: z.string(), motif: z.string(), sousMotif: z.string() })
    .nullable(),
  template: z.object({ title: z.string(), text: z.string(), html: z.string().optional() }),
  auteur: z.object({ nom: z.string(), siao: z.string() }).optional(),
});
export type TemplateProposal = z.infer<typeof templateProposalSchema>;

export interface ProposalSources {
  template: CustomTemplateRow;
  row?: NomenclatureRow | undefined;
  packVersion?: string;
  auteur?: { nom: string; siao: string };
  now?: Date;
}

export function buildTemplateProposal(src: ProposalSources): TemplateProposal {
  const r = src.row;
  return {
    format: 'aiguilleur-proposition-modele',
    formatVersion: 1,
    proposedAt: (src.now ?? new Date()).toISOString(),
    ...(src.packVersion ? { packVersion: src.packVersion } : {}),
    sousMotif: r ? { id: r.id, niveau: r.niveau, thematique: r.thematique, motif: r.motif, sousMotif: r.sousMotif } : null,
    template: { title: src.template.title, text: src.template.text, ...(src.template.html ? { html: src.template.html } : {}) },
    ...(src.auteur ? { auteur: src.auteur } : {}),
  };
}

/** Ready-to-send French text proposing a custom template to the national team. */
export function proposalText(p: TemplateProposal): string {
  const sm = p.sousMotif;
  const where = sm
    ? `Niveau ${sm.niveau} — ${sm.thematique} › ${sm.motif} › ${sm.sousMotif} (identifiant : ${sm.id})`
    : 'Modèle libre (sans sous-motif)';
  return [
    'Bonjour,',
    '',
    'Je vous propose la réponse type suivante, utilisée pour une demande récurrente, pour le bloc de réponses types national.',
    '',
    `Sous-motif : ${where}`,
    `Titre : ${p.template.title}`,
    ...(p.packVersion ? [`Version du pack de données : ${p.packVersion}`] : []),
    '',
    '--- Texte du modèle ---',
    p.template.text,
    '--- Fin du modèle ---',
    '',
    'Cordialement,',
    ...(p.auteur ? [[p.auteur.nom, p.auteur.siao].filter(Boolean).join(' — ')] : []),
  ].join('\n');
}

/** File name of the downloadable proposal. */
export function proposalFileName(p: TemplateProposal): string {
  const slug = (p.sousMotif?.id ?? 'modele-libre').replace(/[^a-z0-9.-]/gi, '-');
  return `proposition-modele-${slug}-${p.proposedAt.slice(0, 10)}.json`;
}
