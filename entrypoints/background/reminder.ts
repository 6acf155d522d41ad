// Background side of the survey reminder: the toolbar badge from the 1st of each month until the survey is ticked as sent.
import { browser } from 'wxt/browser';
import { frenchMonth, toFrenchDate } from '@/lib/tracking/dates';
import { badgeText, reminderState } from '@/lib/tracking/reminder';
import { loadSurveySent, watchSurveySent } from '@/lib/tracking/reminder-storage';

const REMINDER_ALARM = 'aiguilleur-survey-reminder';

interface BadgeApi {
  setBadgeText(d: { text: string }): Promise<void>;
  setBadgeBackgroundColor(d: { color: string }): Promise<void>;
  setTitle(d: { title: string }): Promise<void>;
}

/** `action` in MV3, `browserAction` in Firefox MV2. */
function badgeApi(): BadgeApi | undefined {
  const b = browser as unknown as { action?: BadgeApi; browserAction?: BadgeApi };
  return b.action ?? b.browserAction;
}

async function refresh(): Promise<void> {
  const api = badgeApi();
  if (!api) return;
  const state = reminderState(new Date(), await loadSurveySent());
  try {
    await api.setBadgeText({ text: badgeText(state) });
    if (state.due) {
      await api.setBadgeBackgroundColor({ color: '#000091' });
      await api.setTitle({ title: `Aiguilleur — enquête mensuelle de ${frenchMonth(state.month)} à envoyer avant le ${toFrenchDate(state.deadline)}` });
    } else {
      await api.setTitle({ title: 'Aiguilleur' });
    }
  } catch (err) {
    console.warn('Aiguilleur : badge de rappel impossible', err);
  }
  // Wakes the background when the state changes by itself (end of the window, 1st of next month).
  await browser.alarms.create(REMINDER_ALARM, { when: state.nextChange.getTime() });
}

export function registerReminderHandlers(): void {
  void refresh();
  watchSurveySent(() => void refresh());
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === REMINDER_ALARM) void refresh();
  });
  // A sleeping machine may miss the alarm's minute: the next start of the browser recomputes.
  browser.runtime.onStartup.addListener(() => void refresh());
}
