// A logged request (« sollicitation »): zod schema of a stored row.
import { z } from 'zod';
import { niveauSchema } from '../pack/schema';

export const channelSchema = z.enum(['ticket', 'telephone', 'email']);
export const statusSchema = z.enum(['oui', 'non', 'en_cours']);

export const solicitationRowSchema = z.object({
  id: z.number().int().optional(),
  channel: channelSchema,
  ticketKey: z.string().optional(),
  ticketUrl: z.string().optional(),
  date: z.string(),
  phone: z.string().optional(),
  structure: z.string().default(''),
  durationMinutes: z.number().min(0),
  niveau: niveauSchema,
  rowId: z.string(),
  thematique: z.string(),
  motif: z.string(),
  sousMotif: z.string(),
  templateId: z.string().optional(),
  status: statusSchema,
  escalated: z.boolean(),
  note: z.string().default(''),
});
export type SolicitationRow = z.infer<typeof solicitationRowSchema>;
export type Solicitation = SolicitationRow;
