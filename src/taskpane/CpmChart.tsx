/*
 * A small chart for minefield 2: average and marginal CPM against monthly spend, with this month's
 * budget, the proposed one and the budget cap marked. SVG, labelled for screen readers.
 */
import * as React from "react";
import { cpmCurvePoints, formatShortAmount, Language } from "../core";
import { UI } from "./ui-strings";

export interface CpmChartProps {
  language: Language;
  thisMonth: number;
  proposed: number;
  cap?: number;
  baseCpm?: number;
}

const WIDTH = 300;
const HEIGHT = 150;
const PAD = { left: 36, right: 8, top: 10, bottom: 22 };

export function CpmChart({ language, thisMonth, proposed, cap, baseCpm }: CpmChartProps): React.ReactElement {
  const u = UI[language];
  const short = (spend: number) => formatShortAmount(spend, language);
  const upTo = Math.max(thisMonth, proposed, cap ?? 0, 1) * 1.25;
  const points = cpmCurvePoints(upTo, baseCpm ?? 1);
  const top = Math.max(...points.map((p) => p.marginal)) * 1.05;
  const x = (spend: number) => PAD.left + (spend / upTo) * (WIDTH - PAD.left - PAD.right);
  const y = (price: number) => HEIGHT - PAD.bottom - (price / top) * (HEIGHT - PAD.top - PAD.bottom);
  const line = (pick: (p: (typeof points)[number]) => number) => points.map((p) => `${x(p.spend).toFixed(1)},${y(pick(p)).toFixed(1)}`).join(" ");
  const marks: [number | undefined, string, string][] = [
    [thisMonth, u.chartNow, "#0f6cbd"],
    [proposed, u.chartProposed, "#bc4b09"],
    [cap, u.chartCap, "#c50f1f"],
  ];
  const label = u.chartLabel(short(thisMonth), short(proposed), cap !== undefined ? short(cap) : "");
  return (
    <figure className="cpm-chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width="100%" role="img" aria-label={label}>
        <line x1={PAD.left} y1={HEIGHT - PAD.bottom} x2={WIDTH - PAD.right} y2={HEIGHT - PAD.bottom} stroke="#8a8886" />
        <line x1={PAD.left} y1={PAD.top} x2={PAD.left} y2={HEIGHT - PAD.bottom} stroke="#8a8886" />
        <text x={PAD.left - 4} y={PAD.top + 8} fontSize="9" textAnchor="end">
          {top.toFixed(top < 10 ? 1 : 0)}
        </text>
        <text x={WIDTH - PAD.right} y={HEIGHT - 6} fontSize="9" textAnchor="end">
          {short(upTo)}
        </text>
        <polyline points={line((p) => p.average)} fill="none" stroke="#0f6cbd" strokeWidth="2" />
        <polyline points={line((p) => p.marginal)} fill="none" stroke="#8764b8" strokeWidth="2" strokeDasharray="4 3" />
        {marks.map(([spend, name, color]) =>
          spend === undefined ? null : (
            <g key={name}>
              <line x1={x(spend)} y1={PAD.top} x2={x(spend)} y2={HEIGHT - PAD.bottom} stroke={color} strokeWidth="1.5" />
              <text x={x(spend) + 2} y={PAD.top + 10 + (name === u.chartCap ? 20 : name === u.chartProposed ? 10 : 0)} fontSize="9" fill={color}>
                {name}
              </text>
            </g>
          ),
        )}
      </svg>
      <figcaption>
        <span className="legend average">— {u.chartAverage}</span> <span className="legend marginal">- - {u.chartMarginal}</span>
      </figcaption>
    </figure>
  );
}
