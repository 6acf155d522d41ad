// The escalation draft: what is sent to the national support form (zod schema, the one source of the type).
import { z } from 'zod';

export const escalationDraftSchema = z.object({
  prenom: z.string().trim().min(1, 'prénom manquant'),
  nom: z.string().trim().min(1, 'nom manquant'),
  email: z.string().trim().min(1, 'e-mail manquant'),
  /** Answer to « Quel est votre profil ? », e.g. "Référent SI SIAO". */
  profil: z.string().trim().min(1, 'profil manquant'),
  /** Answer to « Quel est votre département ? », e.g. "75" or "75 - Paris". */
  departement: z.string().trim().min(1, 'département manquant'),
  thematique: z.string().trim().min(1, 'thématique manquante'),
  motif: z.string().trim().min(1, 'motif manquant'),
  sousMotif: z.string().trim().min(1, 'sous-motif manquant'),
  description: z.string().trim().min(1, 'description manquante'),
  /** « J'accepte de recevoir un retour par e-mail suite à ma demande d'assistance » (required by the form). */
  consentRetourEmail: z.boolean(),
  /** « J'accepte de recevoir les autres communications de l'équipe SI SIAO ». */
  consentCommunications: z.boolean(),
  /** Ticket subject (forms with an « Objet » field). */
  subject: z.string().optional(),
  /** CRM ticket this escalation comes from. */
  ticketKey: z.string().optional(),
  ticketUrl: z.string().optional(),
  /** Nomenclature row id of the chosen sous-motif. */
  rowId: z.string().optional(),
  /** PNG data URL of the CRM tab, attached to the form's file field when present. */
  screenshotDataUrl: z.string().startsWith('data:', 'capture d’écran invalide').optional(),
});
export type EscalationDraft = z.infer<typeof escalationDraftSchema>;

/** Turns a zod error on a draft into one French sentence. */
export function draftErrorMessage(error: z.ZodError): string {
  const parts = error.issues.map((i) => `${i.path.join('.') || 'brouillon'} : ${i.message}`);
  return `Brouillon d’escalade invalide — ${parts.join(' ; ')}`;
}
