/*
 * "What would it take?" in minefield 2's card: enter a conversions target (or a target marginal
 * CPA) and see the budget the scenario needs (REQUIREDBUDGET over its one line) and its response
 * curve (SWEEP), with this month, the proposal, the cap and the required budget marked.
 */
import * as React from "react";
import { Field, Input, Radio, RadioGroup, Text } from "@fluentui/react-components";
import { conversions, describe, formatAmount, formatPrice, formatShortAmount, isDomainError, Language, TargetKind, typedTarget, whatItTakes } from "../core";
import { ResponseChart } from "./ResponseChart";

const WORDS = {
  en: {
    heading: "What would it take?",
    kind: "Target",
    conversions: "Conversions a month",
    marginalCpa: "Marginal CPA at most",
    target: "Target value",
    needsNumber: "Enter a number above 0.",
    neededFor: (target: string, budget: string, price: string) => `${target} conversions a month take at least ${budget} on this scenario's curve; the next conversion there costs ${price}.`,
    allowedAt: (target: string, budget: string, bought: string) => `At a marginal CPA of at most ${target}, this scenario can spend up to ${budget} a month, buying ${bought} conversions.`,
    unreachable: (why: string) => `No budget reaches it: ${why}`,
    now: "This month",
    proposed: "Proposed",
    cap: "Cap",
    required: "Required",
    chartConversions: "conversions",
    chartMarginal: "marginal CPA",
    chartLabel: (upTo: string, marks: string) => `Conversions and marginal CPA against monthly budget up to ${upTo}${marks ? `; ${marks}` : ""}.`,
  },
  zh: {
    heading: "需要多少预算？",
    kind: "目标",
    conversions: "每月转化数",
    marginalCpa: "边际 CPA 不超过",
    target: "目标值",
    needsNumber: "请输入大于 0 的数字。",
    neededFor: (target: string, budget: string, price: string) => `按本情景的曲线，每月 ${target} 次转化至少需要 ${budget}；此时下一次转化成本为 ${price}。`,
    allowedAt: (target: string, budget: string, bought: string) => `边际 CPA 不超过 ${target} 时，本情景每月最多可投 ${budget}，获得 ${bought} 次转化。`,
    unreachable: (why: string) => `没有预算能达到：${why}`,
    now: "本月",
    proposed: "拟定",
    cap: "上限",
    required: "所需",
    chartConversions: "转化数",
    chartMarginal: "边际 CPA",
    chartLabel: (upTo: string, marks: string) => `转化数与边际 CPA 随月预算变化（至 ${upTo}）${marks ? `；${marks}` : ""}。`,
  },
};

export interface WhatItTakesProps {
  language: Language;
  baseCpa: number;
  thisMonth?: number;
  proposed?: number;
  cap?: number;
  targetCpa?: number;
}

export function WhatItTakes({ language, baseCpa, thisMonth, proposed, cap, targetCpa }: WhatItTakesProps): React.ReactElement {
  const w = WORDS[language];
  const [kind, setKind] = React.useState<TargetKind>("conversions");
  const [text, setText] = React.useState("");
  // An empty box starts from what the proposal buys (or the scenario's target CPA): a picture at once.
  const starting = kind === "marginal-cpa" ? targetCpa : proposed !== undefined && proposed > 0 ? Math.round(conversions(proposed, baseCpa)) : undefined;
  const target = typedTarget(text, kind, starting);
  const result = target !== undefined ? whatItTakes({ baseCpa, target, kind, thisMonth, proposed, cap }) : undefined;
  const required = result && !isDomainError(result.required) ? result.required : undefined;
  const short = (x: number) => formatShortAmount(x, language);
  const marks = [
    { budget: thisMonth, label: w.now, color: "#0f6cbd" },
    { budget: proposed, label: w.proposed, color: "#bc4b09" },
    { budget: cap, label: w.cap, color: "#c50f1f" },
    { budget: required?.budget, label: w.required, color: "#107c10" },
  ];
  const markWords = marks.flatMap((m) => (m.budget === undefined ? [] : [`${m.label} ${short(m.budget)}`])).join(language === "zh" ? "，" : ", ");
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
