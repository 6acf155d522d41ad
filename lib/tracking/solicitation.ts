// A logged request (« sollicitation »): zod schema of a stored row, of a new entry, and their French labels.
import { z } from 'zod';
import { niveauSchema } from '../pack/schema';

export const channelSchema = z.enum(['ticket', 'telephone', 'email']);
export type Channel = z.infer<typeof channelSchema>;
export const statusSchema = z.enum(['oui', 'non', 'en_cours']);
export type SolicitationStatus = z.infer<typeof statusSchema>;

export const CHANNEL_LABELS: Record<Channel, string> = {
  ticket: 'Formulaire / ticket',
  telephone: 'Téléphone',
  email: 'E-mail',
};
export const STATUS_LABELS: Record<SolicitationStatus, string> = {
  oui: 'Oui',
  non: 'Non',
  en_cours: 'En cours',
};

export const solicitationRowSchema = z.object({
  id: z.number().int().optional(),
  channel: channelSchema,
  /** Stable key of the CRM ticket (`hubspot:123`). */
  ticketKey: z.string().optional(),
  ticketUrl: z.string().optional(),
  /** ISO 8601 date-time with the local offset (`2025-03-26T10:15:00+01:00`) or ISO date (`2025-03-26`). */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}/, 'date ISO attendue (aaaa-mm-jj)'),
  phone: z.string().optional(),
  structure: z.string().default(''),
  durationMinutes: z.number().min(0),
  niveau: niveauSchema,
  /** Nomenclature row id; empty when the labels come from an import and match no row of the pack. */
  rowId: z.string(),
  thematique: z.string(),
  motif: z.string(),
  sousMotif: z.string(),
  templateId: z.string().optional(),
  status: statusSchema,
  escalated: z.boolean(),
  note: z.string().default(''),
  /** One ticket visit (`<ticketKey>@<first opened at>`): the background logs a visit once (a second log updates the row). */
  visitKey: z.string().optional(),
  createdAt: z.string().optional(),
  updatedAt: z.string().optional(),
});
export type SolicitationRow = z.infer<typeof solicitationRowSchema>;

/** A new entry (no id yet), as sent by the panels. */
export const solicitationInputSchema = solicitationRowSchema.omit({ id: true, createdAt: true, updatedAt: true });
export type SolicitationInput = z.input<typeof solicitationInputSchema>;

/** Fields an edit may change. */
export const solicitationPatchSchema = solicitationInputSchema.partial();
export type SolicitationPatch = z.infer<typeof solicitationPatchSchema>;
