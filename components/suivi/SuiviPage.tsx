// The Suivi page: add a request, Résultats of a period (indicators, survey block, charts), history, exports, consolidation, privacy.
import { useId, useMemo, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { PageLayout } from '@/components/PageLayout';
import { IndicatorsPanel } from '@/components/suivi/IndicatorsPanel';
import { ChartsPanel } from '@/components/suivi/ChartsPanel';
import { SuiviSurvey } from '@/components/suivi/SuiviSurvey';
import { SuiviHistory } from '@/components/suivi/SuiviHistory';
import { SuiviTransfer } from '@/components/suivi/SuiviTransfer';
import { SuiviConsolidation } from '@/components/suivi/SuiviConsolidation';
import { SuiviPrivacy } from '@/components/suivi/SuiviPrivacy';
import { SuiviEntryForm } from '@/components/SuiviEntryForm';
import { SurveyReminderBanner, SurveySentLog } from '@/components/suivi/SuiviReminder';
import { PendingSection } from '@/components/PendingTickets';
import { usePack } from '@/components/queries';
import { useSolicitationRows } from '@/components/suivi/SuiviStore';
import { useStoreMutation } from '@/components/useStoreMutation';
import { loadSettings } from '@/lib/settings';
import { computeIndicators, surveyText, SURVEY_CHANNELS, type Period, type Scope } from '@/lib/tracking/indicators';
import { weeklySeries } from '@/lib/tracking/charts';
import { addDays, addMonths, frenchMonth, localDay, monthBounds, previousMonth, toFrenchDate } from '@/lib/tracking/dates';
import { solicitationStore } from '@/lib/tracking/store';

interface Range {
  from: string;
  toInclusive: string;
}

function monthRange(month: string): Range {
  const b = monthBounds(month);
  return { from: b.from, toInclusive: addDays(b.to, -1) };
}

function rangeLabel(r: Range): string {
  const month = r.from.slice(0, 7);
  const full = monthRange(month);
  if (full.from === r.from && full.toInclusive === r.toInclusive) return frenchMonth(month);
  return `du ${toFrenchDate(r.from)} au ${toFrenchDate(r.toInclusive)}`;
}

export function SuiviPage() {
  const id = useId();
  const pack = usePack();
  const rowsQuery = useSolicitationRows();
  const settings = useQuery({ queryKey: ['settings'], queryFn: loadSettings });
  const add = useStoreMutation(solicitationStore.log, 'Enregistrement impossible');
  // Opens on the current month: what the référent has just logged is on screen (« Mois dernier » gives the survey's month).
  const [range, setRange] = useState<Range>(() => monthRange(localDay(new Date()).slice(0, 7)));
  const [adding, setAdding] = useState(false);
  const [added, setAdded] = useState(false);

  const rows = useMemo(() => rowsQuery.data ?? [], [rowsQuery.data]);
  const nomenclature = pack.data?.nomenclature ?? [];
  const period: Period = useMemo(() => ({ from: range.from, to: addDays(range.toInclusive, 1) }), [range]);
  const label = rangeLabel(range);
  const [scopeAll, setScopeAll] = useState(false);
  const scope: Scope = useMemo(() => (scopeAll ? {} : { channels: SURVEY_CHANNELS }), [scopeAll]);
  const scopeLabel = scopeAll ? 'tous les canaux' : 'téléphone + e-mail';
  const indicators = useMemo(() => computeIndicators(rows, period, scope), [rows, period, scope]);
  const tickets = useMemo(() => computeIndicators(rows, period, { channels: ['ticket'] }), [rows, period]);
  const weeks = useMemo(() => weeklySeries(rows, period), [rows, period]);
  const departement = settings.data ? settings.data.profil.departement || settings.data.profil.siao : '';
  const thisMonth = localDay(new Date()).slice(0, 7);

  return (
    <PageLayout title="Suivi">
      <nav aria-label="Sections du suivi" className="ag-suivi-nav">
        <ul>
          <li><a href="#resultats">Résultats</a></li>
          <li><a href="#historique">Historique</a></li>
          <li><a href="#export">Export et import</a></li>
          <li><a href="#consolidation">Consolidation nationale</a></li>
          <li><a href="#confidentialite">Confidentialité</a></li>
        </ul>
      </nav>
      <SurveyReminderBanner />
      <PendingSection onSettled={() => void rowsQuery.refetch()} />
      {pack.isError && <p className="ag-alert ag-alert--error" role="alert">Nomenclature indisponible : la saisie est limitée.</p>}
      {rowsQuery.isError && <p className="ag-alert ag-alert--error" role="alert">Lecture du suivi impossible.</p>}

      <section aria-labelledby={`${id}-add`} className="ag-section">
        <h2 id={`${id}-add`}>Ajouter une sollicitation</h2>
        {added && <p className="ag-alert ag-alert--success" role="status">Sollicitation ajoutée.</p>}
        {!adding ? (
          <button type="button" className="ag-btn" onClick={() => { setAdding(true); setAdded(false); }}>Ajouter une sollicitation</button>
        ) : (
          <SuiviEntryForm
            label="Nouvelle sollicitation"
            nomenclature={nomenclature}
            initial={{}}
            submitLabel="Enregistrer la sollicitation"
            onSubmit={async (input) => {
              const logged = await add.run(input);
              if (!logged.ok) throw new Error(logged.error);
              setAdding(false);
              setAdded(true);
            }}
            onCancel={() => setAdding(false)}
          />
        )}
      </section>

      <section id="resultats" aria-labelledby={`${id}-res`} className="ag-section">
        <h2 id={`${id}-res`}>Résultats</h2>
        <form className="ag-filters" aria-label="Période des résultats" onSubmit={(e) => e.preventDefault()}>
          <div className="ag-field">
            <label className="ag-label" htmlFor={`${id}-from`}>Du</label>
            <input id={`${id}-from`} type="date" className="ag-input" value={range.from} onChange={(e) => e.target.value && setRange((r) => ({ ...r, from: e.target.value }))} />
          </div>
          <div className="ag-field">
            <label className="ag-label" htmlFor={`${id}-to`}>Au (inclus)</label>
            <input id={`${id}-to`} type="date" className="ag-input" value={range.toInclusive} onChange={(e) => e.target.value && setRange((r) => ({ ...r, toInclusive: e.target.value }))} />
          </div>
          <p>
            <button type="button" className="ag-btn ag-btn--tertiary ag-btn--sm" onClick={() => setRange(monthRange(previousMonth(new Date())))}>Mois dernier</button>{' '}
            <button type="button" className="ag-btn ag-btn--tertiary ag-btn--sm" onClick={() => setRange(monthRange(thisMonth))}>Ce mois-ci</button>{' '}
            <button type="button" className="ag-btn ag-btn--tertiary ag-btn--sm" onClick={() => setRange({ from: `${addMonths(thisMonth, -11)}-01`, toInclusive: localDay(new Date()) })}>12 derniers mois</button>
          </p>
        </form>
        <p role="status" data-testid="period-label">Période : {label}</p>
        <fieldset className="ag-scope" data-testid="scope">
          <legend>Canaux comptés</legend>
          <label><input type="radio" name={`${id}-scope`} checked={!scopeAll} onChange={() => setScopeAll(false)} /> Téléphone + e-mail (enquête)</label>{' '}
          <label><input type="radio" name={`${id}-scope`} checked={scopeAll} onChange={() => setScopeAll(true)} /> Tout (tickets compris)</label>
        </fieldset>
        <IndicatorsPanel indicators={indicators} caption={`${label} — ${scopeLabel}`} />
        {!scopeAll && (
          <details data-testid="tickets-block">
            <summary>Tickets du formulaire ({tickets.count}) — transmis à la DIHAL par le CRM, hors enquête</summary>
            <IndicatorsPanel indicators={tickets} caption={`${label} — tickets`} testId="ticket-indicator" />
          </details>
        )}
        <h3>Enquête mensuelle</h3>
        <SurveySentLog period={{ from: range.from, to: addDays(range.toInclusive, 1) }} />
        <SuiviSurvey text={surveyText(indicators, `Enquête mensuelle — ${label}${departement ? ` — ${departement}` : ''}`)} />
        <h3>Graphiques</h3>
        <ChartsPanel weeks={weeks} top={indicators.top} />
      </section>

      <section id="historique" aria-labelledby={`${id}-hist`} className="ag-section">
        <h2 id={`${id}-hist`}>Historique</h2>
        {rowsQuery.isPending ? <p>Chargement…</p> : <SuiviHistory rows={rows} nomenclature={nomenclature} />}
      </section>

      <section id="export" aria-labelledby={`${id}-exp`} className="ag-section">
        <h2 id={`${id}-exp`}>Export et import</h2>
        <SuiviTransfer rows={rows} nomenclature={nomenclature} departement={departement} period={period} periodLabel={label} scope={scope} />
      </section>

      <section id="consolidation" aria-labelledby={`${id}-cons`} className="ag-section">
        <h2 id={`${id}-cons`}>Consolidation nationale</h2>
        <SuiviConsolidation nomenclature={nomenclature} period={period} periodLabel={label} />
      </section>

      <section id="confidentialite" aria-labelledby={`${id}-priv`} className="ag-section">
        <h2 id={`${id}-priv`}>Confidentialité</h2>
        <SuiviPrivacy total={rows.length} />
      </section>
    </PageLayout>
  );
}
