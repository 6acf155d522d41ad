// Retention of the log: rows older than the retention period (settings.retentionMonths, default 13) are purged.
import { localDay } from './dates';

/** First day kept: rows dated before it are purged. */
export function retentionCutoff(now: Date, months: number): string {
  const d = new Date(now.getFullYear(), now.getMonth() - months, now.getDate());
  return localDay(d);
}

export const PURGE_EVERY_MS = 24 * 60 * 60 * 1000;
