// Suivi page: the monthly survey reminder banner (from the 1st, 3 weeks) and « Enquête envoyée » with the months already sent.
import { useEffect, useId, useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { addMonths, frenchMonth, localDay, toFrenchDate } from '@/lib/tracking/dates';
import { reminderState, sentMonths } from '@/lib/tracking/reminder';
import { loadSurveySent, setSurveySent, watchSurveySent } from '@/lib/tracking/reminder-storage';

const KEY = ['surveySent'] as const;

function useSurveySent() {
  const qc = useQueryClient();
  useEffect(() => watchSurveySent(() => void qc.invalidateQueries({ queryKey: KEY })), [qc]);
  const query = useQuery({ queryKey: KEY, queryFn: loadSurveySent });
  const set = async (month: string, sent: boolean) => {
    await setSurveySent(month, sent);
    await qc.invalidateQueries({ queryKey: KEY });
  };
  return { sent: query.data, set };
}

/** The banner for the previous month's survey, shown from the 1st to the 21st until it is ticked as sent. */
export function SurveyReminderBanner() {
  const { sent, set } = useSurveySent();
  const [ticked, setTicked] = useState<string | null>(null);
  if (!sent) return null;
  const state = reminderState(new Date(), sent);
  if (!state.due) {
    return ticked ? <p className="ag-alert ag-alert--success" role="status">Enquête de {frenchMonth(ticked)} notée comme envoyée.</p> : null;
  }
  const month = frenchMonth(state.month);
  return (
    <div className="ag-alert ag-alert--warning ag-reminder" role="region" aria-label="Rappel de l’enquête mensuelle" data-testid="survey-reminder">
      <p>
        <strong>Enquête mensuelle de {month} à envoyer à la DIHAL</strong> avant le {toFrenchDate(state.deadline)} (
        {state.daysLeft > 1 ? `encore ${state.daysLeft} jours` : 'dernier jour'}). Les réponses sont prêtes dans <a href="#resultats">Résultats</a>, section {'«\u00a0Enquête mensuelle\u00a0»'}.
      </p>
      <label>
        <input
          type="checkbox"
          checked={ticked === state.month}
          onChange={() => {
            setTicked(state.month);
            void set(state.month, true);
          }}
        />{' '}
        Enquête envoyée ({month})
      </label>
    </div>
  );
}

/** « Enquête envoyée » for the month shown in Résultats, and the list of months sent. */
export function SurveySentLog({ period }: { period: { from: string; to: string } }) {
  const id = useId();
  const { sent, set } = useSurveySent();
  const shown = period.from.slice(0, 7);
  const wholeMonth = period.from.endsWith('-01') && period.to === `${addMonths(shown, 1)}-01`;
  // A month's survey is sent once the month is over: on the current month (or a custom range) the box is last month's.
  const thisMonth = localDay(new Date()).slice(0, 7);
  const month = wholeMonth && shown < thisMonth ? shown : addMonths(thisMonth, -1);
  const list = sent ? sentMonths(sent) : [];
  return (
    <div className="ag-survey-sent" data-testid="survey-sent">
      {sent && (
        <label>
          <input type="checkbox" checked={month in sent} onChange={(e) => void set(month, e.target.checked)} /> Enquête envoyée ({frenchMonth(month)})
        </label>
      )}
      <p id={`${id}-sent`}>Enquêtes envoyées :{list.length === 0 && ' aucune pour l’instant.'}</p>
      {list.length > 0 && (
        <ul aria-labelledby={`${id}-sent`}>
          {list.map((s) => (
            <li key={s.month}>
              {frenchMonth(s.month)} — cochée le {toFrenchDate(s.on)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

