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
  LANGUAGE_TAGS,
  languageOf,
  nextLanguage,
  Minefield,
  MINEFIELDS,
  NotesCheck,
  REPORT_SHEET,
  reportTable,
  Status,
  STATUS_LABELS,
  stagePlan,
} from "../core";
import { ASSUMPTION_TABLE } from "../core/assumptions";
import { assumptionsSheet, ASSUMPTIONS_SHEET } from "../template/planner";
import { freeSheetName, HostError, joinAddress, sameSheetName, SheetRef, splitAddress, WorkbookHost } from "./host";
import type { Capability } from "./requirements";
import { CpmChart } from "./CpmChart";
import { WhatItTakes } from "./WhatItTakes";
import { newScenarioDefinition, readScenario, Scenario } from "./scenario";
import {
  BINDING_KEYS,
  BindingKey,
  emptySheetState,
  findSheetState,
  followedBindings,
  NOTE_LIMIT,
  parseSavedState,
  SavedState,
  sheetStateOf,
  SheetState,
  withSheetState,
} from "./state";
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
    if (error.code === "SHEET_EXISTS") return u.sheetExists(error.detail);
    if (error.code === "BAD_ADDRESS") return u.badAddress(error.detail);
    return u.saveFailed;
  }
  // Whatever else failed (Office busy, a lost connection) is said in the planner's words; the
  // technical text goes to the console for whoever debugs it, never into the pane.
  console.error(error);
  return u.failed;
}

/** Whether a row is the report's header, in either language: a sheet the pane wrote. */
function isReportTable(rows: readonly (readonly unknown[])[]): boolean {
  return (["en", "zh"] as const).some((lang) => reportTable({}, {}, lang)[0].every((title, i) => rows[0]?.[i] === title));
}

/** Whether the sheet holds the template's assumptions table: its keys in A2 down. */
function isAssumptionsTable(columnA: readonly (readonly unknown[])[]): boolean {
  return ASSUMPTION_TABLE.every((a, i) => columnA[i]?.[0] === a.key);
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
  const [sheet, setSheet] = React.useState<SheetRef | null>(null);
  const [scenario, setScenario] = React.useState<Scenario | null>(null);
  const [problem, setProblem] = React.useState("");
  const [notice, setNotice] = React.useState("");
  const dirty = React.useRef(false);
  const latest = React.useRef<SavedState | null>(null);
  latest.current = saved;
  const u = UI[language];

  const sheetState: SheetState = saved && sheet ? sheetStateOf(saved, sheet) : emptySheetState();
  // A report sheet the pane wrote is not a scenario: nothing to read or bind there.
  const isReportSheet = (state: SavedState | null, ref: SheetRef | null) =>
    !!ref && ref.id !== undefined && !!state?.sheets.some((s) => s.report !== undefined && s.report.id === ref.id);
  const onReport = isReportSheet(saved, sheet);

  const refresh = React.useCallback(async () => {
    if (!latest.current) return;
    try {
      const [active, sheets] = await Promise.all([host.activeSheet(), host.sheets()]);
      setSheet(active);
      const current = latest.current;
      // A renamed sheet is found by its id (or an older file's entry by its name): keep its entry
      // under the sheet's id and name now, so its answers and bindings follow it.
      const index = findSheetState(current, active);
      const entry = current.sheets[index];
      if (entry && (entry.id !== active.id || entry.name !== active.name)) {
        dirty.current = true;
        // From the latest state: an answer typed while the workbook was read stays.
        setSaved((previous) => (previous ? withSheetState(previous, active, sheetStateOf(previous, active)) : previous));
      }
      const state = sheetStateOf(current, active);
      const read = isReportSheet(current, active) ? null : await readScenario(host, active.name, state, sheets);
      setScenario(read);
      // Bindings that followed a renamed sheet keep its new name from now on.
      if (read && followedBindings(state.bindings, read.bound, sheets)) {
        dirty.current = true;
        setSaved((previous) => {
          if (!previous) return previous;
          const latestState = sheetStateOf(previous, active);
          const bindings = followedBindings(latestState.bindings, read.bound, sheets);
          return bindings ? withSheetState(previous, active, { ...latestState, bindings }) : previous;
        });
      }
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
  }, [saved === null, sheetState.month, JSON.stringify(sheetState.bindings), JSON.stringify(saved?.sheets.map((s) => s.report?.id))]);

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
  // Unmounting (the pane closed or reloaded) clears the save timer above: save what is pending now.
  const flushOnUnmount = React.useRef(flush);
  flushOnUnmount.current = flush;
  React.useEffect(() => () => flushOnUnmount.current(), []);

  const update = (change: (state: SheetState) => SheetState) => {
    if (!sheet) return;
    dirty.current = true;
    // From the latest state, so two changes in one event (a status and a note) both stay.
    setSaved((previous) => (previous ? withSheetState(previous, sheet, change(sheetStateOf(previous, sheet))) : previous));
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
          elasticityBand: scenario.history?.band,
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
    if (!sheet) return;
    try {
      const sheets = await host.sheets();
      // This scenario's own report sheet, rewritten in place (under whatever name it has now);
      // otherwise a new sheet with a name no sheet has. A sheet the pane did not write is never touched.
      const report = sheetState.report;
      const byId = report && sheets.find((s) => s.id !== undefined && s.id === report.id);
      // Only while it still is a report: an id can come back on another sheet (a workbook whose ids
      // changed on reopening, a tampered document), and a sheet the user has taken over is theirs.
      const own = byId && isReportTable((await host.readRanges([joinAddress(byId.name, "A1:E1")]))[0]) ? byId : undefined;
      const target = own ?? { name: freeSheetName(`${REPORT_SHEET[language]} - ${sheet.name}`, sheets.map((s) => s.name)) };
      const answers: Record<number, Answer> = {};
      for (const m of MINEFIELDS) {
        const { status } = statusOf(m);
        const given = sheetState.answers[m.id];
        answers[m.id] = { status, note: given?.note ?? "", checkedOn: given?.checkedOn ?? (status !== "unanswered" ? today() : undefined) };
      }
      const written = await host.writeTable(target, reportTable(answers, evidence(language), language));
      update((state) => ({ ...state, report: written }));
      setNotice(u.reportWritten(written.name));
      setProblem("");
    } catch (error) {
      setProblem(explain(error, language));
    }
  };

  const insertScenario = async () => {
    try {
      const names = (await host.sheets()).map((s) => s.name);
      // The scenario's formulas read an Assumptions table: the workbook's own when it has the
      // template's (in any case), else a new one under a name no sheet has — a user's own sheet
      // called "assumptions" is neither replaced nor read as ours.
      const existing = names.find((name) => sameSheetName(name, ASSUMPTIONS_SHEET));
      const ours = existing !== undefined && isAssumptionsTable((await host.readRanges([joinAddress(existing, `A2:A${ASSUMPTION_TABLE.length + 1}`)]))[0]);
      let assumptions = existing ?? ASSUMPTIONS_SHEET;
      if (!ours) {
        assumptions = freeSheetName(ASSUMPTIONS_SHEET, names);
        await host.addSheet({ ...assumptionsSheet(), name: assumptions });
        names.push(assumptions);
      }
      const added = await host.addSheet(newScenarioDefinition(names, assumptions));
      setNotice(u.scenarioInserted(added.name));
      await refresh();
    } catch (error) {
      setProblem(explain(error, language));
    }
  };

  const bind = async (key: BindingKey) => {
    try {
      const [address, sheets] = await Promise.all([host.selectedAddress(), host.sheets()]);
      // The sheet's id goes with the address, so the binding follows the sheet when it is renamed.
      const bound = sheets.find((s) => sameSheetName(s.name, splitAddress(address).sheet));
      update((state) => ({ ...state, bindings: { ...state.bindings, [key]: bound ? { address, sheetId: bound.id } : { address } } }));
    } catch (error) {
      setProblem(explain(error, language));
    }
  };

  return (
    <FluentProvider theme={paneTheme} lang={LANGUAGE_TAGS[language]}>
      <div className="pane-root">
        <header className="pane-header">
          <img src="assets/icon-32.png" alt="" width={32} height={32} />
          <Title3 as="h1" id="title">
            {u.checklist}
          </Title3>
          <span className="spacer" />
          <Button id="language" size="small" aria-label={u.switchLanguageLabel} onClick={() => setLanguage(nextLanguage(language))}>
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
                        history={scenario.history}
                        capBand={budgetCheck.capBand}
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
                <Field
                  label={u.note}
                  hint={{ children: u.noteLength((given?.note ?? "").length, NOTE_LIMIT), "data-note-length": m.id } as never}
                  validationState={(given?.note ?? "").length >= NOTE_LIMIT ? "warning" : "none"}
                >
                  <Textarea
                    data-note={m.id}
                    value={given?.note ?? ""}
                    placeholder={u.notePlaceholder}
                    resize="vertical"
                    maxLength={NOTE_LIMIT}
                    // maxLength stops typing and pasting at the limit; the slice holds for any other input.
                    onChange={(_, data) => answer(m.id, { note: data.value.slice(0, NOTE_LIMIT) })}
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
