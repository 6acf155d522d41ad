// Hand-made SVG charts of the Suivi page (weekly requests by niveau, top sous-motifs, mean duration trend),
// each with a title, a description and its data table for screen readers.
import { useId, type ReactNode } from 'react';
import type { SousMotifCount } from '@/lib/tracking/indicators';
import { sousMotifLabel } from '@/lib/tracking/indicators';
import type { WeekPoint } from '@/lib/tracking/charts';
import { toFrenchDate } from '@/lib/tracking/dates';

const W = 640;
const H = 220;
// User units are CSS px: the SVG is drawn at its own width (never scaled down at 1366 px), so 12 means 12 px.
const PAD = { l: 44, r: 12, t: 26, b: 44 };
const FONT = 12;
const N1 = '#000091';
const N2 = '#b34000';
const fmt = (n: number) => n.toLocaleString('fr-FR', { maximumFractionDigits: 1 });

function Chart({ title, desc, children, table }: { title: string; desc: string; children: ReactNode; table: ReactNode }) {
  const id = useId();
  return (
    <figure className="ag-chart">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={`${id}-t ${id}-d`} width={W} height={H} preserveAspectRatio="xMinYMin meet">
        <title id={`${id}-t`}>{title}</title>
        <desc id={`${id}-d`}>{desc}</desc>
        {children}
      </svg>
      <figcaption>{title}</figcaption>
      <details>
        <summary>Données du graphique « {title} »</summary>
        {table}
      </details>
    </figure>
  );
}

function yAxis(max: number, label: string) {
  const ticks = [0, max / 2, max];
  const innerH = H - PAD.t - PAD.b;
  return (
    <g aria-hidden="true" fontSize={FONT} fill="#3a3a3a">
      {ticks.map((t) => {
        const y = PAD.t + innerH - (max ? (t / max) * innerH : 0);
        return (
          <g key={t}>
            <line x1={PAD.l} x2={W - PAD.r} y1={y} y2={y} stroke="#dddddd" />
            <text x={PAD.l - 4} y={y + 4} textAnchor="end">{fmt(t)}</text>
          </g>
        );
      })}
      <text x={4} y={PAD.t - 10}>{label}</text>
    </g>
  );
}

function WeeklyChart({ weeks }: { weeks: readonly WeekPoint[] }) {
  const max = Math.max(1, ...weeks.map((w) => w.niveau1 + w.niveau2));
  const innerW = W - PAD.l - PAD.r;
  const innerH = H - PAD.t - PAD.b;
  const bw = weeks.length ? innerW / weeks.length : innerW;
  const total = weeks.reduce((s, w) => s + w.niveau1 + w.niveau2, 0);
  return (
    <Chart
      title="Sollicitations par semaine et par niveau"
      desc={weeks.length ? `${weeks.length} semaines, ${total} sollicitations ; niveau 1 en bleu, niveau 2 en orange.` : 'Aucune sollicitation sur la période.'}
      table={
        <table className="fr-table ag-table">
          <thead><tr><th scope="col">Semaine du</th><th scope="col">Niveau 1</th><th scope="col">Niveau 2</th></tr></thead>
          <tbody>{weeks.map((w) => <tr key={w.week}><td>{toFrenchDate(w.week)}</td><td>{w.niveau1}</td><td>{w.niveau2}</td></tr>)}</tbody>
        </table>
      }
    >
      {yAxis(max, 'sollicitations')}
      {weeks.map((w, i) => {
        const x = PAD.l + i * bw + bw * 0.15;
        const h1 = (w.niveau1 / max) * innerH;
        const h2 = (w.niveau2 / max) * innerH;
        const base = PAD.t + innerH;
        return (
          <g key={w.week}>
            <rect x={x} width={bw * 0.7} y={base - h1} height={h1} fill={N1} />
            <rect x={x} width={bw * 0.7} y={base - h1 - h2} height={h2} fill={N2} />
            <text x={x + bw * 0.35} y={H - PAD.b + 16} textAnchor="middle" fontSize={FONT} aria-hidden="true">{toFrenchDate(w.week).slice(0, 5)}</text>
          </g>
        );
      })}
      <g aria-hidden="true" fontSize={FONT}>
        <rect x={PAD.l} y={H - 16} width={12} height={12} fill={N1} />
        <text x={PAD.l + 16} y={H - 6}>Niveau 1</text>
        <rect x={PAD.l + 90} y={H - 16} width={12} height={12} fill={N2} />
        <text x={PAD.l + 106} y={H - 6}>Niveau 2</text>
      </g>
    </Chart>
  );
}

function TopChart({ top }: { top: readonly SousMotifCount[] }) {
  const max = Math.max(1, ...top.map((t) => t.count));
  const rowH = (H - 10) / Math.max(top.length, 1);
  const labelW = 330;
  return (
    <Chart
      title="Sous-motifs les plus sollicités"
      desc={top.length ? top.map((t) => `${t.sousMotif} : ${t.count}`).join(' ; ') : 'Aucune sollicitation sur la période.'}
      table={
        <table className="fr-table ag-table">
          <thead><tr><th scope="col">Sous-motif</th><th scope="col">Nombre</th><th scope="col">Durée moyenne (min)</th></tr></thead>
          <tbody>{top.map((t) => <tr key={sousMotifLabel(t)}><td>{sousMotifLabel(t)}</td><td>{t.count}</td><td>{fmt(t.meanDurationMinutes)}</td></tr>)}</tbody>
        </table>
      }
    >
      {top.map((t, i) => {
        const y = 5 + i * rowH;
        const w = ((W - labelW - 40) * t.count) / max;
        const label = t.sousMotif.length > 42 ? `${t.sousMotif.slice(0, 41)}…` : t.sousMotif;
        return (
          <g key={sousMotifLabel(t)}>
            <text x={labelW - 6} y={y + rowH / 2 + 4} textAnchor="end" fontSize={FONT} aria-hidden="true">{label}</text>
            <rect x={labelW} y={y + rowH * 0.2} width={w} height={rowH * 0.6} fill={t.niveau === 1 ? N1 : N2} />
            <text x={labelW + w + 4} y={y + rowH / 2 + 4} fontSize={FONT} aria-hidden="true">{t.count}</text>
          </g>
        );
      })}
    </Chart>
  );
}

function DurationChart({ weeks }: { weeks: readonly WeekPoint[] }) {
  const pts = weeks.filter((w) => w.niveau1 + w.niveau2 > 0);
  const max = Math.max(1, ...pts.map((w) => w.meanDurationMinutes));
  const innerW = W - PAD.l - PAD.r;
  const innerH = H - PAD.t - PAD.b;
  const x = (i: number) => PAD.l + (weeks.length > 1 ? (i / (weeks.length - 1)) * innerW : innerW / 2);
  const y = (v: number) => PAD.t + innerH - (v / max) * innerH;
  const path = weeks
    .map((w, i) => ({ w, i }))
    .filter(({ w }) => w.niveau1 + w.niveau2 > 0)
    .map(({ w, i }, k) => `${k ? 'L' : 'M'}${x(i).toFixed(1)},${y(w.meanDurationMinutes).toFixed(1)}`)
    .join(' ');
  return (
    <Chart
      title="Durée moyenne de traitement par semaine"
      desc={pts.length ? `De ${fmt(pts[0]!.meanDurationMinutes)} à ${fmt(pts[pts.length - 1]!.meanDurationMinutes)} minutes sur ${pts.length} semaines.` : 'Aucune sollicitation sur la période.'}
      table={
        <table className="fr-table ag-table">
          <thead><tr><th scope="col">Semaine du</th><th scope="col">Durée moyenne (min)</th></tr></thead>
          <tbody>{pts.map((w) => <tr key={w.week}><td>{toFrenchDate(w.week)}</td><td>{fmt(w.meanDurationMinutes)}</td></tr>)}</tbody>
        </table>
      }
    >
      {yAxis(max, 'minutes')}
      <path d={path} fill="none" stroke={N1} strokeWidth={2} />
      {weeks.map((w, i) =>
        w.niveau1 + w.niveau2 > 0 ? <circle key={w.week} cx={x(i)} cy={y(w.meanDurationMinutes)} r={3} fill={N1} /> : null,
      )}
    </Chart>
  );
}

export function ChartsPanel({ weeks, top }: { weeks: readonly WeekPoint[]; top: readonly SousMotifCount[] }) {
  return (
    <div className="ag-charts" data-testid="charts">
      <WeeklyChart weeks={weeks} />
      <TopChart top={top} />
      <DurationChart weeks={weeks} />
    </div>
  );
}
