// A pack kept for offline use (last good pack per source) with its HTTP validators.
import { z } from 'zod';

export const packCacheRowSchema = z.object({
  key: z.string(),
  etag: z.string().optional(),
  fetchedAt: z.string(),
  pack: z.unknown(),
});
export type PackCacheRow = z.infer<typeof packCacheRowSchema>;
