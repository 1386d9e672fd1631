/*
 * One minefield's card: its trap, the live check its kind has (looked up in CHECKS), a status the
 * planner sets where no check decides it, and a note.
 */
import * as React from "react";
import { Badge, Caption1, Card, CardHeader, Field, Radio, RadioGroup, Subtitle2, Text, Textarea } from "@fluentui/react-components";
import { Answer, Language, Minefield, MinefieldKind, NotesCheck, Status, STATUS_LABELS, STATUSES, stagePlan } from "../core";
import { BudgetStep, problemSentences } from "./budget-step";
import { CpmChart } from "./CpmChart";
import type { Scenario } from "./scenario";
import { OwnedUsers, ownedUsersEvidence } from "./owned-users";
import { KeptTarget, NOTE_LIMIT } from "./state";
import { HISTORY_LAYOUT } from "../template/planner";
import { UI } from "./ui-strings";
import { WhatItTakes } from "./WhatItTakes";

const BADGE: Record<Status, "success" | "warning" | "danger" | "informative"> = {
  clear: "success",
  watch: "warning",
  risk: "danger",
  unanswered: "informative",
};


/** What a minefield's check works from: the scenario and the checks run on it. */
export interface CheckProps {
  language: Language;
  scenario: Scenario | null;
  budgetStep: BudgetStep | null;
  notesCheck: NotesCheck | null;
  /** Minefield 6 on the NPL sheet, where the workbook has one. */
  ownedUsers?: OwnedUsers;
  /** "What would it take?": the target the planner typed for this scenario, and where a new one is kept. */
  target?: KeptTarget;
  onTarget?: (target: KeptTarget) => void;
}

/** Minefield 2: the step's verdict, the CPM chart, and what the target would take — or which input keeps it from a verdict. */
function BudgetCheckView({ language, scenario, budgetStep: step, target, onTarget }: CheckProps): React.ReactElement {
  const u = UI[language];
  if (!step || !scenario) return <Caption1 as="p" block>{u.needsBudgets}</Caption1>;
  const check = step.check;
  if (!check) {
    return (
      <div className="check" data-check="budget" data-problems={step.problems.length}>
        <Text as="p" block weight="semibold" data-result="not-checked">
          {u.notChecked}
        </Text>
        <ul>
          {problemSentences(step.problems, u, language).map((sentence, i) => (
            <li key={i} data-problem={step.problems[i].kind}>
              {sentence}
            </li>
          ))}
        </ul>
      </div>
    );
  }
  return (
    <div className="check" data-check="budget">
      <Text as="p" block data-result="verdict">
        {check.verdict[language]}
      </Text>
      {step.bandFailed !== undefined && (
        <Caption1 as="p" block data-result="band-failed">
          {u.fitFailed(step.bandFailed)}
        </Caption1>
      )}
      {scenario.history?.beyond !== undefined && (
        <Caption1 as="p" block data-result="months-beyond">
          {u.monthsBeyond(scenario.history.beyond, HISTORY_LAYOUT.monthRows)}
        </Caption1>
      )}
      {scenario.template && (
        <Caption1 as="p" block data-result="assumptions">
          {u.assumptionsFrom(scenario.assumptions.range)}
        </Caption1>
      )}
      <CpmChart
        language={language}
        thisMonth={scenario.thisMonth!}
        proposed={scenario.proposed!}
        cap={check.budgetCap}
        baseCpm={scenario.baseCpm}
        history={scenario.history}
        capBand={check.capBand}
        assumptions={step.assumptions}
      />
      {scenario.baseCpa !== undefined && (
        <WhatItTakes
          language={language}
          baseCpa={scenario.baseCpa}
          thisMonth={scenario.thisMonth}
          proposed={scenario.proposed}
          cap={check.budgetCap}
          targetCpa={scenario.targetCpa}
          assumptions={step.assumptions}
          kept={target}
          onKeep={onTarget}
        />
      )}
    </div>
  );
}

/** Minefield 3: the notes graded, the hollow hot notes and the hidden converters by name. */
function NotesCheckView({ language, notesCheck }: CheckProps): React.ReactElement {
  const u = UI[language];
  if (!notesCheck) return <Caption1 as="p" block>{u.needsNotes}</Caption1>;
  return (
    <div className="check" data-check="notes">
      <Text as="p" block>{notesCheck.summary[language]}</Text>
      <p>
        <strong>
          {u.hollowHot}
          {u.labelSeparator}
        </strong>
        <span data-list="hollow">{u.list(notesCheck.hollowHot) || u.none}</span>
      </p>
      <p>
        <strong>
          {u.hiddenConverters}
          {u.labelSeparator}
        </strong>
        <span data-list="hidden">{u.list(notesCheck.hiddenConverters) || u.none}</span>
      </p>
    </div>
  );
}

/** Minefield 6: the NPL sheet's loyal share and what a higher group-chat join rate adds — or which cell keeps it from a verdict. */
function OwnedUsersView({ language, ownedUsers }: CheckProps): React.ReactElement {
  const u = UI[language];
  if (!ownedUsers) return <Caption1 as="p" block>{ownedUsersEvidence(undefined, u, language)}</Caption1>;
  return (
    <div className="check" data-check="owned-users" data-problems={ownedUsers.problems.length}>
      <Text as="p" block data-result={ownedUsers.check ? "verdict" : "not-checked"}>
        {ownedUsersEvidence(ownedUsers, u, language)}
      </Text>
    </div>
  );
}

/** The closed-loop minefields: what to do at the scenario's stage. */
function StageGuidance({ language, scenario }: CheckProps): React.ReactElement | null {
  if (scenario?.stage === undefined) return null;
  const plan = stagePlan(scenario.stage, language);
  return (
    <div className="guidance">
      <Caption1 as="p" block>{`${UI[language].guidance} — ${plan[0]}`}</Caption1>
      <ul>
        {plan.slice(2).map((line, i) => (
          <li key={i}>{line}</li>
        ))}
      </ul>
    </div>
  );
}

/** The check each kind of minefield has; a minefield the planner confirms has none. */
const CHECKS: Record<MinefieldKind, (props: CheckProps) => React.ReactElement | null> = {
  budgetStep: BudgetCheckView,
  notes: NotesCheckView,
  closedLoop: StageGuidance,
  ownedUsers: OwnedUsersView,
  confirm: () => null,
};

export interface MinefieldCardProps extends CheckProps {
  minefield: Minefield;
  status: Status;
  /** The status comes from the live check, not from the planner. */
  computed: boolean;
  given: Answer | undefined;
  onAnswer: (patch: Partial<Answer>) => void;
}

export function MinefieldCard({ minefield: m, status, computed, given, onAnswer, ...check }: MinefieldCardProps): React.ReactElement {
  const { language } = check;
  const u = UI[language];
  const headingId = `minefield-${m.id}-title`;
  const note = given?.note ?? "";
  return (
    <Card className="minefield" data-minefield={m.id} aria-labelledby={headingId} role="region">
      <CardHeader
        header={
          <Subtitle2 as="h3" id={headingId}>
            {`${m.id}. ${m.title[language]}`}
          </Subtitle2>
        }
        action={
          <Badge appearance="filled" color={BADGE[status]} data-status={status}>
            {STATUS_LABELS[status][language]}
          </Badge>
        }
      />
      <Text as="p" block className="trap">
        {m.trap[language]}
      </Text>
      {React.createElement(CHECKS[m.kind], check)}
      {computed ? (
        <Caption1 as="p" block>{u.fromCheck}</Caption1>
      ) : (
        <Field label={`${m.question[language]} — ${u.status}`}>
          <RadioGroup layout="horizontal" className="statuses" value={given?.status ?? "unanswered"} onChange={(_, data) => onAnswer({ status: data.value as Status })}>
            {STATUSES.map((option) => (
              <Radio key={option} value={option} label={STATUS_LABELS[option][language]} />
            ))}
          </RadioGroup>
        </Field>
      )}
      <Field
        label={u.note}
        hint={{ children: u.noteLength(note.length, NOTE_LIMIT), "data-note-length": m.id } as never}
        validationState={note.length >= NOTE_LIMIT ? "warning" : "none"}
      >
        <Textarea
          data-note={m.id}
          value={note}
          placeholder={u.notePlaceholder}
          resize="vertical"
          maxLength={NOTE_LIMIT}
          // maxLength stops typing and pasting at the limit; the slice holds for any other input.
          onChange={(_, data) => onAnswer({ note: data.value.slice(0, NOTE_LIMIT) })}
        />
      </Field>
    </Card>
  );
}
