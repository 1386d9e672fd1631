/*
 * "What would it take?" in minefield 2's card: enter a conversions target (or a target marginal
 * CPA) and see the budget the scenario needs (REQUIREDBUDGET over its one line) and its response
 * curve (SWEEP), with this month, the proposal, the cap and the required budget marked.
 */
import * as React from "react";
import { CHART_COLORS } from "./chart-colors";
import { Field, Input, Radio, RadioGroup, Text } from "@fluentui/react-components";
import { Assumptions, conversions, describe, formatAmount, formatPrice, formatShortAmount, isDomainError, Language, TargetKind, typedTarget, whatItTakes } from "../core";
import { ResponseChart } from "./ResponseChart";
import type { KeptTarget } from "./state";
import { UI } from "./ui-strings";

export interface WhatItTakesProps {
  language: Language;
  baseCpa: number;
  thisMonth?: number;
  proposed?: number;
  cap?: number;
  targetCpa?: number;
  /** The assumptions the scenario's formulas read: REQUIREDBUDGET and SWEEP over the same table. */
  assumptions: Assumptions;
  /** The target as the planner last typed it, kept with the scenario's answers (a pane reload brings it back). */
  kept?: KeptTarget;
  /** Keeps the target typed or the kind chosen. */
  onKeep?: (target: KeptTarget) => void;
}

export function WhatItTakes({ language, baseCpa, thisMonth, proposed, cap, targetCpa, assumptions, kept, onKeep }: WhatItTakesProps): React.ReactElement {
  const w = UI[language].whatItTakes;
  // Kept with the scenario's answers where the pane keeps them (onKeep), else here while the pane is open.
  const [own, setOwn] = React.useState<KeptTarget>({ kind: "conversions", text: "" });
  const { kind, text } = onKeep ? (kept ?? { kind: "conversions", text: "" }) : own;
  const keep = onKeep ?? setOwn;
  const setKind = (value: TargetKind) => keep({ kind: value, text });
  const setText = (value: string) => keep({ kind, text: value });
  // An empty box starts from what the proposal buys (or the scenario's target CPA): a picture at once.
  const starting = kind === "marginal-cpa" ? targetCpa : proposed !== undefined && proposed > 0 ? Math.round(conversions(proposed, baseCpa, assumptions)) : undefined;
  const target = typedTarget(text, kind, starting);
  let result: ReturnType<typeof whatItTakes> | undefined;
  try {
    result = target !== undefined ? whatItTakes({ baseCpa, target, kind, thisMonth, proposed, cap }, assumptions) : undefined;
  } catch (error) {
    // A scenario the curve cannot price (a figure past the functions' limits) gives no picture,
    // never a pane that stops drawing.
    if (!isDomainError(error)) throw error;
    result = undefined;
  }
  const required = result && !isDomainError(result.required) ? result.required : undefined;
  const short = (x: number) => formatShortAmount(x, language);
  const marks = [
    { budget: thisMonth, label: w.now, color: CHART_COLORS.now },
    { budget: proposed, label: w.proposed, color: CHART_COLORS.proposed },
    { budget: cap, label: w.cap, color: CHART_COLORS.cap },
    { budget: required?.budget, label: w.required, color: CHART_COLORS.required },
  ];
  const markWords = w.marks(marks.flatMap((m) => (m.budget === undefined ? [] : [`${m.label} ${short(m.budget)}`])));
  let sentence = w.needsNumber;
  if (result && required) {
    sentence =
      kind === "conversions"
        ? w.neededFor(formatAmount(target as number, 1), formatAmount(required.budget, 2), formatPrice(required.marginalCpa))
        : w.allowedAt(formatPrice(target as number), formatAmount(required.budget, 2), formatAmount(required.conversions, 1));
  } else if (result && isDomainError(result.required)) sentence = w.unreachable(describe(result.required, language));
  return (
    <section className="what-it-takes" data-check="what-it-takes" aria-label={w.heading}>
      <Text as="h4" weight="semibold" block>
        {w.heading}
      </Text>
      <Field label={w.kind}>
        <RadioGroup layout="horizontal" value={kind} onChange={(_, data) => setKind(data.value as TargetKind)}>
          <Radio value="conversions" label={w.conversions} />
          <Radio value="marginal-cpa" label={w.marginalCpa} />
        </RadioGroup>
      </Field>
      <Field label={w.target}>
        <Input
          inputMode="decimal"
          value={text}
          placeholder={starting !== undefined ? formatAmount(starting, kind === "conversions" ? 0 : 2) : ""}
          onChange={(_, data) => setText(data.value)}
          data-input="target"
        />
      </Field>
      <Text as="p" block aria-live="polite" data-result="required">
        {sentence}
      </Text>
      {result && (
        <ResponseChart
          language={language}
          curve={result.curve}
          upTo={result.upTo}
          marks={marks}
          description={w.chartLabel(short(result.upTo), markWords)}
          words={{ conversions: w.chartConversions, marginalCpa: w.chartMarginal }}
        />
      )}
    </section>
  );
}
