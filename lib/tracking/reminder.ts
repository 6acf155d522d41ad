// The monthly survey reminder: from the 1st of each month, 3 weeks to send the previous month's survey (date in, state out).
import { z } from 'zod';
import { localDay, previousMonth } from './dates';

/** The seed's procedure: the survey is filled within 3 weeks of its arrival on the 1st. */
const SURVEY_WINDOW_DAYS = 21;

const monthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);

/** Months whose survey was sent (`YYYY-MM` → local day it was ticked), as kept in storage. */
const surveySentSchema = z.record(monthSchema, z.string().regex(/^\d{4}-\d{2}-\d{2}$/));
export type SurveySent = z.infer<typeof surveySentSchema>;

/** Reads the stored value; anything invalid counts as nothing sent (never blocks the page). */
export function parseSurveySent(raw: unknown): SurveySent {
  const whole = surveySentSchema.safeParse(raw ?? {});
  if (whole.success) return whole.data;
  const obj = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  return Object.fromEntries(Object.entries(obj).filter(([k, v]) => surveySentSchema.safeParse({ [k]: v }).success)) as SurveySent;
}

export function markSent(sent: SurveySent, month: string, now: Date): SurveySent {
  return { ...sent, [monthSchema.parse(month)]: localDay(now) };
}

export function unmarkSent(sent: SurveySent, month: string): SurveySent {
  const { [month]: _gone, ...rest } = sent;
  return rest;
}

/** Months sent, newest first. */
export function sentMonths(sent: SurveySent): { month: string; on: string }[] {
  return Object.entries(sent)
    .map(([month, on]) => ({ month, on }))
    .sort((a, b) => b.month.localeCompare(a.month));
}

export interface ReminderState {
  /** The survey the reminder is about: the month before `now`. */
  month: string;
  /** True while the badge and the banner are shown. */
  due: boolean;
  /** Last local day of the window (`YYYY-MM-21`). */
  deadline: string;
  /** Days left including today (1 on the deadline), 0 outside the window. */
  daysLeft: number;
  /** When the state changes next without a tick (the end of the window, or the 1st of next month). */
  nextChange: Date;
}

export function reminderState(now: Date, sent: SurveySent): ReminderState {
  const month = previousMonth(now);
  const day = now.getDate();
  const inWindow = day <= SURVEY_WINDOW_DAYS;
  const deadline = localDay(new Date(now.getFullYear(), now.getMonth(), SURVEY_WINDOW_DAYS));
  const nextChange = inWindow
    ? new Date(now.getFullYear(), now.getMonth(), SURVEY_WINDOW_DAYS + 1)
    : new Date(now.getFullYear(), now.getMonth() + 1, 1);
  const isSent = month in sent;
  return {
    month,
    due: inWindow && !isSent,
    deadline,
    daysLeft: inWindow ? SURVEY_WINDOW_DAYS - day + 1 : 0,
    nextChange,
  };
}

/** Text of the toolbar badge (empty: no badge). */
export function badgeText(state: ReminderState): string {
  return state.due ? '1' : '';
}
