/*
 * The scenario section: the sheet the pane is on, the template's step to check or the cells bound
 * on any other sheet, and the pane's actions.
 */
import * as React from "react";
import { Button, Caption1, Field, MessageBar, MessageBarBody, Select, Subtitle2 } from "@fluentui/react-components";
import type { Language } from "../core";
import type { SheetRef } from "./host";
import type { Scenario } from "./scenario";
import { BINDING_KEYS, BindingKey, SheetState } from "./state";
import { UI } from "./ui-strings";

export interface ScenarioSectionProps {
  language: Language;
  sheet: SheetRef | null;
  scenario: Scenario | null;
  sheetState: SheetState;
  /** The pane is on a report sheet it wrote. */
  onReport: boolean;
  /** The sheet is a scenario (scenario.ts isScenario), or the planner chose to bind cells on it. */
  isScenario: boolean;
  /** The planner chose to bind cells on a sheet that is no scenario yet. */
  onBindThisSheet: () => void;
  onMonth: (month: number) => void;
  onBind: (key: BindingKey) => void;
  onRefresh: () => void;
  onWriteReport: () => void;
  onInsertScenario: () => void;
  /** Insert charts: given only where the host draws charts (Excel) and the sheet has the template's layout. */
  onInsertCharts?: () => void;
}

export function ScenarioSection(props: ScenarioSectionProps): React.ReactElement {
  const { language, sheet, scenario, sheetState, onReport } = props;
  const u = UI[language];
  const scenarioHere = props.isScenario;
  return (
    <section aria-labelledby="scenario-heading" className="scenario">
      <Subtitle2 as="h2" id="scenario-heading">
        {scenarioHere ? u.scenario : u.sheet}
        {u.labelSeparator}
        <span id="sheet">{sheet?.name ?? ""}</span>
      </Subtitle2>
      {onReport && (
        <Caption1 as="p" block id="report-sheet">
          {u.reportSheet}
        </Caption1>
      )}
      {scenario?.template ? (
        <>
          <Caption1 as="p" block>{u.templateScenario}</Caption1>
          <Field label={u.monthStep}>
            <Select id="month" value={String(sheetState.month)} onChange={(_, data) => props.onMonth(Number(data.value))}>
              {scenario.months.slice(0, -1).map((label, i) => (
                <option key={i} value={i}>
                  {`${label} → ${scenario.months[i + 1]}`}
                </option>
              ))}
            </Select>
          </Field>
        </>
      ) : scenario && scenarioHere ? (
        <Bindings language={language} scenario={scenario} sheetState={sheetState} onBind={props.onBind} />
      ) : (
        scenario && (
          <>
            <Caption1 as="p" block id="not-scenario">
              {u.notScenario}
            </Caption1>
            <Button id="bind-this-sheet" size="small" onClick={props.onBindThisSheet}>
              {u.bindThisSheet}
            </Button>
          </>
        )
      )}
      <div className="actions">
        <Button id="refresh" onClick={props.onRefresh}>
          {u.refresh}
        </Button>
        {/* From the report sheet itself there is no scenario to report: it would overwrite the report. */}
        {!onReport && (
          <Button id="write-report" appearance="primary" onClick={props.onWriteReport}>
            {u.writeReport}
          </Button>
        )}
        <Button id="insert-scenario" onClick={props.onInsertScenario}>
          {u.insertScenario}
        </Button>
        {props.onInsertCharts && (
          <Button id="insert-charts" onClick={props.onInsertCharts}>
            {u.insertCharts}
          </Button>
        )}
      </div>
    </section>
  );
}

/** The cells each input is bound to on a sheet that is not the template's, each with "Use selected". */
function Bindings({ language, scenario, sheetState, onBind }: { language: Language; scenario: Scenario; sheetState: SheetState; onBind: (key: BindingKey) => void }) {
  const u = UI[language];
  return (
    <>
      <Caption1 as="p" block>{u.boundScenario}</Caption1>
      {Object.keys(scenario.missing).length > 0 && (
        <MessageBar intent="warning" id="bindings-missing">
          <MessageBarBody>{u.bindingsMissing(u.list([...new Set(Object.values(scenario.missing))]))}</MessageBarBody>
        </MessageBar>
      )}
      <dl className="bindings">
        {BINDING_KEYS.map((key) => (
          <div key={key} className="binding">
            <dt>{u.bindings[key]}</dt>
            <dd>
              <code data-binding={key} data-missing={scenario.missing[key] !== undefined || undefined}>
                {scenario.bound[key] ?? sheetState.bindings[key]?.address ?? u.notBound}
              </code>
              {scenario.missing[key] !== undefined && <Caption1 className="missing">{u.bindingMissing}</Caption1>}
              <Button size="small" onClick={() => onBind(key)} aria-label={`${u.useSelected}: ${u.bindings[key]}`}>
                {u.useSelected}
              </Button>
            </dd>
          </div>
        ))}
      </dl>
    </>
  );
}
