// An escalation remembered with its ticket.
import { z } from 'zod';

export const escalationRecordSchema = z.object({
  id: z.number().int().optional(),
  ticketKey: z.string(),
  createdAt: z.string(),
  rowId: z.string(),
  draft: z.unknown(),
});
export type EscalationRecord = z.infer<typeof escalationRecordSchema>;
