/*
 * The response curve beside minefield 2: conversions (solid, left scale) and marginal CPA (dashed,
 * right scale) against monthly budget, from SWEEP over the scenario's line, with this month, the
 * proposal, the cap and the required budget marked. SVG, described in words for screen readers.
 */
import * as React from "react";
import { CHART_COLORS } from "./chart-colors";
import { formatShortAmount, Language, SweepPoint } from "../core";

export interface ResponseChartProps {
  language: Language;
  curve: SweepPoint[];
  upTo: number;
  marks: { budget?: number; label: string; color: string }[];
  /** What the chart shows, in words. */
  description: string;
  words: { conversions: string; marginalCpa: string };
}

const WIDTH = 300;
const HEIGHT = 160;
const PAD = { left: 40, right: 36, top: 10, bottom: 22 };

export function ResponseChart({ language, curve, upTo, marks, description, words }: ResponseChartProps): React.ReactElement {
  const topConversions = Math.max(...curve.map((p) => p.conversions), 1) * 1.05;
  const topPrice = Math.max(...curve.map((p) => p.marginalCpa), 1e-9) * 1.05;
  const x = (budget: number) => PAD.left + (budget / upTo) * (WIDTH - PAD.left - PAD.right);
  const y = (value: number, top: number) => HEIGHT - PAD.bottom - (value / top) * (HEIGHT - PAD.top - PAD.bottom);
  const line = (pick: (p: SweepPoint) => number, top: number) => curve.map((p) => `${x(p.budget).toFixed(1)},${y(pick(p), top).toFixed(1)}`).join(" ");
  const shown = marks.filter((m): m is { budget: number; label: string; color: string } => m.budget !== undefined && m.budget <= upTo);
  return (
    <figure className="response-chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width="100%" role="img" aria-label={description}>
        <line x1={PAD.left} y1={HEIGHT - PAD.bottom} x2={WIDTH - PAD.right} y2={HEIGHT - PAD.bottom} style={{ stroke: CHART_COLORS.axis }} />
        <line x1={PAD.left} y1={PAD.top} x2={PAD.left} y2={HEIGHT - PAD.bottom} style={{ stroke: CHART_COLORS.axis }} />
        <line x1={WIDTH - PAD.right} y1={PAD.top} x2={WIDTH - PAD.right} y2={HEIGHT - PAD.bottom} style={{ stroke: CHART_COLORS.axis }} />
        <text x={PAD.left - 4} y={PAD.top + 8} fontSize="9" textAnchor="end" style={{ fill: CHART_COLORS.average }}>
          {formatShortAmount(topConversions, language)}
        </text>
        <text x={WIDTH - PAD.right + 4} y={PAD.top + 8} fontSize="9" style={{ fill: CHART_COLORS.marginal }}>
          {topPrice.toFixed(topPrice < 10 ? 1 : 0)}
        </text>
        <text x={WIDTH - PAD.right} y={HEIGHT - 6} fontSize="9" textAnchor="end" style={{ fill: CHART_COLORS.text }}>
          {formatShortAmount(upTo, language)}
        </text>
        <polyline points={line((p) => p.conversions, topConversions)} fill="none" style={{ stroke: CHART_COLORS.average }} strokeWidth="2" />
        <polyline points={line((p) => p.marginalCpa, topPrice)} fill="none" style={{ stroke: CHART_COLORS.marginal }} strokeWidth="2" strokeDasharray="4 3" />
        {shown.map((mark, i) => (
          <g key={mark.label}>
            <line x1={x(mark.budget)} y1={PAD.top} x2={x(mark.budget)} y2={HEIGHT - PAD.bottom} style={{ stroke: mark.color }} strokeWidth="1.5" />
            <text x={x(mark.budget) + 2} y={PAD.top + 10 + 10 * i} fontSize="9" style={{ fill: mark.color }}>
              {mark.label}
            </text>
          </g>
        ))}
      </svg>
      <figcaption>
        <span className="legend average">— {words.conversions}</span> <span className="legend marginal">- - {words.marginalCpa}</span>
      </figcaption>
    </figure>
  );
}
