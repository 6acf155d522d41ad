// The data pack: the single zod definition of everything that is content, not code (nomenclature, templates, KB, model).
import { z } from 'zod';
import { classifierModelSchema } from './model-schema';

/** Stable id of a nomenclature row, e.g. `acces.probleme-connexion.acces-compte`. */
export const rowIdSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9.-]*$/, 'identifiant invalide (minuscules, chiffres, points et tirets)');

export const niveauSchema = z.union([z.literal(1), z.literal(2)]);
export type Niveau = z.infer<typeof niveauSchema>;

/** One row of the nomenclature: niveau → thématique → motif → sous-motif (the seed's tracking workbook layout). */
export const nomenclatureRowSchema = z.object({
  id: rowIdSchema,
  niveau: niveauSchema,
  thematique: z.string().min(1),
  motif: z.string().min(1),
  sousMotif: z.string().min(1),
  /** The seed's example phrases. */
  exemples: z.array(z.string()).default([]),
  /** Classifier vocabulary: words and phrases typical of this row (synonyms, product words). */
  vocabulaire: z.array(z.string()).default([]),
});
export type NomenclatureRow = z.infer<typeof nomenclatureRowSchema>;

/** Review status of a réponse type: checked by the national team (or taken word for word from the seed), or a draft to reread. */
const templateReviewSchema = z.enum(['validé', 'à relire'], {
  error: 'statut de relecture attendu : « validé » ou « à relire »',
});

export const responseTemplateSchema = z.object({
  id: z.string().min(1),
  /** Nomenclature rows this template answers (usually one). */
  rowIds: z.array(rowIdSchema).min(1),
  title: z.string().min(1),
  /** Plain-text body in the template language (`{{usager.prenom}}`, `{{saisie:…}}`, `{{curseur}}`…). */
  text: z.string().min(1),
  /** Simple HTML body (p, a, strong, em, ul/ol/li, br) in the same template language. */
  html: z.string().min(1),
  /** KB entries this template links to (`{{kb.lien}}` uses the first). */
  kb: z.array(z.string()).default([]),
  /** Required: « validé » only when the national team checked it or it is the seed's text word for word. */
  review: templateReviewSchema,
  /** Where the text comes from: the seed page it is copied from (`seed : …`), `projet` for the project's drafts. */
  source: z.string({ error: 'source du modèle attendue (page du seed, « projet »…)' }).min(1, 'source du modèle vide'),
});
export type ResponseTemplate = z.infer<typeof responseTemplateSchema>;

const kbSectionSchema = z.object({ id: z.string().min(1), title: z.string().min(1) });

export const kbEntrySchema = z.object({
  id: z.string().min(1),
  title: z.string().min(1),
  url: z.url({ protocol: /^https?$/ }),
  section: z.string().min(1),
  rowIds: z.array(rowIdSchema).default([]),
  profils: z.array(z.string()).default([]),
  tags: z.array(z.string()).default([]),
  /** True when the URL is a KB search standing in for an article whose address is unknown. */
  searchLink: z.boolean().default(false),
  /**
   * Required: true only when the URL is a known article (the seed names the base's home and `/support/kb-tickets/new`);
   * false for guesses. `{{kb.lien}}` never puts an unverified URL into a reply.
   */
  verified: z.boolean({ error: 'champ « verified » attendu (true si l\u2019adresse est un article connu, false sinon)' }),
});
export type KbEntry = z.infer<typeof kbEntrySchema>;

/** Labels of one help desk property, as the ticket shows them (case and accents ignored; a final « … » matches any ending). */
const crmFieldSchema = z.object({
  labels: z.array(z.string().min(1)).min(1, 'au moins un libellé attendu'),
});

/**
 * Where the requester's own classification is read in the ticket's properties (HubSpot and the other desks), by label:
 * the support form's wording (« Thématique de la demande », « Sélectionnez votre sous-motif… »), fixable by a new pack.
 */
const crmFieldsSchema = z.object(
  { thematique: crmFieldSchema, motif: crmFieldSchema, sousMotif: crmFieldSchema },
  { error: 'table des libellés du CRM attendue (crmFields : thematique, motif, sousMotif)' },
);
export type CrmFields = z.infer<typeof crmFieldsSchema>;

const welcomeMailSchema = z.object({
  subject: z.string().min(1),
  text: z.string().min(1),
  html: z.string().min(1),
});

export const packSchema = z.object({
  format: z.literal('aiguilleur-pack'),
  formatVersion: z.literal(1),
  id: z.string().min(1),
  /** Semantic version of the content, e.g. `2026.11.0`: compared to refuse silent downgrades. */
  version: z.string().regex(/^\d+\.\d+\.\d+$/, 'version attendue sous la forme 1.2.3'),
  publishedAt: z.string().min(1),
  locale: z.string().default('fr'),
  source: z.string().default(''),
  nomenclature: z.array(nomenclatureRowSchema).min(1),
  templates: z.array(responseTemplateSchema),
  kb: z.object({
    baseUrl: z.url({ protocol: /^https?$/ }),
    sections: z.array(kbSectionSchema),
    entries: z.array(kbEntrySchema),
  }),
  welcomeMail: welcomeMailSchema,
  crmFields: crmFieldsSchema,
  /** Trained part of the classifier (built by `npm run train`). Optional: without it the classifier uses vocabulary and examples only. */
  model: classifierModelSchema.optional(),
});
export type Pack = z.infer<typeof packSchema>;
export type PackInput = z.input<typeof packSchema>;
