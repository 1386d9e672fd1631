/*
 * The minefields task pane: a card per minefield with its trap, the live check on this workbook's
 * numbers where inputs allow, a status and a note; answers saved in the document as they change.
 * All workbook access goes through the WorkbookHost it is given. User text is rendered by React,
 * as text.
 */
import * as React from "react";
import {
  Badge,
  Body1,
  Button,
  Caption1,
  Card,
  CardHeader,
  Field,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Select,
  Subtitle2,
  Text,
  Textarea,
  Title3,
  webLightTheme,
} from "@fluentui/react-components";
import {
  Answer,
  BudgetStepCheck,
  checkBudgetStep,
  checkNotes,
  Language,
  languageOf,
  Minefield,
  MINEFIELDS,
  NotesCheck,
  REPORT_SHEET,
  reportTable,
  Status,
  STATUS_LABELS,
  stagePlan,
} from "../core";
import { assumptionsSheet, ASSUMPTIONS_SHEET } from "../template/planner";
import { HostError, WorkbookHost } from "./host";
import type { Capability } from "./requirements";
import { CpmChart } from "./CpmChart";
import { WhatItTakes } from "./WhatItTakes";
import { newScenarioDefinition, readScenario, Scenario } from "./scenario";
import { BINDING_KEYS, BindingKey, emptySheetState, parseSavedState, SavedState, SheetState } from "./state";
import { UI } from "./ui-strings";

/** Fluent's text takes the page's font stack (taskpane.css), which names the Chinese UI fonts too. */
const paneTheme = { ...webLightTheme, fontFamilyBase: "inherit" };

const BADGE: Record<Status, "success" | "warning" | "danger" | "informative"> = {
  clear: "success",
  watch: "warning",
  risk: "danger",
  unanswered: "informative",
};

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

function explain(error: unknown, language: Language): string {
  const u = UI[language];
  if (error instanceof HostError) {
    if (error.code === "SHEET_MISSING") return u.sheetMissing(error.detail);
    if (error.code === "BAD_ADDRESS") return u.badAddress(error.detail);
    return u.saveFailed;
  }
  return u.failed(error instanceof Error ? error.message : String(error));
}

export interface AppProps {
  host: WorkbookHost;
  /** Called when the pane subscribes to workbook changes (the host calls it back). */
  subscribe?: (listener: () => void) => () => void;
  /** What this Office lacks (requirements.ts), said at the top of the pane. */
  unavailable?: readonly Capability[];
}

export function App({ host, subscribe, unavailable = [] }: AppProps): React.ReactElement {
  const [language, setLanguage] = React.useState<Language>(() => languageOf(host.displayLanguage()));
  const [saved, setSaved] = React.useState<SavedState | null>(null);
  const [sheet, setSheet] = React.useState("");
  const [scenario, setScenario] = React.useState<Scenario | null>(null);
  const [problem, setProblem] = React.useState("");
  const [notice, setNotice] = React.useState("");
  const dirty = React.useRef(false);
  const latest = React.useRef<SavedState | null>(null);
  latest.current = saved;
  const u = UI[language];

  const sheetState: SheetState = (saved && sheet && saved.sheets[sheet]) || emptySheetState();
  const onReport = sheet === REPORT_SHEET.en || sheet === REPORT_SHEET.zh;

  const refresh = React.useCallback(async () => {
    if (!latest.current) return;
    try {
      const active = await host.activeSheetName();
      setSheet(active);
      const state = latest.current.sheets[active] ?? emptySheetState();
      // The report sheet is not a scenario: nothing to read or bind there.
      const isReport = active === REPORT_SHEET.en || active === REPORT_SHEET.zh;
      setScenario(isReport ? null : await readScenario(host, active, state));
      setProblem("");
    } catch (error) {
      setScenario(null);
      setProblem(explain(error, language));
    }
  }, [host, language]);

  // Load what this document saved, then read the scenario.
  React.useEffect(() => {
    let alive = true;
    host.loadSettings().then(
      (raw) => alive && setSaved(parseSavedState(raw)),
      () => alive && setSaved(parseSavedState(undefined)),
    );
    return () => {
      alive = false;
    };
  }, [host]);

  React.useEffect(() => {
    if (saved) void refresh();
    // Only on load and when the month or bindings change (below); answers do not need a re-read.
  }, [saved === null, sheetState.month, JSON.stringify(sheetState.bindings)]);

  React.useEffect(() => (subscribe ? subscribe(() => void refresh()) : undefined), [subscribe, refresh]);

  // Save soon after every change, and at once if the pane is closing.
  const flush = React.useCallback(() => {
    if (!dirty.current || !latest.current) return;
    dirty.current = false;
    host.saveSettings(latest.current).catch(() => {
      dirty.current = true;
      setProblem(UI[language].saveFailed);
    });
  }, [host, language]);
  React.useEffect(() => {
    if (!dirty.current) return;
    const timer = setTimeout(flush, 300);
    return () => clearTimeout(timer);
  }, [saved, flush]);
  React.useEffect(() => {
    const onHide = () => flush();
    window.addEventListener("pagehide", onHide);
    document.addEventListener("visibilitychange", onHide);
    return () => {
      window.removeEventListener("pagehide", onHide);
      document.removeEventListener("visibilitychange", onHide);
    };
  }, [flush]);

  const update = (change: (state: SheetState) => SheetState) => {
    if (!saved || !sheet) return;
    dirty.current = true;
    setSaved({ ...saved, sheets: { ...saved.sheets, [sheet]: change(saved.sheets[sheet] ?? emptySheetState()) } });
  };
  const answer = (id: number, patch: Partial<Answer>) =>
    update((state) => {
      const previous = state.answers[id] ?? { status: "unanswered" as Status, note: "" };
      return { ...state, answers: { ...state.answers, [id]: { ...previous, ...patch, checkedOn: today() } } };
    });

  const budgetCheck: BudgetStepCheck | null =
    scenario?.thisMonth !== undefined && scenario.proposed !== undefined
      ? checkBudgetStep({
          thisMonth: scenario.thisMonth,
          proposed: scenario.proposed,
          baseCpm: scenario.baseCpm,
          baseCpa: scenario.baseCpa,
          targetCpa: scenario.targetCpa,
        })
      : null;
  const notesCheck: NotesCheck | null = scenario && scenario.notes.length ? checkNotes(scenario.notes) : null;

  const statusOf = (m: Minefield): { status: Status; computed: boolean } => {
    if (m.kind === "budgetStep" && budgetCheck) return { status: budgetCheck.status, computed: true };
    if (m.kind === "notes" && notesCheck && notesCheck.status !== "unanswered") return { status: notesCheck.status, computed: true };
    return { status: sheetState.answers[m.id]?.status ?? "unanswered", computed: false };
  };

  const evidence = (lang: Language): Record<number, string> => {
    const result: Record<number, string> = {};
    if (budgetCheck) result[2] = budgetCheck.verdict[lang];
    if (notesCheck) {
      const w = UI[lang];
      result[3] = `${notesCheck.summary[lang]} ${w.hollowHot}: ${notesCheck.hollowHot.join(", ") || w.none}. ${w.hiddenConverters}: ${notesCheck.hiddenConverters.join(", ") || w.none}.`;
    }
    return result;
  };

  const writeReport = async () => {
    try {
      const names = await host.sheetNames();
      const target = names.find((n) => n === REPORT_SHEET.en || n === REPORT_SHEET.zh) ?? REPORT_SHEET[language];
      const answers: Record<number, Answer> = {};
      for (const m of MINEFIELDS) {
        const { status } = statusOf(m);
        const given = sheetState.answers[m.id];
        answers[m.id] = { status, note: given?.note ?? "", checkedOn: given?.checkedOn ?? (status !== "unanswered" ? today() : undefined) };
      }
      await host.writeTable(target, reportTable(answers, evidence(language), language));
      setNotice(u.reportWritten(target));
      setProblem("");
    } catch (error) {
      setProblem(explain(error, language));
    }
  };

  const insertScenario = async () => {
    try {
      const names = await host.sheetNames();
      if (!names.includes(ASSUMPTIONS_SHEET)) await host.addSheet(assumptionsSheet());
      const definition = newScenarioDefinition(names);
      await host.addSheet(definition);
      setNotice(u.scenarioInserted(definition.name));
      await refresh();
    } catch (error) {
      setProblem(explain(error, language));
    }
  };

  const bind = async (key: BindingKey) => {
    try {
      const address = await host.selectedAddress();
      update((state) => ({ ...state, bindings: { ...state.bindings, [key]: address } }));
    } catch (error) {
      setProblem(explain(error, language));
    }
  };

  return (
    <FluentProvider theme={paneTheme} lang={language === "zh" ? "zh-CN" : "en"}>
      <div className="pane-root">
        <header className="pane-header">
          <img src="assets/icon-32.png" alt="" width={32} height={32} />
          <Title3 as="h1" id="title">
            {u.checklist}
          </Title3>
          <span className="spacer" />
          <Button id="language" size="small" aria-label={u.switchLanguageLabel} onClick={() => setLanguage(language === "en" ? "zh" : "en")}>
            {u.switchLanguage}
          </Button>
        </header>
        <main className="pane-main">
          <Body1 as="p" block>{u.checklistIntro}</Body1>
          {unavailable.length > 0 && (
            <MessageBar intent="warning" id="requirements" layout="multiline">
              <MessageBarBody>
                {u.unavailableTitle}
                <ul>
                  {unavailable.map((capability) => (
                    <li key={capability}>{u.unavailable[capability]}</li>
                  ))}
                </ul>
              </MessageBarBody>
            </MessageBar>
          )}
          <div role="status" aria-live="polite">
            {problem && (
              <MessageBar intent="error" id="problem">
                <MessageBarBody>{problem}</MessageBarBody>
              </MessageBar>
            )}
            {notice && !problem && (
              <MessageBar intent="success" id="notice">
                <MessageBarBody>{notice}</MessageBarBody>
              </MessageBar>
            )}
          </div>

          <section aria-labelledby="scenario-heading" className="scenario">
            <Subtitle2 as="h2" id="scenario-heading">
              {u.scenario}
              {language === "zh" ? "：" : ": "}
              <span id="sheet">{sheet}</span>
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
                  <Select
                    id="month"
                    value={String(sheetState.month)}
                    onChange={(_, data) => update((state) => ({ ...state, month: Number(data.value) }))}
                  >
                    {scenario.months.slice(0, -1).map((label, i) => (
                      <option key={i} value={i}>
                        {`${label} → ${scenario.months[i + 1]}`}
                      </option>
                    ))}
                  </Select>
                </Field>
              </>
            ) : (
              scenario && (
                <>
                  <Caption1 as="p" block>{u.boundScenario}</Caption1>
                  <dl className="bindings">
                    {BINDING_KEYS.map((key) => (
                      <div key={key} className="binding">
                        <dt>{u.bindings[key]}</dt>
                        <dd>
                          <code data-binding={key}>{sheetState.bindings[key] ?? u.notBound}</code>
                          <Button size="small" onClick={() => void bind(key)} aria-label={`${u.useSelected}: ${u.bindings[key]}`}>
                            {u.useSelected}
                          </Button>
                        </dd>
                      </div>
                    ))}
                  </dl>
                </>
              )
            )}
            <div className="actions">
              <Button id="refresh" onClick={() => void refresh()}>
                {u.refresh}
              </Button>
              {/* From the report sheet itself there is no scenario to report: it would overwrite the report. */}
              {!onReport && (
                <Button id="write-report" appearance="primary" onClick={() => void writeReport()}>
                  {u.writeReport}
                </Button>
              )}
              <Button id="insert-scenario" onClick={() => void insertScenario()}>
                {u.insertScenario}
              </Button>
            </div>
          </section>

          {!onReport && MINEFIELDS.map((m) => {
            const { status, computed } = statusOf(m);
            const given = sheetState.answers[m.id];
            const headingId = `minefield-${m.id}-title`;
            return (
              <Card key={m.id} className="minefield" data-minefield={m.id} aria-labelledby={headingId} role="region">
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
                {m.kind === "budgetStep" &&
                  (budgetCheck && scenario ? (
                    <div className="check" data-check="budget">
                      <Text as="p" block>{budgetCheck.verdict[language]}</Text>
                      <CpmChart
                        language={language}
                        thisMonth={scenario.thisMonth!}
                        proposed={scenario.proposed!}
                        cap={budgetCheck.budgetCap}
                        baseCpm={scenario.baseCpm}
                      />
                      {scenario.baseCpa !== undefined && (
                        <WhatItTakes
                          language={language}
                          baseCpa={scenario.baseCpa}
                          thisMonth={scenario.thisMonth}
                          proposed={scenario.proposed}
                          cap={budgetCheck.budgetCap}
                          targetCpa={scenario.targetCpa}
                        />
                      )}
                    </div>
                  ) : (
                    <Caption1 as="p" block>{u.needsBudgets}</Caption1>
                  ))}
                {m.kind === "notes" &&
                  (notesCheck ? (
                    <div className="check" data-check="notes">
                      <Text as="p" block>{notesCheck.summary[language]}</Text>
                      <p>
                        <strong>{u.hollowHot}:</strong> <span data-list="hollow">{notesCheck.hollowHot.join(", ") || u.none}</span>
                      </p>
                      <p>
                        <strong>{u.hiddenConverters}:</strong> <span data-list="hidden">{notesCheck.hiddenConverters.join(", ") || u.none}</span>
                      </p>
                    </div>
                  ) : (
                    <Caption1 as="p" block>{u.needsNotes}</Caption1>
                  ))}
                {m.kind === "closedLoop" && scenario?.stage !== undefined && (
                  <div className="guidance">
                    <Caption1 as="p" block>{`${u.guidance} — ${stagePlan(scenario.stage, language)[0]}`}</Caption1>
                    <ul>
                      {stagePlan(scenario.stage, language)
                        .slice(2)
                        .map((line, i) => (
                          <li key={i}>{line}</li>
                        ))}
                    </ul>
                  </div>
                )}
                {computed ? (
                  <Caption1 as="p" block>{u.fromCheck}</Caption1>
                ) : (
                  <Field label={`${m.question[language]} — ${u.status}`}>
                    <RadioGroup
                      layout="horizontal"
                      className="statuses"
                      value={given?.status ?? "unanswered"}
                      onChange={(_, data) => answer(m.id, { status: data.value as Status })}
                    >
                      {(["clear", "watch", "risk", "unanswered"] as Status[]).map((option) => (
                        <Radio key={option} value={option} label={STATUS_LABELS[option][language]} />
                      ))}
                    </RadioGroup>
                  </Field>
                )}
                <Field label={u.note}>
                  <Textarea
                    data-note={m.id}
                    value={given?.note ?? ""}
                    placeholder={u.notePlaceholder}
                    resize="vertical"
                    onChange={(_, data) => answer(m.id, { note: data.value })}
                  />
                </Field>
              </Card>
            );
          })}
        </main>
      </div>
    </FluentProvider>
  );
}
