// Résultats of a period: number of requests, mean duration, resolution and escalation rates, top sous-motifs (the seed's pivot tables).
import type { Indicators } from '@/lib/tracking/indicators';
import { percent, sousMotifLabel } from '@/lib/tracking/indicators';

const fmt = (n: number) => n.toLocaleString('fr-FR', { maximumFractionDigits: 1 });

export function IndicatorsPanel({ indicators, caption, testId = 'indicator' }: { indicators: Indicators; caption: string; testId?: string }) {
  return (
    <div data-testid={`${testId}s`}>
      <table className="fr-table ag-table">
        <caption>Statistiques de traitement — {caption}</caption>
        <thead>
          <tr>
            <th scope="col">Nombre de sollicitations</th>
            <th scope="col">Durée moyenne de traitement par sollicitation</th>
            <th scope="col">Taux de résolution</th>
            <th scope="col">Taux d’escalade</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <td data-testid={`${testId}-count`}>{indicators.count}</td>
            <td data-testid={`${testId}-duration`}>{fmt(indicators.meanDurationMinutes)} min</td>
            <td data-testid={`${testId}-resolution`}>{percent(indicators.resolutionRate)} %</td>
            <td data-testid={`${testId}-escalation`}>{percent(indicators.escalationRate)} %</td>
          </tr>
        </tbody>
      </table>
      <table className="fr-table ag-table">
        <caption>Les 5 sous-motifs les plus sollicités — {caption}</caption>
        <thead>
          <tr>
            <th scope="col">Rang</th>
            <th scope="col">Niveau</th>
            <th scope="col">Thématique - motif - sous motif</th>
            <th scope="col">Nombre de sollicitations</th>
            <th scope="col">Durée moyenne (min)</th>
            <th scope="col">Taux de résolution</th>
            <th scope="col">Taux d’escalade</th>
          </tr>
        </thead>
        <tbody>
          {indicators.top.length === 0 && (
            <tr>
              <td colSpan={7}>Aucune sollicitation sur la période.</td>
            </tr>
          )}
          {indicators.top.map((t, i) => (
            <tr key={`${t.niveau}-${sousMotifLabel(t)}`}>
              <td>{i + 1}</td>
              <td>{t.niveau}</td>
              <td>{sousMotifLabel(t)}</td>
              <td>{t.count}</td>
              <td>{fmt(t.meanDurationMinutes)}</td>
              <td>{percent(t.resolutionRate)} %</td>
              <td>{percent(t.escalationRate)} %</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
