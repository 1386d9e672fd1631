/*
 * A small chart for minefield 2: average and marginal CPM against monthly spend, with this month's
 * budget, the proposed one and the budget cap marked — and, where the workbook has a CPM history
 * sheet, the planner's own months as points, the curve fitted to them and the band of its interval.
 * SVG, labelled for screen readers.
 */
import * as React from "react";
import { CHART_COLORS } from "./chart-colors";
import { Assumptions, averageCpm, CapBand, cpmCurvePoints, formatShortAmount, Language } from "../core";
import type { CpmHistory } from "./history-notes";
import { UI } from "./ui-strings";

export interface CpmChartProps {
  language: Language;
  thisMonth: number;
  proposed: number;
  cap?: number;
  baseCpm?: number;
  /** The planner's months and their fit (the CPM history sheet). */
  history?: CpmHistory;
  /** The cap at the band's two ends, shaded between them. */
  capBand?: CapBand;
  /** The assumptions the scenario's formulas read; the fitted curve is the same table at the fit's elasticity. */
  assumptions: Assumptions;
}

const WIDTH = 300;
const HEIGHT = 150;
const PAD = { left: 36, right: 8, top: 10, bottom: 22 };

export function CpmChart({ language, thisMonth, proposed, cap, baseCpm, history, capBand, assumptions }: CpmChartProps): React.ReactElement {
  const u = UI[language];
  const short = (spend: number) => formatShortAmount(spend, language);
  const months = history?.months ?? [];
  // Loops over the months, not Math.max(...months): a long history spread onto the stack overflows it.
  const upTo = months.reduce((most, m) => Math.max(most, m.spend), Math.max(thisMonth, proposed, cap ?? 0, capBand?.optimistic ?? 0, 1)) * 1.25;
  const points = cpmCurvePoints(upTo, baseCpm ?? 1, assumptions);
  // The fitted average CPM, and the same curve at each end of its interval.
  const fitted = (elasticity: number) => {
    const a = { ...assumptions, cpmElasticity: elasticity };
    return points.map((p) => ({ spend: p.spend, cpm: averageCpm(p.spend, history!.fit!.baseCpm, a) }));
  };
  const fit = history?.fit ? fitted(history.fit.elasticity) : undefined;
  const band = history?.fit && history.band ? [fitted(Math.min(history.band.low, history.band.high)), fitted(Math.max(history.band.low, history.band.high))] : undefined;
  const finite = (values: number[]) => values.filter((v) => Number.isFinite(v));
  const top =
    [...finite(points.map((p) => p.marginal)), ...months.map((m) => m.cpm), ...finite((band?.[1] ?? []).map((p) => p.cpm))].reduce((most, v) => Math.max(most, v), -Infinity) * 1.05;
  const x = (spend: number) => PAD.left + (spend / upTo) * (WIDTH - PAD.left - PAD.right);
  const y = (price: number) => HEIGHT - PAD.bottom - (price / top) * (HEIGHT - PAD.top - PAD.bottom);
  const line = (pick: (p: (typeof points)[number]) => number) => points.map((p) => `${x(p.spend).toFixed(1)},${y(pick(p)).toFixed(1)}`).join(" ");
  const marks: [number | undefined, string, string][] = [
    [thisMonth, u.chartNow, CHART_COLORS.now],
    [proposed, u.chartProposed, CHART_COLORS.proposed],
    [cap, u.chartCap, CHART_COLORS.cap],
  ];
  const label =
    u.chartLabel(short(thisMonth), short(proposed), cap !== undefined ? short(cap) : "") +
    (months.length ? ` ${u.chartHistoryLabel(months.length, history?.band ? [history.band.low, history.band.high].map((e) => e.toFixed(3)) : undefined)}` : "");
  const path = (curve: { spend: number; cpm: number }[]) => curve.map((p) => `${x(p.spend).toFixed(1)},${y(Math.min(p.cpm, top)).toFixed(1)}`);
  return (
    <figure className="cpm-chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width="100%" role="img" aria-label={label}>
        <line x1={PAD.left} y1={HEIGHT - PAD.bottom} x2={WIDTH - PAD.right} y2={HEIGHT - PAD.bottom} style={{ stroke: CHART_COLORS.axis }} />
        <line x1={PAD.left} y1={PAD.top} x2={PAD.left} y2={HEIGHT - PAD.bottom} style={{ stroke: CHART_COLORS.axis }} />
        <text x={PAD.left - 4} y={PAD.top + 8} fontSize="9" textAnchor="end" style={{ fill: CHART_COLORS.text }}>
          {top.toFixed(top < 10 ? 1 : 0)}
        </text>
        <text x={WIDTH - PAD.right} y={HEIGHT - 6} fontSize="9" textAnchor="end" style={{ fill: CHART_COLORS.text }}>
          {short(upTo)}
        </text>
        {capBand?.pessimistic !== undefined && capBand.optimistic !== undefined && (
          <rect
            data-chart="cap-band"
            x={x(capBand.pessimistic)}
            y={PAD.top}
            width={Math.max(0, x(capBand.optimistic) - x(capBand.pessimistic))}
            height={HEIGHT - PAD.top - PAD.bottom}
            style={{ fill: CHART_COLORS.cap }}
            opacity="0.08"
          />
        )}
        {band && <polygon data-chart="fit-band" points={[...path(band[0]), ...path(band[1]).reverse()].join(" ")} style={{ fill: CHART_COLORS.history }} opacity="0.15" />}
        {fit && <polyline data-chart="fit" points={path(fit).join(" ")} fill="none" style={{ stroke: CHART_COLORS.history }} strokeWidth="1.5" />}
        {months.map((m, i) => (
          <circle key={i} data-chart="month" cx={x(m.spend)} cy={y(m.cpm)} r="2.2" style={{ fill: CHART_COLORS.history }} />
        ))}
        <polyline points={line((p) => p.average)} fill="none" style={{ stroke: CHART_COLORS.average }} strokeWidth="2" />
        <polyline points={line((p) => p.marginal)} fill="none" style={{ stroke: CHART_COLORS.marginal }} strokeWidth="2" strokeDasharray="4 3" />
        {marks.map(([spend, name, color]) =>
          spend === undefined ? null : (
            <g key={name}>
              <line x1={x(spend)} y1={PAD.top} x2={x(spend)} y2={HEIGHT - PAD.bottom} style={{ stroke: color }} strokeWidth="1.5" />
              <text x={x(spend) + 2} y={PAD.top + 10 + (name === u.chartCap ? 20 : name === u.chartProposed ? 10 : 0)} fontSize="9" style={{ fill: color }}>
                {name}
              </text>
            </g>
          ),
        )}
      </svg>
      <figcaption>
        <span className="legend average">— {u.chartAverage}</span> <span className="legend marginal">- - {u.chartMarginal}</span>
        {months.length > 0 && (
          <>
            {" "}
            <span className="legend history">● {u.chartMonths}</span>
            {fit && <span className="legend history"> — {band ? u.chartFitBand : u.chartFit}</span>}
          </>
        )}
      </figcaption>
    </figure>
  );
}
